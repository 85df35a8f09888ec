import { describe, expect, it } from "vitest";
import { copyWithinRequestLimits } from "./copy-within-limits";
import { checkRequestLimits, maxRequestBodyBytes } from "./request-limits";
import { deepCopyJson } from "../storage/deep-copy";

// The slow path it replaces: the iterative check, then the copy.
function slowPath(body: unknown): { copy?: unknown; error?: string } {
  try {
    checkRequestLimits(body);
  } catch (e) {
    return { error: String((e as Error).message) };
  }
  return { copy: deepCopyJson(body) };
}

function nested(depth: number): unknown {
  let v: unknown = { leaf: "x" };
  for (let i = 1; i < depth; i++) v = { a: v };
  return v;
}

// A body whose size, as checkRequestLimits counts it, is exactly `target`: {"d": "<string>"} is 2 + 5 + len + 2.
function bodyOfSize(target: number): Record<string, unknown> {
  return { d: "x".repeat(target - 2 - 5 - 2) };
}

describe("copyWithinRequestLimits: the copy and the limits check in one walk", () => {
  it("returns what deepCopyJson returns, sharing nothing, for a body within the limits", () => {
    const body = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "p", labels: { a: "b" }, gone: undefined },
      spec: { containers: [{ name: "c", ports: [{ containerPort: 80 }], args: ["x", null, undefined] }], empty: [], nothing: null, on: true },
    };
    const copy = copyWithinRequestLimits(body)!;
    expect(copy).toEqual(slowPath(body).copy);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(slowPath(body).copy));
    expect(copy).not.toBe(body);
    expect(copy.spec.containers[0]).not.toBe(body.spec.containers[0]);
    expect(Object.keys(copy.metadata)).toEqual(["name", "labels"]);
  });

  it("vouches for a body exactly at the size limit and not for one byte more, as the check decides", () => {
    const atLimit = bodyOfSize(maxRequestBodyBytes);
    expect(slowPath(atLimit).error).toBeUndefined();
    expect(copyWithinRequestLimits(atLimit)).toEqual(atLimit);
    const over = bodyOfSize(maxRequestBodyBytes + 1);
    expect(slowPath(over).error).toContain("limit is 3145728");
    expect(copyWithinRequestLimits(over)).toBeUndefined();
  });

  it("counts arrays, keys and scalars as the check does (many small entries past the limit)", () => {
    const items = Array.from({ length: 400_000 }, (_, i) => ({ n: i, s: "ab", b: false, z: null }));
    expect(slowPath({ items }).error).toContain("limit is");
    expect(copyWithinRequestLimits({ items })).toBeUndefined();
    const fewer = { items: items.slice(0, 1000) };
    expect(copyWithinRequestLimits(fewer)).toEqual(slowPath(fewer).copy);
  });

  it("leaves deep bodies to the iterative check: it passes 100 levels and refuses 10,001", () => {
    expect(copyWithinRequestLimits(nested(64))).toEqual(nested(64));
    expect(copyWithinRequestLimits(nested(100))).toBeUndefined();
    expect(slowPath(nested(100)).error).toBeUndefined();
    expect(copyWithinRequestLimits(nested(10_001))).toBeUndefined();
    expect(slowPath(nested(10_001)).error).toContain("nested too deeply");
  });

  it("starts each walk afresh after one that gave up", () => {
    expect(copyWithinRequestLimits(bodyOfSize(maxRequestBodyBytes + 1))).toBeUndefined();
    expect(copyWithinRequestLimits({ a: 1 })).toEqual({ a: 1 });
  });
});
