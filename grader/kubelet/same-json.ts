// JSON.stringify(a) === JSON.stringify(b) without building either text: the
// kubelet compares every status it generates with the stored one, and most
// differ early or are small. Key order matters, as it does for the texts.

type Json = Record<string, unknown>;

/** A value JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === "function" || typeof v === "symbol";
}

function hasToJSON(v: object): boolean {
  return typeof (v as { toJSON?: unknown }).toJSON === "function";
}

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || hasToJSON(a) || hasToJSON(b)) {
    return JSON.stringify(a) === JSON.stringify(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = omitted(a[i]) ? null : a[i];
      const y = omitted(b[i]) ? null : b[i];
      if (!sameJson(x, y)) return false;
    }
    return true;
  }
  return sameMembers(a as Json, b as Json);
}

// The written members of both objects in step, skipping what JSON leaves out (no filtered key arrays).
function sameMembers(a: Json, b: Json): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < ka.length && omitted(a[ka[i]])) i++;
    while (j < kb.length && omitted(b[kb[j]])) j++;
    if (i === ka.length || j === kb.length) return i === ka.length && j === kb.length;
    if (ka[i] !== kb[j] || !sameJson(a[ka[i]], b[kb[j]])) return false;
    i++;
    j++;
  }
}
