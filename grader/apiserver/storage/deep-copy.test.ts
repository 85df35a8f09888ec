import { describe, expect, it } from "vitest";
import { deepCopyJson, deepFreeze, freezeAndCopy } from "./deep-copy";

const sample = () => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name: "p", labels: { a: "b" }, gone: undefined },
  spec: { containers: [{ name: "c", ports: [{ containerPort: 80 }], args: ["x", null] }], empty: [], nothing: null },
});

function isDeepFrozen(v: unknown): boolean {
  if (v === null || typeof v !== "object") return true;
  return Object.isFrozen(v) && Object.values(v).every(isDeepFrozen);
}
function sharesNothing(a: unknown, b: unknown): boolean {
  if (a === null || typeof a !== "object") return true;
  if (a === b) return false;
  return Object.keys(a).every((k) => sharesNothing((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

describe("freezeAndCopy, deepFreeze and deepCopyJson in one walk", () => {
  it("freezes the value as deepFreeze does and returns what deepCopyJson returns", () => {
    const value = sample();
    const copy = freezeAndCopy(value);
    expect(isDeepFrozen(value)).toBe(true);
    expect(copy).toEqual(deepCopyJson(sample()));
    expect(JSON.stringify(copy)).toBe(JSON.stringify(deepCopyJson(sample())));
    expect(Object.keys(copy.metadata)).toEqual(["name", "labels"]);
    expect(Object.isFrozen(copy) || Object.isFrozen(copy.spec.containers[0])).toBe(false);
    expect(sharesNothing(copy, value)).toBe(true);
  });

  it("copies, and leaves as they are, parts frozen before", () => {
    const shared = deepFreeze({ key: "k", operator: "Exists" });
    const value = { spec: { tolerations: [shared] } };
    const copy = freezeAndCopy(value);
    expect(isDeepFrozen(value)).toBe(true);
    expect(value.spec.tolerations[0]).toBe(shared);
    expect(copy.spec.tolerations[0]).not.toBe(shared);
    expect(copy.spec.tolerations[0]).toEqual(shared);
    expect(Object.isFrozen(copy.spec.tolerations[0])).toBe(false);
  });
});

describe("deepCopyJson", () => {
  it("copies as a JSON round trip does (undefined fields dropped, key order kept) and shares nothing", () => {
    const value = sample();
    const copy = deepCopyJson(value);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
    expect(copy).toEqual(JSON.parse(JSON.stringify(value)));
    expect(Object.keys(copy.metadata)).toEqual(["name", "labels"]);
    expect(sharesNothing(copy, value)).toBe(true);
    expect(deepCopyJson([1, [2, { a: 3 }], null])).toEqual([1, [2, { a: 3 }], null]);
    expect(deepCopyJson("s")).toBe("s");
    expect(deepCopyJson(null)).toBe(null);
  });
});
