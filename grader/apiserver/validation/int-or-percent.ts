// intstr.IntOrString checks of pkg/apis/apps/validation and pkg/apis/policy/validation.
import { fieldErrors, type FieldError } from "../errors";
import { isValidPercent } from "./names";
import { validateNonnegative } from "./object-meta";

export type IntOrPercent = number | string;

export function validatePositiveIntOrPercent(v: IntOrPercent | undefined, path: string): FieldError[] {
  if (typeof v === "string") return isValidPercent(v).map((msg) => fieldErrors.invalid(path, v, msg));
  return validateNonnegative(v, path);
}

/** The number in "25%" or 25; whether it was a percentage. */
export function intOrPercentValue(v: IntOrPercent | undefined): { value: number; percent: boolean } {
  if (typeof v === "string") {
    const n = Number.parseInt(v.replace(/%$/, ""), 10);
    return { value: Number.isNaN(n) ? 0 : n, percent: v.endsWith("%") };
  }
  return { value: v ?? 0, percent: false };
}

export function isNotMoreThan100Percent(v: IntOrPercent | undefined, path: string): FieldError[] {
  const { value, percent } = intOrPercentValue(v);
  return percent && value > 100 ? [fieldErrors.invalid(path, v, "must not be greater than 100%")] : [];
}
