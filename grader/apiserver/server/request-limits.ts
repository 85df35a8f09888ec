// Limits the API server puts on a request body before decoding it:
// - 3 MiB (staging/src/k8s.io/apiserver/pkg/server/config.go MaxRequestBodyBytes,
//   `Request entity too large: limit is 3145728`), the largest value etcd accepts;
// - nesting depth 10,000 (the JSON decoder's maxNestingDepth in sigs.k8s.io/json).
// Both are checked in one iterative walk that stops as soon as a limit is passed,
// so a 5 MB or 100,000-deep body is refused in a few milliseconds at most.
import { newBadRequest, newRequestEntityTooLarge } from "../errors";

export const maxRequestBodyBytes = 3 * 1024 * 1024;
export const maxNestingDepth = 10_000;

// Approximate JSON size of a scalar: quotes for strings, digits for numbers.
export function scalarSize(v: unknown): number {
  if (typeof v === "string") return v.length + 2;
  if (typeof v === "number") return 8;
  if (typeof v === "boolean") return 5;
  return 4; // null
}

/** Throws RequestEntityTooLarge or BadRequest when `body` passes a limit. */
export function checkRequestLimits(body: unknown): void {
  let size = 0;
  // Parallel stacks of containers still to visit and their depth (no per-entry allocation).
  const values: object[] = [];
  const depths: number[] = [];
  if (body === null || typeof body !== "object") return;
  values.push(body);
  depths.push(1);
  while (values.length > 0) {
    const value = values.pop()!;
    const depth = depths.pop()!;
    if (depth > maxNestingDepth) {
      throw newBadRequest(`the request body is nested too deeply: exceeded max depth of ${maxNestingDepth}`);
    }
    size += 2;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        size += 1;
        if (child !== null && typeof child === "object") {
          values.push(child);
          depths.push(depth + 1);
        } else if (child !== undefined) {
          size += scalarSize(child);
        }
        if (size > maxRequestBodyBytes) throw tooLarge();
      }
    } else {
      const record = value as Record<string, unknown>;
      for (const key in record) {
        const child = record[key];
        if (child === undefined) continue;
        size += key.length + 4;
        if (child !== null && typeof child === "object") {
          values.push(child);
          depths.push(depth + 1);
        } else {
          size += scalarSize(child);
        }
        if (size > maxRequestBodyBytes) throw tooLarge();
      }
    }
  }
}

function tooLarge() {
  return newRequestEntityTooLarge(`limit is ${maxRequestBodyBytes}`);
}
