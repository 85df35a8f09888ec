import { describe, it, expect } from "vitest";
import { maxSurge, maxUnavailable, resolveFenceposts } from "./replicas";
import type { Deployment } from "./types";

const deployment = (replicas: number, surge: number | string, unavailable: number | string): Deployment => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "d" },
  spec: { replicas, strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: surge, maxUnavailable: unavailable } } },
});

describe("ResolveFenceposts (util/deployment_util.go): surge rounds up, unavailable rounds down, both zero makes unavailable 1", () => {
  it.each([
    { replicas: 2, surge: "0%", unavailable: "1%", expected: [0, 1] },
    { replicas: 1, surge: "0%", unavailable: "1%", expected: [0, 1] },
    { replicas: 2, surge: "1%", unavailable: "25%", expected: [1, 0] },
    { replicas: 3, surge: "25%", unavailable: "25%", expected: [1, 0] },
    { replicas: 10, surge: "25%", unavailable: "25%", expected: [3, 2] },
    { replicas: 10, surge: 3, unavailable: 2, expected: [3, 2] },
  ])("gives [surge, unavailable] = $expected for $replicas replicas with maxSurge $surge and maxUnavailable $unavailable", ({ replicas, surge, unavailable, expected }) => {
    expect(resolveFenceposts(deployment(replicas, surge, unavailable), replicas)).toEqual(expected);
  });

  it("caps maxUnavailable at the replica count and reports 0 for zero replicas and for Recreate (MaxUnavailable)", () => {
    expect(maxUnavailable(deployment(2, 0, 5))).toBe(2);
    expect(maxUnavailable(deployment(0, 1, 1))).toBe(0);
    const recreate: Deployment = { ...deployment(3, 1, 1), spec: { replicas: 3, strategy: { type: "Recreate" } } };
    expect(maxUnavailable(recreate)).toBe(0);
    expect(maxSurge(recreate)).toBe(0);
  });
});
