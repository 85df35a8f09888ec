// NamespacesHolding says "nothing here" exactly when a list of the namespace finds nothing that counts.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { createCluster } from "../../cluster/cluster";
import { NamespacesHolding } from "./namespaces-holding";
import { serviceSpec } from "./pod-endpoint";
import { servicesGVR } from "./controller";

const namespaces = ["default", "kube-system", "a", "b"];
const selecting = (svc: KubeObject) => !!serviceSpec(svc).selector;

describe("NamespacesHolding of Services with a selector", () => {
  it("agrees with a list of each namespace after every create, update and delete", () => {
    const c = createCluster({ seed: 1 });
    for (const name of ["a", "b"]) c.api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name } });
    const holding = new NamespacesHolding(selecting);
    c.api.watch(servicesGVR, {}, (e) => holding.apply(e));
    for (const svc of c.api.list(servicesGVR, { readOnly: true }).items) holding.apply({ type: "ADDED", object: svc });
    const agrees = () => {
      for (const ns of namespaces) {
        const listed = c.api.list(servicesGVR, { namespace: ns, readOnly: true }).items.some(selecting);
        expect(holding.has(ns), ns).toBe(listed);
      }
    };
    const service = (namespace: string, name: string, selector?: Record<string, string>): KubeObject => ({
      apiVersion: "v1",
      kind: "Service",
      metadata: { name, namespace },
      spec: { ...(selector ? { selector } : {}), ports: [{ port: 80 }] },
    });
    const setSelector = (namespace: string, name: string, selector?: Record<string, string>) => {
      const svc = c.api.get(servicesGVR, namespace, name);
      const spec = svc.spec as Record<string, unknown>;
      if (selector) spec.selector = selector;
      else delete spec.selector;
      c.api.update(svc);
    };
    agrees();
    expect(holding.has("default")).toBe(false); // the kubernetes Service selects nothing
    const steps = [
      () => c.api.create(service("a", "web", { app: "web" })),
      () => c.api.create(service("b", "manual")),
      () => c.api.create(service("a", "api", { app: "api" })),
      () => c.api.delete(servicesGVR, "a", "web"),
      () => setSelector("b", "manual", { app: "m" }),
      () => setSelector("a", "api"),
      () => c.api.delete(servicesGVR, "b", "manual"),
      () => c.api.create(service("default", "front", { app: "front" })),
      () => c.api.delete(servicesGVR, "a", "api"),
    ];
    const seen: boolean[][] = [];
    for (const step of steps) {
      step();
      agrees();
      seen.push(namespaces.map((ns) => holding.has(ns)));
    }
    // Both answers occur for each user namespace, so the comparison above can fail either way.
    for (const i of [0, 2, 3]) expect(new Set(seen.map((s) => s[i])).size).toBe(2);
  });

  it("counts every object when given no condition, and forgets a namespace when its last one goes", () => {
    const h = new NamespacesHolding();
    const obj = (namespace: string, name: string): KubeObject => ({ apiVersion: "v1", kind: "X", metadata: { namespace, name } });
    h.apply({ type: "ADDED", object: obj("a", "x") });
    h.apply({ type: "ADDED", object: obj("a", "y") });
    h.apply({ type: "MODIFIED", object: obj("a", "x") });
    h.apply({ type: "DELETED", object: obj("a", "x") });
    expect(h.has("a")).toBe(true);
    h.apply({ type: "DELETED", object: obj("a", "y") });
    expect(h.has("a")).toBe(false);
    expect(h.has(undefined)).toBe(false);
  });
});
