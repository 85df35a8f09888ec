import { describe, it, expect } from "vitest";
import { canonicalJson, computePodTemplateHash, fnv32a, safeEncodeString } from "./pod-template-hash";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("the pod-template-hash (controller_utils.go ComputeHash, apimachinery rand.SafeEncodeString)", () => {
  it.each([
    ["", 0x811c9dc5],
    ["a", 0xe40c292c],
    ["foobar", 0xbf9cf968],
  ])("computes FNV-32a of %j as Go's hash/fnv New32a does", (input, expected) => {
    expect(fnv32a(bytes(input))).toBe(expected);
  });

  it("encodes decimal digits with the SafeEncodeString alphabet, so hashes only use 4-9 and b, c, d, f", () => {
    expect(safeEncodeString("0123456789")).toBe("456789bcdf");
  });

  it("is the same for the same template whatever its key order, and differs when the template or collision count does", () => {
    const a = { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "nginx", image: "nginx:1.27" }] } };
    const b = { spec: { containers: [{ image: "nginx:1.27", name: "nginx" }] }, metadata: { labels: { app: "web" } } };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(computePodTemplateHash(a)).toBe(computePodTemplateHash(b));
    expect(computePodTemplateHash(a)).not.toBe(computePodTemplateHash({ ...a, spec: { containers: [{ name: "nginx", image: "nginx:1.28" }] } }));
    expect(computePodTemplateHash(a, 1)).not.toBe(computePodTemplateHash(a));
    expect(computePodTemplateHash(a)).toMatch(/^[4-9bcdf]{1,10}$/);
  });
});
