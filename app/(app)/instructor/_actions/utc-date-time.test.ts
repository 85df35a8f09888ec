import { describe, expect, it } from "vitest";
import { utcDateTime, utcInputValue } from "./utc-date-time";

describe("utcDateTime", () => {
  it("reads a datetime-local value as UTC", () => {
    expect(utcDateTime("2026-11-24T09:30")?.toISOString()).toBe("2026-11-24T09:30:00.000Z");
    expect(utcDateTime("2026-11-24T09:30:15")?.toISOString()).toBe("2026-11-24T09:30:15.000Z");
  });
  it.each([[""], ["tomorrow"], ["2026-02-31T10:00"], ["2026-11-24T25:00"], ["2026-11-24 09:30"], [42], [null]])("refuses %j", (value) => {
    expect(utcDateTime(value)).toBeNull();
  });
  it("writes back what it reads", () => {
    expect(utcInputValue(utcDateTime("2026-01-02T03:04")!)).toBe("2026-01-02T03:04");
  });
});
