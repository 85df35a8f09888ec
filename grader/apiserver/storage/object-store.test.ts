import { describe, it, expect } from "vitest";
import { ObjectStore } from "./object-store";
import { deepCopyJson } from "./deep-copy";
import type { KubeObject } from "../types";

const cm = (namespace: string, name: string, uid = `${namespace}-${name}`): KubeObject => ({
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: { name, namespace, uid },
});

describe("ObjectStore (the simulated etcd)", () => {
  it("lists like etcd's key order: by namespace, then name", () => {
    const s = new ObjectStore();
    for (const [ns, n] of [["b", "x"], ["a", "z"], ["a", "b"], ["ab", "a"]]) s.put("/configmaps", cm(ns, n));
    expect(s.list("/configmaps").map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual(["a/b", "a/z", "ab/a", "b/x"]);
    expect(s.list("/configmaps", "a").map((o) => o.metadata.name)).toEqual(["b", "z"]);
  });

  it("hands out ever larger resourceVersions", () => {
    const s = new ObjectStore();
    const a = s.nextResourceVersion();
    expect(s.nextResourceVersion()).toBe(a + 1);
    expect(s.currentResourceVersion()).toBe(a + 1);
  });

  it("finds objects by uid and forgets them once removed or replaced", () => {
    const s = new ObjectStore();
    s.put("/configmaps", cm("a", "x", "uid-1"));
    expect(s.byUid("uid-1")?.metadata.name).toBe("x");
    s.put("/configmaps", cm("a", "x", "uid-2"));
    expect(s.byUid("uid-1")).toBeUndefined();
    s.remove("/configmaps", "a", "x");
    expect(s.byUid("uid-2")).toBeUndefined();
  });

  it("clones into an independent store that shares the unchanged values", () => {
    const s = new ObjectStore();
    s.put("/configmaps", cm("a", "x"));
    const c = s.clone();
    c.put("/configmaps", cm("a", "y"));
    c.remove("/configmaps", "a", "x");
    expect(s.list("/configmaps").map((o) => o.metadata.name)).toEqual(["x"]);
    expect(c.list("/configmaps").map((o) => o.metadata.name)).toEqual(["y"]);
  });

  it("round-trips through a JSON snapshot", () => {
    const s = new ObjectStore();
    s.put("/configmaps", cm("a", "x"));
    s.put("apps/deployments", { ...cm("a", "d"), apiVersion: "apps/v1", kind: "Deployment" });
    s.nextResourceVersion();
    const snap = JSON.parse(JSON.stringify(s.snapshot()));
    expect(ObjectStore.fromSnapshot(snap, deepCopyJson).snapshot()).toEqual(s.snapshot());
  });
});

describe("ObjectStore lists in key order however keys come and go", () => {
  it("gives the same lists as sorting the keys afresh after every change", () => {
    const s = new ObjectStore();
    const keys = new Set<string>(); // the model: namespace/name
    const expectListsRight = () => {
      const sorted = [...keys].sort();
      const listed = (ns?: string) => s.list("/configmaps", ns).map((o) => `${o.metadata.namespace}/${o.metadata.name}`);
      expect(listed()).toEqual(sorted);
      for (const ns of ["a", "b"]) expect(listed(ns)).toEqual(sorted.filter((k) => k.startsWith(`${ns}/`)));
    };
    for (const [i, n] of ["m", "a", "z", "b", "q"].entries()) {
      const ns = i % 2 ? "b" : "a";
      s.put("/configmaps", cm(ns, n));
      keys.add(`${ns}/${n}`);
      expectListsRight();
    }
    const clone = s.clone();
    clone.put("/configmaps", cm("a", "0"));
    expect(clone.list("/configmaps")).toHaveLength(6);
    expectListsRight();
    s.put("/configmaps", cm("a", "m", "replaced"));
    expectListsRight();
    s.remove("/configmaps", "b", "a");
    keys.delete("b/a");
    expectListsRight();
    s.dropBucket("/configmaps");
    keys.clear();
    expectListsRight();
    s.put("/configmaps", cm("b", "x"));
    keys.add("b/x");
    expectListsRight();
  });
});
