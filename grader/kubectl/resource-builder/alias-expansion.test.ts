// The limit of go-yaml v2.4.0 decode.go (allowedAliasRatio / "document contains
// excessive aliasing"), as kubectl v1.34 applies it through sigs.k8s.io/yaml.
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { hasExcessiveAliasing } from "./alias-expansion";

/** levels of anchors, each a list of `fanout` aliases of the one before (a "billion laughs" for 9×9). */
function laughs(levels: number, fanout: number): string {
  const lines = [`a0: &a0 [${Array(fanout).fill('"lol"').join(",")}]`];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(fanout).fill(`*a${i - 1}`).join(",")}]`);
  return lines.join("\n");
}

describe("hasExcessiveAliasing (go-yaml's alias ratio)", () => {
  it("accepts a document with a few aliases, as go-yaml does", () => {
    expect(hasExcessiveAliasing(load("base: &b {cpu: 1}\na: *b\nb: *b\n"))).toBe(false);
    expect(hasExcessiveAliasing(load(laughs(2, 10)))).toBe(false);
  });

  it("refuses a billion laughs, and quickly: the walk stops at the first excess", () => {
    const started = performance.now();
    expect(hasExcessiveAliasing(load(laughs(9, 9)))).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("accepts a large document without aliases", () => {
    const big = { items: Array.from({ length: 5000 }, (_, i) => ({ name: `n${i}` })) };
    expect(hasExcessiveAliasing(big)).toBe(false);
  });
});
