// Storage on a fresh default cluster, as a real v1.34 cluster with the
// local-path provisioner shows it: pkg/controller/volume/persistentvolume
// (pv_controller.go syncClaim/syncVolume/bind/reclaimVolume), the pvc-/pv-
// protection controllers, rancher/local-path-provisioner provisioner.go and the
// sig-storage-lib-external-provisioner events.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { createCluster, type Cluster } from "../../cluster/cluster";
import { eventsAbout } from "../../testing/events";
import { externalProvisioningMessage } from "./controller";
import { localPathProvisionerIdentity } from "./local-path-provisioner";

const g = {
  pvcs: { group: "", version: "v1", resource: "persistentvolumeclaims" },
  pvs: { group: "", version: "v1", resource: "persistentvolumes" },
  pods: { group: "", version: "v1", resource: "pods" },
};

function claim(c: Cluster, name: string, spec: Record<string, unknown> = {}): KubeObject {
  return c.api.create({
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: { name, namespace: "default" },
    spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } }, ...spec },
  });
}

function volume(c: Cluster, name: string, size: string, spec: Record<string, unknown> = {}): KubeObject {
  return c.api.create({
    apiVersion: "v1",
    kind: "PersistentVolume",
    metadata: { name },
    spec: { accessModes: ["ReadWriteOnce"], capacity: { storage: size }, storageClassName: "manual", hostPath: { path: `/mnt/${name}` }, ...spec },
  });
}

function podUsing(c: Cluster, name: string, claimName: string, command = "sleep 3600"): void {
  c.api.create({
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default" },
    spec: {
      containers: [{ name: "app", image: "busybox:1.36", command: ["sh", "-c", command], volumeMounts: [{ name: "data", mountPath: "/data" }] }],
      volumes: [{ name: "data", persistentVolumeClaim: { claimName } }],
    },
  });
}

const getClaim = (c: Cluster, name: string) => c.api.get(g.pvcs, "default", name);
const getVolume = (c: Cluster, name: string) => c.api.get(g.pvs, "", name);
const phase = (o: KubeObject) => (o.status as { phase?: string }).phase;
const claimEvents = (c: Cluster, name: string) => eventsAbout(c.api, "default", "PersistentVolumeClaim", name).map((e) => [e.type, e.reason, e.message, e.source]);

describe("dynamic provisioning with the default local-path StorageClass (WaitForFirstConsumer)", () => {
  const c = createCluster();
  const created = claim(c, "data");
  const uid = created.metadata.uid ?? "";
  const pvName = `pvc-${uid}`;

  it("gives a claim without a class the default class and the pvc-protection finalizer, and keeps it Pending with WaitForFirstConsumer events every resync", () => {
    c.settle({ forMs: 30_000 });
    const pvc = getClaim(c, "data");
    expect((pvc.spec as { storageClassName: string }).storageClassName).toBe("local-path");
    expect(pvc.metadata.finalizers).toEqual(["kubernetes.io/pvc-protection"]);
    expect(pvc.status).toEqual({ phase: "Pending" });
    expect(eventsAbout(c.api, "default", "PersistentVolumeClaim", "data")).toEqual([
      { type: "Normal", reason: "WaitForFirstConsumer", message: "waiting for first consumer to be created before binding", count: 3, source: "persistentvolume-controller" },
    ]);
  });

  it("provisions pvc-<uid> as a hostPath directory on the pod's node once the pod is scheduled, and binds it", () => {
    podUsing(c, "writer", "data", "echo hello > /data/greeting; sleep 3600");
    c.settle({ forMs: 30_000 });
    const pvc = getClaim(c, "data");
    expect(pvc.metadata.annotations).toEqual({
      "pv.kubernetes.io/bind-completed": "yes",
      "pv.kubernetes.io/bound-by-controller": "yes",
      "volume.beta.kubernetes.io/storage-provisioner": "rancher.io/local-path",
      "volume.kubernetes.io/selected-node": "node01",
      "volume.kubernetes.io/storage-provisioner": "rancher.io/local-path",
    });
    expect((pvc.spec as { volumeName: string }).volumeName).toBe(pvName);
    expect(pvc.status).toEqual({ phase: "Bound", accessModes: ["ReadWriteOnce"], capacity: { storage: "1Gi" } });
    const pv = getVolume(c, pvName);
    expect(pv.metadata.annotations).toEqual({ "local.path.provisioner/selected-node": "node01", "pv.kubernetes.io/provisioned-by": "rancher.io/local-path" });
    expect(pv.metadata.finalizers).toEqual(["kubernetes.io/pv-protection"]);
    expect(pv.spec).toEqual({
      accessModes: ["ReadWriteOnce"],
      capacity: { storage: "1Gi" },
      claimRef: { kind: "PersistentVolumeClaim", namespace: "default", name: "data", uid, apiVersion: "v1", resourceVersion: expect.any(String) },
      hostPath: { path: `/opt/local-path-provisioner/${pvName}_default_data`, type: "DirectoryOrCreate" },
      nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: ["node01"] }] }] } },
      persistentVolumeReclaimPolicy: "Delete",
      storageClassName: "local-path",
      volumeMode: "Filesystem",
    });
    expect(phase(pv)).toBe("Bound");
    expect(claimEvents(c, "data").slice(1)).toEqual([
      ["Normal", "ExternalProvisioning", externalProvisioningMessage("rancher.io/local-path"), "persistentvolume-controller"],
      ["Normal", "Provisioning", 'External provisioner is provisioning volume for claim "default/data"', localPathProvisionerIdentity],
      ["Normal", "ProvisioningSucceeded", `Successfully provisioned volume ${pvName}`, localPathProvisionerIdentity],
    ]);
    expect(phase(c.api.get(g.pods, "default", "writer"))).toBe("Running");
  });

  it("writes the pod's file into that directory of node01's filesystem, where every pod mounting the volume shares it", () => {
    const dir = c.kubelet?.nodeFilesystems.hostDir("node01", `/opt/local-path-provisioner/${pvName}_default_data`);
    const file = dir?.entries.get("greeting");
    expect(file?.kind === "file" ? file.content : undefined).toBe("hello\n");
  });

  it("keeps a deleted claim Terminating while a pod uses it, then deletes it and, by the Delete policy, its volume", () => {
    c.api.delete(g.pvcs, "default", "data");
    c.settle({ forMs: 10_000 });
    expect(getClaim(c, "data").metadata.deletionTimestamp).toBeDefined();
    expect(getClaim(c, "data").metadata.finalizers).toEqual(["kubernetes.io/pvc-protection"]);
    c.api.delete(g.pods, "default", "writer");
    c.settle({ forMs: 60_000 });
    expect(() => getClaim(c, "data")).toThrow('persistentvolumeclaims "data" not found');
    expect(() => getVolume(c, pvName)).toThrow(`persistentvolumes "${pvName}" not found`);
  });
});

describe("static binding of claims to PersistentVolumes", () => {
  it("binds to the smallest fitting volume of the class and marks both sides as bound by the controller", () => {
    const c = createCluster();
    volume(c, "pv-small", "2Gi");
    volume(c, "pv-large", "10Gi");
    const pvc = claim(c, "data", { storageClassName: "manual" });
    c.settle({ forMs: 5_000 });
    const pv = getVolume(c, "pv-small");
    expect(phase(pv)).toBe("Bound");
    expect(pv.metadata.annotations).toEqual({ "pv.kubernetes.io/bound-by-controller": "yes" });
    expect((pv.spec as { claimRef: unknown }).claimRef).toMatchObject({ kind: "PersistentVolumeClaim", namespace: "default", name: "data", uid: pvc.metadata.uid, apiVersion: "v1" });
    expect((pv.status as { lastPhaseTransitionTime: string }).lastPhaseTransitionTime).toBe("2026-01-01T00:00:00Z");
    expect(phase(getVolume(c, "pv-large"))).toBe("Available");
    const bound = getClaim(c, "data");
    expect(bound.metadata.annotations).toEqual({ "pv.kubernetes.io/bind-completed": "yes", "pv.kubernetes.io/bound-by-controller": "yes" });
    expect(bound.status).toEqual({ phase: "Bound", accessModes: ["ReadWriteOnce"], capacity: { storage: "2Gi" } });
  });

  it("does not mark a claim that named its volume as bound by the controller", () => {
    const c = createCluster();
    volume(c, "pv-one", "1Gi");
    claim(c, "data", { storageClassName: "manual", volumeName: "pv-one" });
    c.settle({ forMs: 5_000 });
    expect(getClaim(c, "data").metadata.annotations).toEqual({ "pv.kubernetes.io/bind-completed": "yes" });
    expect(getVolume(c, "pv-one").metadata.annotations).toEqual({ "pv.kubernetes.io/bound-by-controller": "yes" });
  });

  it.each([
    ["a volume smaller than the request", { capacity: { storage: "100Mi" } }, {}, 'Cannot bind to requested volume "pv-one": requested PV is too small'],
    ["a volume without the asked access mode", { accessModes: ["ReadOnlyMany"] }, {}, 'Cannot bind to requested volume "pv-one": incompatible accessMode'],
    ["a volume of another class", {}, { storageClassName: "fast" }, 'Cannot bind to requested volume "pv-one": storageClassName does not match'],
  ])("leaves a claim naming %s Pending with a VolumeMismatch warning repeated every resync", (_name, pvSpec, pvcSpec, message) => {
    const c = createCluster();
    volume(c, "pv-one", "1Gi", pvSpec);
    claim(c, "data", { storageClassName: "manual", volumeName: "pv-one", ...pvcSpec });
    c.settle({ forMs: 20_000 });
    expect(phase(getClaim(c, "data"))).toBe("Pending");
    expect(eventsAbout(c.api, "default", "PersistentVolumeClaim", "data").map((e) => [e.type, e.reason, e.message, e.count])).toEqual([["Warning", "VolumeMismatch", message, 2]]);
  });

  it("releases a Retain volume when its claim is deleted and does not bind it again", () => {
    const c = createCluster();
    volume(c, "pv-keep", "1Gi", { persistentVolumeReclaimPolicy: "Retain" });
    claim(c, "data", { storageClassName: "manual" });
    c.settle({ forMs: 5_000 });
    c.api.delete(g.pvcs, "default", "data");
    c.settle({ forMs: 5_000 });
    expect(phase(getVolume(c, "pv-keep"))).toBe("Released");
    claim(c, "data", { storageClassName: "manual" });
    c.settle({ forMs: 5_000 });
    expect(phase(getClaim(c, "data"))).toBe("Pending");
    expect(phase(getVolume(c, "pv-keep"))).toBe("Released");
  });

  it("fails to delete a hostPath volume outside /tmp whose policy is Delete, as the host_path deleter refuses", () => {
    const c = createCluster();
    volume(c, "pv-del", "1Gi", { persistentVolumeReclaimPolicy: "Delete", hostPath: { path: "/mnt/data" } });
    claim(c, "data", { storageClassName: "manual" });
    c.settle({ forMs: 5_000 });
    c.api.delete(g.pvcs, "default", "data");
    c.settle({ forMs: 5_000 });
    const pv = getVolume(c, "pv-del");
    const message = "host_path deleter only supports /tmp/.+ but received provided /mnt/data";
    expect(pv.status).toMatchObject({ phase: "Failed", message });
    expect(eventsAbout(c.api, "", "PersistentVolume", "pv-del").map((e) => [e.type, e.reason, e.message])).toEqual([["Warning", "VolumeFailedDelete", message]]);
  });

  it("keeps a deleted volume Terminating while it is Bound (pv-protection)", () => {
    const c = createCluster();
    volume(c, "pv-one", "1Gi");
    claim(c, "data", { storageClassName: "manual" });
    c.settle({ forMs: 5_000 });
    c.api.delete(g.pvs, "", "pv-one");
    c.settle({ forMs: 5_000 });
    expect(getVolume(c, "pv-one").metadata.deletionTimestamp).toBeDefined();
    expect(phase(getClaim(c, "data"))).toBe("Bound");
  });
});

describe("a pod whose claim cannot be bound", () => {
  it("stays Pending with the scheduler's unbound-immediate message while the claim without class reports FailedBinding", () => {
    const c = createCluster();
    claim(c, "none", { storageClassName: "" });
    podUsing(c, "app", "none");
    c.settle({ forMs: 20_000 });
    const pod = c.api.get(g.pods, "default", "app");
    expect(phase(pod)).toBe("Pending");
    expect(eventsAbout(c.api, "default", "Pod", "app").map((e) => [e.type, e.reason, e.message])).toEqual([
      ["Warning", "FailedScheduling", "0/2 nodes are available: pod has unbound immediate PersistentVolumeClaims. not found"],
    ]);
    expect(eventsAbout(c.api, "default", "PersistentVolumeClaim", "none").map((e) => [e.type, e.reason, e.message])).toEqual([
      ["Normal", "FailedBinding", "no persistent volumes available for this claim and no storage class is set"],
    ]);
  });

  it("reports ProvisioningFailed for a class that does not exist", () => {
    const c = createCluster();
    claim(c, "fast", { storageClassName: "fast-ssd" });
    c.settle({ forMs: 5_000 });
    expect(eventsAbout(c.api, "default", "PersistentVolumeClaim", "fast").map((e) => [e.type, e.reason, e.message])).toEqual([
      ["Warning", "ProvisioningFailed", 'storageclass.storage.k8s.io "fast-ssd" not found'],
    ]);
  });
});
