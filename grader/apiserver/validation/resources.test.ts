import { describe, expect, it } from "vitest";
import { fieldErrors, type FieldError } from "../errors";
import type { Quantity } from "../quantity";
import { isNegativeErrorMsg } from "./object-meta";
import { child, key } from "./path";
import type { ResourceRequirements } from "./pod-types";
import { appendResourceRequirementErrors, isNativeResource, quantityOf, validateContainerResourceName, validateResourceRequirements } from "./resources";

// The slow path: every name and quantity checked with its path built first (the code before the shortcut).
function reference(req: ResourceRequirements | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const value = (name: string, q: Quantity, p: string) => {
    if (q.sign() < 0) errs.push(fieldErrors.invalid(p, q.toString(), isNegativeErrorMsg));
    if (!isNativeResource(name) && q.milliValue() % 1000n !== 0n) errs.push(fieldErrors.invalid(p, q.toString(), "must be an integer"));
  };
  const overcommit = (name: string) => isNativeResource(name) && !name.startsWith("hugepages-");
  const limits = req?.limits ?? {};
  const requests = req?.requests ?? {};
  for (const name of Object.keys(limits).sort()) {
    const p = key(child(path, "limits"), name);
    errs.push(...validateContainerResourceName(name, p));
    const q = quantityOf(limits[name]);
    if (q) value(name, q, p);
  }
  for (const name of Object.keys(requests).sort()) {
    const p = key(child(path, "requests"), name);
    errs.push(...validateContainerResourceName(name, p));
    const q = quantityOf(requests[name]);
    if (!q) continue;
    value(name, q, p);
    const limit = name in limits ? quantityOf(limits[name]) : undefined;
    if (limit) {
      if (q.cmp(limit) !== 0 && !overcommit(name))
        errs.push(fieldErrors.invalid(child(path, "requests"), q.toString(), `must be equal to ${name} limit of ${limit.toString()}`));
      else if (q.cmp(limit) > 0)
        errs.push(fieldErrors.invalid(child(path, "requests"), q.toString(), `must be less than or equal to ${name} limit of ${limit.toString()}`));
    } else if (!overcommit(name)) {
      errs.push(fieldErrors.required(child(path, "limits"), "Limit must be set for non overcommitable resources"));
    }
  }
  return errs;
}

const cases: (ResourceRequirements | undefined)[] = [
  undefined,
  {},
  { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "100m", memory: "64Mi" } },
  { requests: { memory: "1Gi", cpu: "2" }, limits: { cpu: "1" } },
  { limits: { cpu: "-1", memory: "-5Mi" }, requests: { cpu: "-2" } },
  { limits: { gpu: "1", "ephemeral-storage": "1Gi", "hugepages-2Mi": "2Mi" }, requests: { "hugepages-2Mi": "4Mi", gpu: "1" } },
  { limits: { "example.com/dongle": "1500m" }, requests: { "example.com/dongle": "500m", "example.com/other": "1" } },
  { requests: { "kubernetes.io/thing": "0.5", "hugepages-1Gi": "1Gi" } },
  { limits: { "nvidia.com/gpu": "-1" }, requests: { "nvidia.com/gpu": "2" } },
  { limits: { memory: 64 as unknown as string }, requests: { memory: "128Mi", cpu: "not-a-quantity" } },
];

describe("resource requirements: paths built only for an error, same errors as checking everything", () => {
  it.each(cases.map((c, i) => [i, c] as const))("case %i reports what the full check reports, in order", (_, req) => {
    const want = reference(req, "spec.containers[0].resources");
    expect(validateResourceRequirements(req, "spec.containers[0].resources")).toEqual(want);
    const appended: FieldError[] = [];
    appendResourceRequirementErrors(req, "spec.containers[0]", appended);
    expect(appended).toEqual(want);
  });

  it("the cases exercise errors, not only the clean path", () => {
    expect(cases.filter((c) => reference(c, "r").length > 0).length).toBeGreaterThanOrEqual(5);
  });
});
