// Equality of two JSON values as stored objects see it: key order does not
// matter and a key holding undefined counts as absent. Runs on every update
// (is it a no-op write?), so it walks with plain loops and allocates nothing.

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && arraysEqual(a, b);
  if (Array.isArray(b)) return false;
  return objectsEqual(a as Record<string, unknown>, b as Record<string, unknown>);
}

function arraysEqual(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
  return true;
}

function objectsEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  let count = 0;
  for (const k in a) {
    const v = a[k];
    if (v === undefined) continue;
    if (!jsonEqual(v, b[k])) return false;
    count++;
  }
  for (const k in b) if (b[k] !== undefined) count--;
  return count === 0;
}
