import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { loadYamlDocument } from "./yaml-document-cache";

const documents = [
  "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  x: '1'\n  2: two\n  1: one\n",
  "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: c\n          args: [a, -0, .nan, 1e3, null, true]\n",
  "base: &b {x: 1}\nuse: *b\nother: *b\n",
  "when: 2024-01-02T03:04:05Z\n",
  "bin: !!binary aGVsbG8=\n",
  "__proto__: {polluted: true}\nkind: X\n",
  "# only a comment\n",
  "- a\n- b\n",
  "plain scalar",
];

describe("loadYamlDocument", () => {
  it("gives what js-yaml's load gives (or throws what it throws), the first time and from the cache", () => {
    for (const doc of documents) {
      let direct: unknown;
      try {
        direct = load(doc, { json: true });
      } catch (e) {
        for (let i = 0; i < 2; i++) expect(() => loadYamlDocument(doc)).toThrow((e as Error).message);
        continue;
      }
      expect(loadYamlDocument(doc)).toStrictEqual(direct);
      expect(loadYamlDocument(doc)).toStrictEqual(direct);
      expect(JSON.stringify(loadYamlDocument(doc))).toBe(JSON.stringify(direct));
    }
  });

  it("hands out a fresh copy each time, so a caller's change does not reach the next", () => {
    const doc = "kind: Pod\nmetadata:\n  labels: {app: web}\nspec:\n  containers: [{name: a}]\n";
    const first = loadYamlDocument(doc) as { metadata: { labels: Record<string, string> }; spec: { containers: unknown[] } };
    first.metadata.labels.app = "changed";
    first.spec.containers.push({ name: "b" });
    const second = loadYamlDocument(doc);
    expect(second).toStrictEqual(load(doc, { json: true }));
    expect(second).not.toBe(first);
  });

  it("keeps an alias's shared object shared (the excessive-aliasing walk relies on it)", () => {
    const v = loadYamlDocument("base: &b {x: 1}\nuse: *b\n") as { base: object; use: object };
    const again = loadYamlDocument("base: &b {x: 1}\nuse: *b\n") as { base: object; use: object };
    expect(v.use).toBe(v.base);
    expect(again.use).toBe(again.base);
  });

  it("keeps a __proto__ key as js-yaml makes it", () => {
    const v = loadYamlDocument("__proto__: {polluted: true}\n") as Record<string, unknown>;
    expect(v).toStrictEqual(load("__proto__: {polluted: true}\n", { json: true }));
    expect(Object.getPrototypeOf(v)).toBe(Object.getPrototypeOf(load("__proto__: {polluted: true}\n", { json: true })));
  });

  it("throws as load does, every time", () => {
    expect(() => load("a: [1, 2\n", { json: true })).toThrow();
    for (let i = 0; i < 2; i++) expect(() => loadYamlDocument("a: [1, 2\n")).toThrow();
  });
});
