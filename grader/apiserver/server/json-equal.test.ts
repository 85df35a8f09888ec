import { describe, expect, it } from "vitest";
import { jsonEqual } from "./json-equal";
import { SeededRandom } from "../../random/seeded-random";

// The straightforward definition the loop version must agree with.
function referenceEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => referenceEqual(v, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => referenceEqual(ao[k], bo[k]));
}

const leaves: unknown[] = [null, undefined, 0, 1, "", "a", "1", true, false];
const keys = ["a", "b", "c"];

function randomValue(r: SeededRandom, depth: number): unknown {
  const pick = r.intn(depth > 2 ? 1 : 3);
  if (pick === 0) return leaves[r.intn(leaves.length)];
  if (pick === 1) return Array.from({ length: r.intn(3) }, () => randomValue(r, depth + 1));
  const out: Record<string, unknown> = {};
  for (const k of keys) if (r.intn(2)) out[k] = randomValue(r, depth + 1);
  return out;
}

/** A copy with keys reordered, sometimes one leaf changed or an undefined key added. */
function variant(r: SeededRandom, v: unknown): unknown {
  if (v === null || typeof v !== "object") return r.intn(8) === 0 ? leaves[r.intn(leaves.length)] : v;
  if (Array.isArray(v)) return v.map((x) => variant(r, x));
  const entries = Object.entries(v as Record<string, unknown>).reverse();
  const out: Record<string, unknown> = {};
  for (const [k, x] of entries) out[k] = variant(r, x);
  if (r.intn(6) === 0) out[keys[r.intn(keys.length)]] ??= undefined;
  return out;
}

describe("jsonEqual", () => {
  it("ignores key order and undefined keys", () => {
    expect(jsonEqual({ a: 1, b: [1, { c: "x" }] }, { b: [1, { c: "x" }], a: 1, d: undefined })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(jsonEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(jsonEqual({ a: [] }, { a: {} })).toBe(false);
    expect(jsonEqual([undefined], [])).toBe(false);
  });

  it("agrees with the reference definition on thousands of value pairs", () => {
    const r = new SeededRandom(7);
    let equal = 0;
    for (let i = 0; i < 5000; i++) {
      const a = randomValue(r, 0);
      const b = r.intn(4) === 0 ? randomValue(r, 0) : variant(r, a);
      const expected = referenceEqual(a, b);
      if (expected) equal++;
      expect(jsonEqual(a, b)).toBe(expected);
      expect(jsonEqual(b, a)).toBe(referenceEqual(b, a));
    }
    expect(equal).toBeGreaterThan(500);
    expect(equal).toBeLessThan(4500);
  });
});
