import { describe, it, expect } from "vitest";
import { createCluster, restoreCluster, buildClusterFromScratch, type Cluster } from "./cluster";
import type { KubeObject } from "../apiserver/types";

const g = {
  nodes: { group: "", version: "v1", resource: "nodes" },
  namespaces: { group: "", version: "v1", resource: "namespaces" },
  pods: { group: "", version: "v1", resource: "pods" },
  services: { group: "", version: "v1", resource: "services" },
  serviceaccounts: { group: "", version: "v1", resource: "serviceaccounts" },
  configmaps: { group: "", version: "v1", resource: "configmaps" },
  deployments: { group: "apps", version: "v1", resource: "deployments" },
  storageclasses: { group: "storage.k8s.io", version: "v1", resource: "storageclasses" },
  ingressclasses: { group: "networking.k8s.io", version: "v1", resource: "ingressclasses" },
};

type Json = Record<string, unknown>;
const names = (c: Cluster, r: (typeof g)[keyof typeof g], ns?: string) => c.api.list(r, { namespace: ns }).items.map((o) => o.metadata.name);

/** The same sequence of calls a candidate might make, for the determinism tests. */
function play(c: Cluster): void {
  c.api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "shop" } });
  c.api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { generateName: "cfg-", namespace: "shop" }, data: { a: "1" } });
  c.clock.advance(30_000);
  c.api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "web", namespace: "shop" }, spec: { containers: [{ name: "web", image: "nginx:1.27" }] } });
  c.api.delete(g.namespaces, "", "shop");
}

describe("the default cluster (FIDELITY.md: two kubeadm nodes, system namespaces and pods)", () => {
  const c = createCluster();

  it("starts its clock at 2026-01-01T00:00:00Z with the system objects an hour old", () => {
    expect(c.clock.now()).toBe(Date.UTC(2026, 0, 1));
    expect(c.api.get(g.nodes, "", "controlplane").metadata.creationTimestamp).toBe("2025-12-31T23:00:00Z");
  });

  it("has nodes controlplane (tainted NoSchedule) and node01, Ready, with kubeadm's labels", () => {
    expect(names(c, g.nodes)).toEqual(["controlplane", "node01"]);
    const cp = c.api.get(g.nodes, "", "controlplane");
    expect((cp.spec as Json).taints).toEqual([{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }]);
    expect(cp.metadata.labels).toMatchObject({
      "node-role.kubernetes.io/control-plane": "",
      "kubernetes.io/hostname": "controlplane",
      "kubernetes.io/os": "linux",
      "kubernetes.io/arch": "amd64",
    });
    const worker = c.api.get(g.nodes, "", "node01");
    expect((worker.spec as Json).taints).toBeUndefined();
    const status = worker.status as { conditions: { type: string; status: string }[]; addresses: Json[]; nodeInfo: Json; allocatable: Json };
    expect(status.conditions.find((x) => x.type === "Ready")?.status).toBe("True");
    expect(status.addresses[0]).toEqual({ address: "172.30.2.2", type: "InternalIP" });
    expect(status.nodeInfo).toMatchObject({ kubeletVersion: "v1.34.0", containerRuntimeVersion: "containerd://1.7.28" });
    expect(status.allocatable).toMatchObject({ cpu: "2", memory: "1928540Ki", pods: "110" });
  });

  it("has the four system namespaces, each with its default ServiceAccount", () => {
    expect(names(c, g.namespaces)).toEqual(["default", "kube-node-lease", "kube-public", "kube-system"]);
    const sas = c.api.list(g.serviceaccounts).items.filter((s) => s.metadata.name === "default").map((s) => s.metadata.namespace);
    expect(sas).toEqual(["default", "kube-node-lease", "kube-public", "kube-system"]);
  });

  it("has kube-root-ca.crt in every namespace, as the root CA publisher keeps it", () => {
    const roots = c.api.list(g.configmaps, {}).items.filter((cm) => cm.metadata.name === "kube-root-ca.crt").map((cm) => cm.metadata.namespace);
    expect(roots).toEqual(["default", "kube-node-lease", "kube-public", "kube-system"]);
  });

  it("runs the kube-system pods `kubectl get pods -A` shows on kubeadm", () => {
    const pods = c.api.list(g.pods).items;
    const shapes = pods.map((p) => `${p.metadata.namespace}/${p.metadata.name!.replace(/-[bcdfghjklmnpqrstvwxz2456789]{10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/, "-HASH-XXXXX").replace(/^kube-proxy-[bcdfghjklmnpqrstvwxz2456789]{5}$/, "kube-proxy-XXXXX")}`);
    expect(shapes).toEqual([
      "kube-system/coredns-HASH-XXXXX",
      "kube-system/coredns-HASH-XXXXX",
      "kube-system/etcd-controlplane",
      "kube-system/kube-apiserver-controlplane",
      "kube-system/kube-controller-manager-controlplane",
      "kube-system/kube-proxy-XXXXX",
      "kube-system/kube-proxy-XXXXX",
      "kube-system/kube-scheduler-controlplane",
    ]);
    expect(pods.every((p) => (p.status as Json).phase === "Running")).toBe(true);
  });

  it("serves the kubernetes and kube-dns Services at their fixed cluster IPs", () => {
    const k = c.api.get(g.services, "default", "kubernetes").spec as Json;
    expect([k.clusterIP, k.ports]).toEqual(["10.96.0.1", [{ name: "https", port: 443, protocol: "TCP", targetPort: 6443 }]]);
    expect((c.api.get(g.services, "kube-system", "kube-dns").spec as Json).clusterIP).toBe("10.96.0.10");
  });

  it("has a default StorageClass local-path and an nginx IngressClass", () => {
    const sc = c.api.get(g.storageclasses, "", "local-path");
    expect(sc.metadata.annotations?.["storageclass.kubernetes.io/is-default-class"]).toBe("true");
    expect(names(c, g.ingressclasses)).toEqual(["nginx"]);
  });

  it("chains coredns pods to their ReplicaSet and Deployment by ownerReferences", () => {
    const d = c.api.get(g.deployments, "kube-system", "coredns");
    const rs = c.api.list({ group: "apps", version: "v1", resource: "replicasets" }).items[0];
    expect(rs.metadata.ownerReferences?.[0]).toMatchObject({ kind: "Deployment", name: "coredns", uid: d.metadata.uid, controller: true });
    const dnsPods = c.api.list(g.pods, { labelSelector: "k8s-app=kube-dns" }).items;
    expect(dnsPods.map((p) => p.metadata.ownerReferences?.[0].uid)).toEqual([rs.metadata.uid, rs.metadata.uid]);
  });
});

describe("topology overrides", () => {
  it("add nodes with their own labels, taints and capacity", () => {
    const c = createCluster({
      topology: {
        extraNodes: [{ name: "node02", labels: { disk: "ssd" }, taints: [{ key: "gpu", value: "true", effect: "NoSchedule" }], capacity: { cpu: "4", memory: "4Gi" } }],
      },
    });
    expect(names(c, g.nodes)).toEqual(["controlplane", "node01", "node02"]);
    const n = c.api.get(g.nodes, "", "node02");
    expect(n.metadata.labels).toMatchObject({ disk: "ssd", "kubernetes.io/hostname": "node02" });
    expect((n.spec as Json).taints).toEqual([{ key: "gpu", value: "true", effect: "NoSchedule" }]);
    expect((n.status as Json).allocatable).toMatchObject({ cpu: "4", memory: "4091904Ki" });
    expect((n.status as { addresses: Json[] }).addresses[0]).toEqual({ address: "172.30.3.2", type: "InternalIP" });
    expect(names(c, g.pods, "kube-system").filter((p) => p!.startsWith("kube-proxy-"))).toHaveLength(3);
  });
});

describe("determinism, isolation and snapshots", () => {
  it("gives identical snapshots for two clusters of the same seed fed the same calls", () => {
    const a = createCluster({ seed: 42 });
    const b = createCluster({ seed: 42 });
    play(a);
    play(b);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
  });

  it("builds from the template exactly what building from scratch gives", () => {
    const cached = createCluster({ seed: 7 });
    const scratch = buildClusterFromScratch({ seed: 7 });
    play(cached);
    play(scratch);
    expect(JSON.stringify(cached.snapshot())).toBe(JSON.stringify(scratch.snapshot()));
  });

  it("gives other uids and names for another seed", () => {
    const a = createCluster({ seed: 1 }).api.get(g.nodes, "", "node01");
    const b = createCluster({ seed: 2 }).api.get(g.nodes, "", "node01");
    expect(a.metadata.uid).not.toBe(b.metadata.uid);
  });

  it("keeps clusters apart: a write to one is not seen by another", () => {
    const a = createCluster();
    a.api.delete(g.namespaces, "", "kube-node-lease");
    a.api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "only-in-a", namespace: "default" } });
    const b = createCluster();
    expect(names(b, g.namespaces)).toContain("kube-node-lease");
    expect(names(b, g.configmaps, "default")).not.toContain("only-in-a");
  });

  it("round-trips a snapshot through restore, and the restored cluster continues the same way", () => {
    const original = createCluster({ seed: 3 });
    original.api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "before", namespace: "default" } });
    const snap = JSON.parse(JSON.stringify(original.snapshot()));
    const restored = restoreCluster(snap);
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(original.snapshot()));
    play(original);
    play(restored);
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(original.snapshot()));
  });

  it("adopting a parsed snapshot's objects gives the same cluster as copying them", () => {
    const original = createCluster({ seed: 3 });
    play(original);
    const text = JSON.stringify(original.snapshot());
    const copied = restoreCluster(JSON.parse(text));
    const adopted = restoreCluster(JSON.parse(text), { adopt: true });
    expect(JSON.stringify(adopted.snapshot())).toBe(text);
    adopted.api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "after", namespace: "default" } });
    copied.api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "after", namespace: "default" } });
    adopted.settle({ forMs: 60_000 });
    copied.settle({ forMs: 60_000 });
    expect(JSON.stringify(adopted.snapshot())).toBe(JSON.stringify(copied.snapshot()));
  });
});

describe("the ServiceAccount controller in a cluster", () => {
  it("gives a new namespace its default ServiceAccount before create returns, and brings it back when deleted", () => {
    const c = createCluster();
    c.api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "dev" } } as KubeObject);
    expect(names(c, g.serviceaccounts, "dev")).toEqual(["default"]);
    const before = c.api.get(g.serviceaccounts, "dev", "default").metadata.uid;
    c.api.delete(g.serviceaccounts, "dev", "default");
    const after = c.api.get(g.serviceaccounts, "dev", "default").metadata.uid;
    expect(after).not.toBe(before);
  });
});
