import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../apiserver/storage/deep-copy";
import { equalIgnoreHash, equalIgnoreHashMemo, semanticEqual } from "./replica-sets";

// The first version, walking the union of both sides' keys: what the loop version must answer.
function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);
}
function reference(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => reference(v, (b as unknown[])[i]));
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!reference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

describe("semanticEqual", () => {
  const template = { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "c", image: "nginx:1.27", ports: [{ containerPort: 80 }] }] } };
  const values: unknown[] = [
    template,
    { ...template, spec: { ...template.spec, volumes: [] } },
    { ...template, spec: { ...template.spec, nodeSelector: {} } },
    { ...template, spec: { ...template.spec, nodeSelector: { disk: "ssd" } } },
    { metadata: { labels: { app: "web" }, annotations: null }, spec: template.spec },
    { metadata: { labels: { app: "other" } }, spec: template.spec },
    { spec: template.spec },
    {},
    [],
    null,
    undefined,
    [1, 2],
    [1, [2]],
    "x",
    0,
  ];
  it("answers every pair as the key-union version does", () => {
    for (const a of values) for (const b of values) expect([a, b, semanticEqual(a, b)]).toEqual([a, b, reference(a, b)]);
  });
});

describe("equalIgnoreHashMemo", () => {
  type Template = Parameters<typeof equalIgnoreHash>[0];
  const make = (image: string, hash?: string): Template =>
    ({ metadata: { labels: { app: "web", ...(hash ? { "pod-template-hash": hash } : {}) } }, spec: { containers: [{ name: "c", image }] } }) as Template;

  it("answers as equalIgnoreHash, frozen or not, asked once or twice", () => {
    const pairs: [Template, Template][] = [
      [make("nginx:1.27", "abc"), make("nginx:1.27")],
      [make("nginx:1.27", "abc"), make("nginx:1.28")],
      [make("nginx:1.27"), undefined as unknown as Template],
    ];
    for (const [a, b] of pairs) {
      const want = equalIgnoreHash(a, b);
      expect(equalIgnoreHashMemo(a, b)).toBe(want);
      const fa = deepFreeze(structuredClone(a));
      const fb = deepFreeze(structuredClone(b));
      expect(equalIgnoreHashMemo(fa, fb)).toBe(want);
      expect(equalIgnoreHashMemo(fa, fb)).toBe(want);
    }
  });

  it("does not remember templates that can still change", () => {
    const a = make("nginx:1.27", "abc");
    const b = make("nginx:1.27");
    expect(equalIgnoreHashMemo(a, b)).toBe(true);
    (a as unknown as { spec: { containers: { image: string }[] } }).spec.containers[0]!.image = "nginx:1.28";
    expect(equalIgnoreHashMemo(a, b)).toBe(false);
  });
});
