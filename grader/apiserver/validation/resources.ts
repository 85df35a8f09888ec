// Container resource requirements (ValidateResourceRequirements in
// pkg/apis/core/validation/validation.go, v1.34).
import { fieldErrors, type FieldError } from "../errors";
import { tryParseQuantity, type Quantity } from "../quantity";
import type { IntOrString, ResourceRequirements } from "./pod-types";
import { isNegativeErrorMsg } from "./object-meta";
import { child, key } from "./path";

const standardContainerResources = new Set(["cpu", "memory", "ephemeral-storage"]);

function isStandardContainerResourceName(name: string): boolean {
  return standardContainerResources.has(name) || name.startsWith("hugepages-");
}

/** Native resources live in the kubernetes.io domain (or have no domain); others are extended. */
export function isNativeResource(name: string): boolean {
  return !name.includes("/") || name.includes("kubernetes.io/");
}

function isOvercommitAllowed(name: string): boolean {
  return isNativeResource(name) && !name.startsWith("hugepages-");
}

export function validateContainerResourceName(name: string, path: string): FieldError[] {
  if (!name.includes("/")) {
    if (!isStandardContainerResourceName(name))
      return [fieldErrors.invalid(path, name, "must be a standard resource for containers")];
  }
  return [];
}

export function quantityOf(v: IntOrString | undefined): Quantity | undefined {
  return v === undefined ? undefined : tryParseQuantity(v);
}

function validateQuantityValue(name: string, q: Quantity, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (q.sign() < 0) errs.push(fieldErrors.invalid(path, q.toString(), isNegativeErrorMsg));
  if (!isNativeResource(name) && q.milliValue() % 1000n !== 0n)
    errs.push(fieldErrors.invalid(path, q.toString(), "must be an integer"));
  return errs;
}

export function validateResourceRequirements(req: ResourceRequirements | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const limPath = child(path, "limits");
  const reqPath = child(path, "requests");
  const limits = req?.limits ?? {};
  const requests = req?.requests ?? {};
  for (const name of Object.keys(limits).sort()) {
    const p = key(limPath, name);
    errs.push(...validateContainerResourceName(name, p));
    const q = quantityOf(limits[name]);
    if (q) errs.push(...validateQuantityValue(name, q, p));
  }
  for (const name of Object.keys(requests).sort()) {
    const p = key(reqPath, name);
    errs.push(...validateContainerResourceName(name, p));
    const q = quantityOf(requests[name]);
    if (!q) continue;
    errs.push(...validateQuantityValue(name, q, p));
    const limit = name in limits ? quantityOf(limits[name]) : undefined;
    if (limit) {
      // Extended resources and hugepages cannot be overcommitted: request must equal limit.
      if (q.cmp(limit) !== 0 && !isOvercommitAllowed(name))
        errs.push(fieldErrors.invalid(reqPath, q.toString(), `must be equal to ${name} limit of ${limit.toString()}`));
      else if (q.cmp(limit) > 0)
        errs.push(
          fieldErrors.invalid(reqPath, q.toString(), `must be less than or equal to ${name} limit of ${limit.toString()}`),
        );
    } else if (!isOvercommitAllowed(name)) {
      errs.push(fieldErrors.required(limPath, "Limit must be set for non overcommitable resources"));
    }
  }
  return errs;
}
