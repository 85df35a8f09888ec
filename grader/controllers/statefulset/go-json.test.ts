import { describe, expect, it } from "vitest";
import { goJsonMarshal } from "./go-json";

// The first version, with map/filter/join: what the loop version must print.
const escapes: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };
const quote = (s: string) => JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => escapes[c]);
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(",")}]`;
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return quote(value);
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${quote(k)}:${reference(record[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

describe("goJsonMarshal", () => {
  const cases: [string, unknown][] = [
    ["a DaemonSet template patch", { spec: { template: { $patch: "replace", metadata: { labels: { app: "agent" } }, spec: { containers: [{ name: "a", image: "busybox", command: ["sh", "-c", "echo a && echo b > /tmp/x"] }] } } } }],
    ["HTML-unsafe characters in keys and values", { "a<b": "x>y&z", line: "\u2028 and \u2029", plain: "no escapes" }],
    ["undefined members, null, numbers, booleans", { b: undefined, a: null, n: 1.5, t: true, z: [1, "2", null, undefined, { k: [] }] }],
    ["keys out of order, nested arrays", { z: [[1, [2]], []], a: { y: 1, x: 2 } }],
    ["a sparse array", [1, , 3]], // eslint-disable-line no-sparse-arrays
    ["a top-level string", "<tag>"],
    ["undefined", undefined],
    ["a quote and a backslash", { 'q"': 'back\\slash' }],
  ];
  it.each(cases)("prints %s as the map/join version did", (_, value) => {
    expect(goJsonMarshal(value)).toBe(reference(value));
  });
  it("escapes as Go does", () => {
    expect(goJsonMarshal({ "a&": "<b>" })).toBe('{"a\\u0026":"\\u003cb\\u003e"}');
  });
});
