import { describe, expect, it } from "vitest";
import { canonicalJson as canonical } from "./canonical-json";

// The first version, with map/filter/join: what the loop version must print.
function reference(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(reference).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${reference((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v);
}

describe("canonicalJson", () => {
  const cases: [string, unknown][] = [
    ["an EndpointSlice's endpoints", [{ addresses: ["10.244.1.5"], conditions: { ready: true, serving: true, terminating: false }, nodeName: "node01", targetRef: { kind: "Pod", name: "web-1", namespace: "default", uid: "u" } }]],
    ["keys out of order, an undefined value, nested arrays", { b: 1, a: [1, [2, "x"], null], c: undefined, "é\"q": { z: true, y: false } }],
    ["arrays holding undefined and null", [undefined, null, 1, undefined]],
    ["scalars and empties", [0, -1.5, "", "a\nb", true, {}, []]],
    ["null", null],
  ];
  for (const [name, value] of cases) it(`prints ${name} as the map/filter/join version does`, () => expect(canonical(value)).toBe(reference(value)));
});
