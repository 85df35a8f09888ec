import { describe, it, expect } from "vitest";
import { VirtualClock, defaultEpochMs } from "./virtual-clock";
import { formatRFC3339 } from "./rfc3339";

describe("VirtualClock", () => {
  it("starts at 2026-01-01T00:00:00Z and only moves when advanced", () => {
    const clock = new VirtualClock();
    expect(clock.now()).toBe(defaultEpochMs);
    clock.advance(90_500);
    expect(clock.now()).toBe(defaultEpochMs + 90_500);
  });

  it("refuses to go back in time", () => {
    expect(() => new VirtualClock().advance(-1)).toThrow(RangeError);
  });
});

describe("formatRFC3339 (metav1.Time JSON form, second precision, UTC)", () => {
  const cases: [string, number, string][] = [
    ["the default epoch prints as midnight of New Year 2026", defaultEpochMs, "2026-01-01T00:00:00Z"],
    ["milliseconds are dropped, not rounded", defaultEpochMs + 1999, "2026-01-01T00:00:01Z"],
    ["a leap day is printed as February 29th", Date.UTC(2028, 1, 29, 23, 59, 59), "2028-02-29T23:59:59Z"],
    ["the Unix epoch itself", 0, "1970-01-01T00:00:00Z"],
    ["a time a year and a bit after the epoch of the clock", Date.UTC(2027, 2, 4, 5, 6, 7), "2027-03-04T05:06:07Z"],
  ];
  for (const [name, ms, want] of cases) {
    it(name, () => expect(formatRFC3339(ms)).toBe(want));
  }
  it("the same second twice in a row, then another, then the first again (the last second's text is kept)", () => {
    const seq = [defaultEpochMs + 5_000, defaultEpochMs + 5_999, defaultEpochMs + 6_000, defaultEpochMs + 5_000];
    expect(seq.map(formatRFC3339)).toEqual(["2026-01-01T00:00:05Z", "2026-01-01T00:00:05Z", "2026-01-01T00:00:06Z", "2026-01-01T00:00:05Z"]);
  });
});
