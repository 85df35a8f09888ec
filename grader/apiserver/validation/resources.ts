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
  appendResourceErrors(req, path, errs);
  return errs;
}

/** validateResourceRequirements for the `resources` of the container at `containerPath`, appending to `errs`. */
export function appendResourceRequirementErrors(req: ResourceRequirements | undefined, containerPath: string, errs: FieldError[]): void {
  if (req?.limits === undefined && req?.requests === undefined) return; // nothing to check, no path to build
  appendResourceErrors(req, child(containerPath, "resources"), errs);
}

// Paths are built only for an error: a valid container builds none.
function appendResourceErrors(req: ResourceRequirements | undefined, path: string, errs: FieldError[]): void {
  const limits = req?.limits ?? {};
  const requests = req?.requests ?? {};
  for (const name of sortedNames(limits)) {
    const q = quantityOf(limits[name]);
    if (isStandardOrExtended(name) && (!q || quantityValueIsValid(name, q))) continue;
    const p = key(child(path, "limits"), name);
    errs.push(...validateContainerResourceName(name, p));
    if (q) errs.push(...validateQuantityValue(name, q, p));
  }
  for (const name of sortedNames(requests)) {
    const q = quantityOf(requests[name]);
    if (!isStandardOrExtended(name) || (q && !quantityValueIsValid(name, q))) {
      const p = key(child(path, "requests"), name);
      errs.push(...validateContainerResourceName(name, p));
      if (q) errs.push(...validateQuantityValue(name, q, p));
    }
    if (!q) continue;
    const limit = name in limits ? quantityOf(limits[name]) : undefined;
    if (limit) {
      // Extended resources and hugepages cannot be overcommitted: request must equal limit.
      if (q.cmp(limit) !== 0 && !isOvercommitAllowed(name))
        errs.push(fieldErrors.invalid(child(path, "requests"), q.toString(), `must be equal to ${name} limit of ${limit.toString()}`));
      else if (q.cmp(limit) > 0)
        errs.push(
          fieldErrors.invalid(child(path, "requests"), q.toString(), `must be less than or equal to ${name} limit of ${limit.toString()}`),
        );
    } else if (!isOvercommitAllowed(name)) {
      errs.push(fieldErrors.required(child(path, "limits"), "Limit must be set for non overcommitable resources"));
    }
  }
}

/** Keys in the sorted order the checks report them (a single key needs no sort). */
function sortedNames(m: Record<string, unknown>): string[] {
  const names = Object.keys(m);
  return names.length < 2 ? names : names.sort();
}

/** validateContainerResourceName finds nothing for this name. */
function isStandardOrExtended(name: string): boolean {
  return name.includes("/") || isStandardContainerResourceName(name);
}

/** validateQuantityValue finds nothing for this quantity. */
function quantityValueIsValid(name: string, q: Quantity): boolean {
  return q.sign() >= 0 && (isNativeResource(name) || q.milliValue() % 1000n === 0n);
}
