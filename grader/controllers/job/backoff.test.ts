// pkg/controller/job/backoff_utils.go: newBackoffRecord and getRemainingTime.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { nextBackoffRecord, remainingBackoffMs } from "./backoff";

const finishedAt = (s: number): KubeObject => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name: `p${s}`, creationTimestamp: "2026-01-01T00:00:00Z" },
  status: { containerStatuses: [{ state: { terminated: { finishedAt: `2026-01-01T00:00:${String(s).padStart(2, "0")}Z` } } }] },
});
const t0 = Date.UTC(2026, 0, 1);

describe("remainingBackoffMs", () => {
  it.each([
    { name: "no failure: no wait", failures: 0, last: undefined, now: t0, want: 0 },
    { name: "one failure: 10 s from its finish", failures: 1, last: t0, now: t0 + 3000, want: 7000 },
    { name: "three failures: 40 s", failures: 3, last: t0, now: t0, want: 40_000 },
    { name: "many failures: capped at 10 minutes", failures: 12, last: t0, now: t0, want: 600_000 },
    { name: "the wait already passed: 0", failures: 2, last: t0, now: t0 + 25_000, want: 0 },
  ])("$name", ({ failures, last, now, want }) => {
    expect(remainingBackoffMs({ failuresAfterLastSuccess: failures, lastFailureTime: last }, now)).toBe(want);
  });
});

describe("nextBackoffRecord", () => {
  it("adds new failures and remembers the latest finish", () => {
    expect(nextBackoffRecord({ failuresAfterLastSuccess: 1, lastFailureTime: t0 }, [], [finishedAt(5), finishedAt(9)])).toEqual({
      failuresAfterLastSuccess: 3,
      lastFailureTime: t0 + 9000,
    });
  });

  it("a success resets the count to the failures after it", () => {
    expect(nextBackoffRecord({ failuresAfterLastSuccess: 4, lastFailureTime: t0 }, [finishedAt(5)], [finishedAt(3), finishedAt(8)])).toEqual({
      failuresAfterLastSuccess: 1,
      lastFailureTime: t0 + 8000,
    });
  });
});
