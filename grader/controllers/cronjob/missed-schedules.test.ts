// pkg/controller/cronjob/utils.go mostRecentScheduleTime and nextScheduleTimeDuration.
import { describe, expect, it } from "vitest";
import { mostRecentScheduleTime, nextScheduleDeltaMs } from "./missed-schedules";
import { parseCronSchedule } from "./schedule";

const min = 60_000;
const t0 = Date.UTC(2026, 0, 1);
const everyFive = parseCronSchedule("*/5 * * * *");

describe("mostRecentScheduleTime", () => {
  it.each([
    { name: "nothing is due before the first time after creation", last: undefined, deadline: undefined, now: t0 + 4 * min, want: undefined, many: false },
    { name: "the first time after creation is due once reached", last: undefined, deadline: undefined, now: t0 + 5 * min, want: t0 + 5 * min, many: false },
    { name: "of several missed times, only the most recent is returned", last: undefined, deadline: undefined, now: t0 + 17 * min, want: t0 + 15 * min, many: false },
    { name: "lastScheduleTime moves the search start", last: t0 + 15 * min, deadline: undefined, now: t0 + 19 * min, want: undefined, many: false },
    { name: "more than 100 missed times are reported as too many", last: undefined, deadline: undefined, now: t0 + 600 * min, want: t0 + 600 * min, many: true },
    { name: "startingDeadlineSeconds narrows the window so fewer are missed", last: undefined, deadline: 600, now: t0 + 600 * min, want: t0 + 600 * min, many: false },
  ])("$name", ({ last, deadline, now, want, many }) => {
    const r = mostRecentScheduleTime(everyFive, t0, last, deadline, now);
    expect(r.mostRecent).toBe(want);
    expect(r.tooManyMissed).toBe(many);
  });
});

describe("nextScheduleTimeDuration", () => {
  it("waits until the next scheduled time plus 100 ms", () => {
    expect(nextScheduleDeltaMs(everyFive, t0, t0 + 5 * min, t0 + 5 * min)).toBe(5 * min + 100);
    expect(nextScheduleDeltaMs(everyFive, t0, undefined, t0 + 2 * min)).toBe(3 * min + 100);
  });
});
