import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { lastAppliedAnnotation, lastAppliedText, withLastApplied } from "./last-applied";

describe("withLastApplied", () => {
  const manifest = (): KubeObject =>
    ({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "a", annotations: { keep: "<&>", [lastAppliedAnnotation]: "old\n" } },
      data: { z: "1", a: "2" },
    }) as KubeObject;

  it("carries lastAppliedText of the manifest and leaves the manifest as it was", () => {
    const obj = manifest();
    const out = withLastApplied(obj);
    expect(out.metadata.annotations).toStrictEqual({ keep: "<&>", [lastAppliedAnnotation]: lastAppliedText(manifest()) });
    expect(lastAppliedText(obj)).toBe('{"apiVersion":"v1","data":{"a":"2","z":"1"},"kind":"ConfigMap","metadata":{"annotations":{"keep":"\\u003c\\u0026\\u003e"},"name":"a"}}\n');
    expect(obj).toStrictEqual(manifest());
    expect(out.data).not.toBe(obj.data);
  });

  it("gives an empty annotations map to a manifest without one", () => {
    const obj = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a" } } as KubeObject;
    expect(withLastApplied(obj).metadata.annotations).toStrictEqual({ [lastAppliedAnnotation]: '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"annotations":{},"name":"a"}}\n' });
  });
});
