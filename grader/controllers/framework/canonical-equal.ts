// canonicalJson(a) === canonicalJson(b) without printing either: controllers
// compare whole statuses, subsets and slices this way on every sync. Items and
// members that print nothing (undefined) are treated as the printing treats them.
import { canonicalJson } from "./canonical-json";

export function canonicalEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const aIsObject = a !== null && typeof a === "object";
  const bIsObject = b !== null && typeof b === "object";
  // Two primitives: the same JSON text (NaN and null both print "null").
  if (!aIsObject && !bIsObject) return JSON.stringify(a) === JSON.stringify(b);
  if (!aIsObject || !bIsObject) return false;
  const aIsArray = Array.isArray(a);
  if (aIsArray !== Array.isArray(b)) return false;
  if (aIsArray) {
    const aa = a as unknown[];
    const bb = b as unknown[];
    // Items are joined by commas, so different lengths print alike only as [] and [an item printing nothing].
    if (aa.length !== bb.length) return aa.length + bb.length === 1 && canonicalJson(aa.length ? aa[0] : bb[0]) === undefined;
    for (let i = 0; i < aa.length; i++) if (!canonicalEqual(aa[i], bb[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  // Members set to undefined are left out of the text, so they are left out here.
  let defined = 0;
  for (const k of Object.keys(ao)) {
    const v = ao[k];
    if (v === undefined) continue;
    defined++;
    if (!Object.hasOwn(bo, k) || !canonicalEqual(v, bo[k])) return false;
  }
  for (const k of Object.keys(bo)) if (bo[k] !== undefined) defined--;
  return defined === 0;
}
