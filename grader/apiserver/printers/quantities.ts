// Quantities as resource.Quantity.String() prints them, from the JSON strings objects carry.
import { tryParseQuantity } from "../quantity";

/** Canonical form of a quantity; a missing one prints as upstream's zero Quantity, `0`. */
export function quantityString(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return "0";
  return tryParseQuantity(value)?.toString() ?? String(value);
}

/** intstr.IntOrString.String(): the number or the string as it is. */
export function intOrStringString(value: string | number): string {
  return typeof value === "number" ? String(Math.trunc(value)) : value;
}

/** (*resource.Quantity).String() of an optional quantity: `<nil>` when it is not set. */
export function quantityPointerString(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return "<nil>";
  return quantityString(value);
}
