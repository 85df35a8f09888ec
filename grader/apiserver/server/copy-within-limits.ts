// checkRequestLimits and deepCopyJson in one walk, for the usual body: small and
// shallow. It counts the size exactly as checkRequestLimits does and gives up
// (returns undefined) as soon as the body is too large or deeper than a
// recursion may safely go; the caller then runs the two separately, so a body
// over a limit fails with the same error as before.
import { maxRequestBodyBytes, scalarSize } from "./request-limits";

// Far below the nesting limit and above any real object; deeper bodies take the iterative check.
const maxCopyDepth = 64;

// The walk's running size and verdict (module state: the walk is synchronous and allocates no frames).
let size = 0;
let gaveUp = false;

/** A deep copy of `body` when it certainly passes checkRequestLimits; undefined when it may not. */
export function copyWithinRequestLimits<T>(body: T): T | undefined {
  if (body === null || typeof body !== "object") return body;
  size = 0;
  gaveUp = false;
  const copy = copyCounting(body, 1);
  return gaveUp ? undefined : (copy as T);
}

function copyCounting(value: object, depth: number): object {
  if (depth > maxCopyDepth) {
    gaveUp = true;
    return value;
  }
  size += 2;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      size += 1;
      if (typeof v === "object" && v !== null) {
        out[i] = copyCounting(v, depth + 1);
        if (gaveUp) return out;
      } else {
        if (v !== undefined) size += scalarSize(v);
        out[i] = v;
      }
      if (size > maxRequestBodyBytes) {
        gaveUp = true;
        return out;
      }
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    size += key.length + 4;
    if (typeof v === "object" && v !== null) {
      out[key] = copyCounting(v, depth + 1);
      if (gaveUp) return out;
    } else {
      size += scalarSize(v);
      out[key] = v;
    }
    if (size > maxRequestBodyBytes) {
      gaveUp = true;
      return out;
    }
  }
  return out;
}
