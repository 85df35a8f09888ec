// go-yaml's guard against alias bombs (CVE-2019-11253), which kubectl inherits
// through sigs.k8s.io/yaml: decoding stops with "document contains excessive
// aliasing" once more than 100 nodes came from aliases, more than 1,000 nodes
// were decoded, and the share from aliases exceeds a ratio that falls from 99%
// (≤ 400,000 nodes) to 10% (≥ 4,000,000). js-yaml returns an aliased
// collection as the same JS object, so a walk that meets an object again is
// inside an alias; the walk stops at the first excess, so a bomb costs little.

const ratioRangeLow = 400_000;
const ratioRangeHigh = 4_000_000;

function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= ratioRangeLow) return 0.99;
  if (decodeCount >= ratioRangeHigh) return 0.1;
  return 0.99 - (0.89 * (decodeCount - ratioRangeLow)) / (ratioRangeHigh - ratioRangeLow);
}

export const excessiveAliasingText = "yaml: document contains excessive aliasing";

/** True when decoding `value` the way go-yaml does would fail with excessive aliasing. */
export function hasExcessiveAliasing(value: unknown): boolean {
  let decodeCount = 0;
  let aliasCount = 0;
  const seen = new WeakSet<object>();
  // An explicit stack: a bomb may be deep as well as wide.
  const stack: { value: unknown; aliased: boolean }[] = [{ value, aliased: false }];
  while (stack.length) {
    const { value: v, aliased } = stack.pop()!;
    decodeCount++;
    if (aliased) aliasCount++;
    if (aliasCount > 100 && decodeCount > 1000 && aliasCount / decodeCount > allowedAliasRatio(decodeCount)) return true;
    if (v === null || typeof v !== "object") continue;
    const inAlias = aliased || seen.has(v);
    seen.add(v);
    const children = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
    for (const child of children) stack.push({ value: child, aliased: inAlias });
  }
  return false;
}
