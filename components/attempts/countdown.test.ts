import { describe, expect, it } from "vitest";
import { formatLeft, millisecondsLeft, warningLevel } from "./countdown";

describe("the exam countdown", () => {
  const deadline = "2026-01-01T12:00:00.000Z";
  const at = (iso: string) => Date.parse(iso);

  it("counts from the server's clock: a browser 5 minutes fast still sees the server's time left", () => {
    const serverNow = at("2026-01-01T11:00:00.000Z");
    const browserNow = serverNow + 5 * 60_000;
    const offset = serverNow - browserNow;
    expect(millisecondsLeft(deadline, browserNow, offset)).toBe(60 * 60_000);
  });

  it("never goes below zero", () => {
    expect(millisecondsLeft(deadline, at("2026-01-01T12:00:05.000Z"), 0)).toBe(0);
  });

  it.each([
    [2 * 3600_000 - 53_000, "1:59:07"],
    [9 * 60_000 + 5_000, "9:05"],
    [400, "0:01"],
    [0, "0:00"],
  ])("formats %i ms as %s", (ms, text) => {
    expect(formatLeft(ms)).toBe(text);
  });

  it.each([
    [31 * 60_000, undefined],
    [30 * 60_000, 30],
    [10 * 60_000 + 1, 30],
    [10 * 60_000, 10],
    [5 * 60_000, 5],
    [1_000, 5],
  ])("at %i ms left the warning is %s minutes", (ms, level) => {
    expect(warningLevel(ms)).toBe(level);
  });
});
