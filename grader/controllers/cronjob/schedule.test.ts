// Cron schedules as robfig/cron/v3 SpecSchedule.Next computes them (the library
// pkg/controller/cronjob uses through cron.ParseStandard).
import { describe, expect, it } from "vitest";
import { parseCronSchedule } from "./schedule";

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);

describe("parseCronSchedule(...).next(after)", () => {
  it.each([
    { name: "every 5 minutes: the next multiple of 5 strictly after", spec: "*/5 * * * *", after: utc(2026, 1, 1), want: utc(2026, 1, 1, 0, 5) },
    { name: "a time already on the schedule is not returned again", spec: "*/5 * * * *", after: utc(2026, 1, 1, 0, 5), want: utc(2026, 1, 1, 0, 10) },
    { name: "seconds round up to the next whole minute", spec: "* * * * *", after: utc(2026, 1, 1, 0, 0, 30), want: utc(2026, 1, 1, 0, 1) },
    { name: "@hourly is minute 0 of every hour", spec: "@hourly", after: utc(2026, 1, 1, 10, 1), want: utc(2026, 1, 1, 11, 0) },
    { name: "weekdays at 09:00 skip the weekend (2026-01-03 is a Saturday)", spec: "0 9 * * 1-5", after: utc(2026, 1, 3, 12), want: utc(2026, 1, 5, 9) },
    { name: "day names and month names are accepted, in any case", spec: "30 6 * FEB mon", after: utc(2026, 1, 1), want: utc(2026, 2, 2, 6, 30) },
    { name: "day-of-month and day-of-week both restricted: either matches (1st or a Monday)", spec: "0 0 1 * 1", after: utc(2026, 1, 1), want: utc(2026, 1, 5) },
    { name: "day-of-week restricted, day-of-month *: only that weekday", spec: "0 0 * * 0", after: utc(2026, 1, 1), want: utc(2026, 1, 4) },
    { name: "@monthly is midnight of the 1st", spec: "@monthly", after: utc(2026, 1, 15), want: utc(2026, 2, 1) },
    { name: "ranges with steps: 10-20/5 in hours", spec: "0 10-20/5 * * *", after: utc(2026, 1, 1, 15, 1), want: utc(2026, 1, 1, 20) },
    { name: "N/step means N to the maximum", spec: "50/5 * * * *", after: utc(2026, 1, 1, 0, 56), want: utc(2026, 1, 1, 1, 50) },
    { name: "CRON_TZ=Asia/Tokyo 0 9 * * * is 00:00 UTC", spec: "CRON_TZ=Asia/Tokyo 0 9 * * *", after: utc(2026, 1, 1), want: utc(2026, 1, 2) },
    { name: "CRON_TZ=America/New_York 0 9 * * * is 14:00 UTC in winter", spec: "CRON_TZ=America/New_York 0 9 * * *", after: utc(2026, 1, 1), want: utc(2026, 1, 1, 14) },
    { name: "@every 90s adds the delay to the whole second", spec: "@every 1m30s", after: utc(2026, 1, 1, 0, 0, 10), want: utc(2026, 1, 1, 0, 1, 40) },
  ])("$name", ({ spec, after, want }) => {
    expect(parseCronSchedule(spec).next(after)).toBe(want);
  });

  it("gives up on a date that never comes (February 30th), as robfig does after 5 years", () => {
    expect(parseCronSchedule("0 0 30 2 *").next(utc(2026, 1, 1))).toBeUndefined();
  });

  it("rejects what ParseStandard rejects, with its message (validation/cron.ts)", () => {
    expect(() => parseCronSchedule("* * * *")).toThrow("expected exactly 5 fields, found 4: [* * * *]");
    expect(() => parseCronSchedule("61 * * * *")).toThrow("end of range (61) above maximum (59): 61");
  });
});
