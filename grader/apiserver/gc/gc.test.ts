import { describe, it, expect } from "vitest";
import { ApiServer } from "../server/api-server";
import { startServiceAccountController } from "../../controllers/serviceaccount/controller";
import { configMap, deployment, gvr, namespace, ownedBy, pod, replicaSetOf } from "../server/test-objects";
import type { PropagationPolicy } from "../api-interface";
import type { KubeObject } from "../types";

function newApi(): ApiServer {
  const api = new ApiServer();
  startServiceAccountController(api);
  for (const ns of ["default", "shop"]) api.create(namespace(ns));
  return api;
}

/** A Deployment, its ReplicaSet and two Pods owned by the ReplicaSet, as the controllers would leave them. */
function deploymentTree(api: ApiServer): { d: KubeObject; rs: KubeObject; pods: KubeObject[] } {
  const d = api.create(deployment("web", 2));
  const rs = api.create(replicaSetOf(d));
  const pods = [1, 2].map((i) => api.create(ownedBy(pod(`web-abc12-${i}`, { app: "web", "pod-template-hash": "abc12" }), rs)));
  return { d, rs, pods };
}

const names = (api: ApiServer, g: (typeof gvr)[keyof typeof gvr]) => api.list(g).items.map((o) => o.metadata.name);

describe("garbage collection by ownerReferences (pkg/controller/garbagecollector)", () => {
  const cases: [string, PropagationPolicy | undefined, string[], string[]][] = [
    ["deleting a Deployment in the background removes its ReplicaSet and their Pods", "Background", [], []],
    ["deleting in the foreground removes the dependents first, and the owner too", "Foreground", [], []],
    ["with no policy given, apps/v1 deletes in the background", undefined, [], []],
    ["orphaning keeps the ReplicaSet and its Pods", "Orphan", ["web-abc12"], ["web-abc12-1", "web-abc12-2"]],
  ];
  for (const [name, policy, wantReplicaSets, wantPods] of cases) {
    it(name, () => {
      const api = newApi();
      deploymentTree(api);
      api.delete(gvr.deployments, "default", "web", policy ? { propagationPolicy: policy } : {});
      expect(names(api, gvr.deployments)).toEqual([]);
      expect(names(api, gvr.replicasets)).toEqual(wantReplicaSets);
      expect(names(api, gvr.pods)).toEqual(wantPods);
    });
  }

  it("removes the reference to the deleted owner from orphans (--cascade=orphan)", () => {
    const api = newApi();
    const { rs } = deploymentTree(api);
    api.delete(gvr.deployments, "default", "web", { propagationPolicy: "Orphan" });
    const kept = api.get(gvr.replicasets, "default", rs.metadata.name!);
    expect(kept.metadata.ownerReferences).toBeUndefined();
    expect(api.get(gvr.pods, "default", "web-abc12-1").metadata.ownerReferences?.[0].uid).toBe(rs.metadata.uid);
  });

  it("keeps a dependent that still has another live owner, without the dead owner's reference", () => {
    const api = newApi();
    const a = api.create(configMap("owner-a"));
    const b = api.create(configMap("owner-b"));
    const shared = ownedBy(configMap("shared"), a);
    shared.metadata.ownerReferences!.push({ apiVersion: "v1", kind: "ConfigMap", name: "owner-b", uid: b.metadata.uid! });
    api.create(shared);
    api.delete(gvr.configmaps, "default", "owner-a");
    expect(api.get(gvr.configmaps, "default", "shared").metadata.ownerReferences?.map((r) => r.name)).toEqual(["owner-b"]);
    api.delete(gvr.configmaps, "default", "owner-b");
    expect(names(api, gvr.configmaps)).toEqual([]);
  });

  it("collects objects created with owners that do not exist on a garbage pass", () => {
    const api = newApi();
    const ghost = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "ghost", uid: "0b7e2a52-4a43-4a1e-8f1e-6a3b0b0d9c11" } } as KubeObject;
    api.create(ownedBy(configMap("dangling"), ghost));
    api.create(configMap("free"));
    expect(api.collectGarbage()).toBe(1);
    expect(names(api, gvr.configmaps)).toEqual(["free"]);
  });

  it("raises DELETED for every object it removes", () => {
    const api = newApi();
    deploymentTree(api);
    const deleted: string[] = [];
    for (const g of [gvr.deployments, gvr.replicasets, gvr.pods]) api.watch(g, {}, (e) => e.type === "DELETED" && deleted.push(e.object.metadata.name!));
    api.delete(gvr.deployments, "default", "web");
    expect(deleted.sort()).toEqual(["web", "web-abc12", "web-abc12-1", "web-abc12-2"]);
  });
});

describe("finalizers", () => {
  it("keep a deleted object with a deletionTimestamp until the last finalizer is removed", () => {
    const api = newApi();
    api.clock.advance(5_000);
    api.create({ ...configMap("held"), metadata: { name: "held", namespace: "default", finalizers: ["example.com/hold"] } });
    const marked = api.delete(gvr.configmaps, "default", "held");
    expect(marked.metadata.deletionTimestamp).toBe("2026-01-01T00:00:05Z");
    const current = api.get(gvr.configmaps, "default", "held");
    api.update({ ...current, metadata: { ...current.metadata, finalizers: [] } });
    expect(() => api.get(gvr.configmaps, "default", "held")).toThrow('configmaps "held" not found');
  });
});

describe("namespace deletion (done at once instead of by the namespace controller)", () => {
  it("returns the namespace Terminating, removes all its content, then the namespace", () => {
    const api = newApi();
    api.create(configMap("cm", {}, "shop"));
    api.create(pod("p", {}, "shop"));
    api.create(configMap("cm", {}, "default"));
    const seen: string[] = [];
    api.watch(gvr.namespaces, {}, (e) => seen.push(`${e.type} ${e.object.metadata.name} ${(e.object.status as { phase?: string })?.phase ?? ""}`));
    const result = api.delete(gvr.namespaces, "", "shop");
    expect((result.status as { phase: string }).phase).toBe("Terminating");
    expect(result.metadata.deletionTimestamp).toBe("2026-01-01T00:00:00Z");
    expect(api.list(gvr.configmaps).items.map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual(["default/cm"]);
    expect(api.list(gvr.pods, { namespace: "shop" }).items).toEqual([]);
    expect(api.list(gvr.serviceaccounts, { namespace: "shop" }).items).toEqual([]);
    expect(() => api.get(gvr.namespaces, "", "shop")).toThrow('namespaces "shop" not found');
    expect(seen.map((s) => s.split(" ").slice(0, 2).join(" "))).toEqual(["MODIFIED shop", "DELETED shop"]);
    expect(seen[0].endsWith("Terminating")).toBe(true);
  });

  it("refuses new objects in a namespace that no longer exists (NamespaceLifecycle)", () => {
    const api = newApi();
    api.delete(gvr.namespaces, "", "shop");
    expect(() => api.create(configMap("late", {}, "shop"))).toThrow('namespaces "shop" not found');
  });
});
