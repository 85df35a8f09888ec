import { describe, expect, it } from "vitest";
import { median, percentile } from "./stats";

describe("bench statistics", () => {
  it.each([
    ["the middle of an odd count", [5, 1, 3], 50, 3],
    ["the mean of the middle two of an even count", [4, 1, 3, 2], 50, 2.5],
    ["the nearest rank for p99 of 100 values", Array.from({ length: 100 }, (_, i) => i + 1), 99, 99],
    ["the largest value for p100", [2, 9, 4], 100, 9],
  ])("takes %s", (_name, xs, p, want) => {
    expect(percentile(xs, p)).toBe(want);
  });

  it("gives NaN for no values rather than a made-up number", () => {
    expect(median([])).toBeNaN();
  });
});
