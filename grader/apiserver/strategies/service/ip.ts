// IPv4 helpers for the Service allocator and IsValidIP (k8s.io/apimachinery/pkg/util/validation/ip.go).
import { fieldErrors, type FieldError } from "../../errors";

export function parseIPv4(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0] << 24) >>> 0) + (parts[1] << 16) + (parts[2] << 8) + parts[3];
}

export function formatIPv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

function isIPv6(s: string): boolean {
  return s.includes(":") && /^[0-9a-fA-F:.]+$/.test(s);
}

/** IsValidIP: a parseable address in canonical form. */
export function validateIP(value: string, path: string): FieldError[] {
  const v4 = parseIPv4(value);
  if (v4 === undefined && !isIPv6(value))
    return [fieldErrors.invalid(path, value, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)")];
  if (v4 !== undefined && formatIPv4(v4) !== value)
    return [fieldErrors.invalid(path, value, `must be in canonical form (${JSON.stringify(formatIPv4(v4))})`)];
  return [];
}
