import { describe, expect, it } from "vitest";
import { canonicalEqual } from "./canonical-equal";
import { canonicalJson } from "./canonical-json";

const leaves: unknown[] = [undefined, null, 0, -0, 1, NaN, Infinity, "", "a", "1", "null", true, false, () => 1];

// A small seeded generator (no Math.random in the grader).
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomValue(next: () => number, depth: number): unknown {
  const r = next();
  if (depth <= 0 || r < 0.4) return leaves[Math.floor(next() * leaves.length)];
  const n = Math.floor(next() * 3);
  if (r < 0.7) return Array.from({ length: n }, () => randomValue(next, depth - 1));
  const o: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) o[["a", "b", "c"][Math.floor(next() * 3)]] = randomValue(next, depth - 1);
  return o;
}

describe("canonicalEqual", () => {
  it("answers as comparing the canonical texts", () => {
    expect(canonicalEqual({ a: 1, b: [1, { c: "x" }] }, { b: [1, { c: "x" }], a: 1 })).toBe(true);
    expect(canonicalEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(canonicalEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(canonicalEqual({ a: 1 }, { a: 1, b: 0 })).toBe(false);
    expect(canonicalEqual([undefined], [])).toBe(true);
    expect(canonicalEqual([null], [])).toBe(false);
    expect(canonicalEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(canonicalEqual([undefined, undefined], [undefined])).toBe(false);
    expect(canonicalEqual(NaN, null)).toBe(true);
    expect(canonicalEqual({}, [])).toBe(false);
    expect(canonicalEqual({ constructor: 1 }, {})).toBe(false);
    expect(canonicalEqual({}, { constructor: 1 })).toBe(false);
  });

  it("agrees with canonicalJson on many generated pairs", () => {
    const next = generator(7);
    let equalPairs = 0;
    for (let i = 0; i < 20000; i++) {
      const a = randomValue(next, 3);
      const b = next() < 0.5 ? randomValue(next, 3) : structuredCloneish(a);
      const expected = canonicalJson(a) === canonicalJson(b);
      if (expected) equalPairs++;
      expect(canonicalEqual(a, b), `${String(canonicalJson(a))} vs ${String(canonicalJson(b))}`).toBe(expected);
    }
    expect(equalPairs).toBeGreaterThan(1000);
  });
});

// A copy with object keys in reverse order (functions kept as they are).
function structuredCloneish(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(structuredCloneish);
  if (v !== null && typeof v === "object") {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v).reverse()) o[k] = structuredCloneish((v as Record<string, unknown>)[k]);
    return o;
  }
  return v;
}
