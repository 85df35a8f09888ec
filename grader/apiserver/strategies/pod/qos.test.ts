import { describe, expect, it } from "vitest";
import { tryParseQuantity } from "../../quantity";
import type { Container, PodSpec } from "../../validation/pod-types";
import { podQOSClass } from "./qos";

// The former implementation (value lists per resource), kept as the reference the loop must agree with.
function reference(spec: PodSpec | undefined): string {
  const computeResources = ["cpu", "memory"];
  const isZero = (v: unknown) => {
    const q = tryParseQuantity(v as string | number);
    return !q || q.isZero();
  };
  const containers: Container[] = [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])];
  const requests = new Map<string, unknown[]>();
  const limits = new Map<string, unknown[]>();
  let guaranteed = true;
  for (const c of containers) {
    const cReq = c.resources?.requests ?? {};
    const cLim = c.resources?.limits ?? {};
    for (const [name, v] of Object.entries(cReq))
      if (computeResources.includes(name) && !isZero(v)) requests.set(name, [...(requests.get(name) ?? []), v]);
    const limitedHere = new Set<string>();
    for (const [name, v] of Object.entries(cLim))
      if (computeResources.includes(name) && !isZero(v)) {
        limits.set(name, [...(limits.get(name) ?? []), v]);
        limitedHere.add(name);
      }
    if (computeResources.some((r) => !limitedHere.has(r))) guaranteed = false;
    for (const name of computeResources) {
      const req = cReq[name] !== undefined ? tryParseQuantity(cReq[name]) : undefined;
      const lim = cLim[name] !== undefined ? tryParseQuantity(cLim[name]) : undefined;
      if (req && lim && req.cmp(lim) !== 0) guaranteed = false;
    }
  }
  if (requests.size === 0 && limits.size === 0) return "BestEffort";
  return guaranteed ? "Guaranteed" : "Burstable";
}

const values = [undefined, "0", "100m", "0.1", "1", "64Mi", "1Gi", 2, "bogus"];
const ctr = (i: number, j: number, k: number, l: number): Container => ({
  name: "c",
  resources: {
    requests: { ...(values[i] !== undefined && { cpu: values[i] }), ...(values[j] !== undefined && { memory: values[j] }), gpu: "1" },
    limits: { ...(values[k] !== undefined && { cpu: values[k] }), ...(values[l] !== undefined && { memory: values[l] }) },
  },
});

describe("podQOSClass agrees with the list-building reference", () => {
  it("on every combination of requests and limits in one container, and with an init container", () => {
    const seen = new Set<string>();
    let n = 0;
    for (let i = 0; i < values.length; i++)
      for (let j = 0; j < values.length; j++)
        for (let k = 0; k < values.length; k++)
          for (let l = 0; l < values.length; l++) {
            const one: PodSpec = { containers: [ctr(i, j, k, l)] };
            const two: PodSpec = { containers: [ctr(k, l, k, l)], initContainers: [ctr(i, j, k, l)] };
            for (const spec of [one, two]) {
              const want = reference(spec);
              seen.add(want);
              expect(podQOSClass(spec), JSON.stringify(spec)).toBe(want);
              n++;
            }
          }
    expect(seen).toEqual(new Set(["BestEffort", "Burstable", "Guaranteed"]));
    expect(n).toBe(2 * values.length ** 4);
  });

  it("a spec with no containers or resources is BestEffort", () => {
    expect(podQOSClass(undefined)).toBe(reference(undefined));
    expect(podQOSClass({ containers: [{ name: "c" }] })).toBe("BestEffort");
  });
});
