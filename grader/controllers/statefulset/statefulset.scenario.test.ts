// StatefulSets on a fresh default cluster (scheduler, kubelet, controllers),
// checked against what pkg/controller/statefulset (v1.34) makes on a real one.
import { describe, it, expect } from "vitest";
import { createCluster, type Cluster } from "../../cluster/cluster";
import type { KubeObject } from "../../apiserver/types";

const gvr = {
  pods: { group: "", version: "v1", resource: "pods" },
  pvcs: { group: "", version: "v1", resource: "persistentvolumeclaims" },
  events: { group: "", version: "v1", resource: "events" },
  sets: { group: "apps", version: "v1", resource: "statefulsets" },
  revisions: { group: "apps", version: "v1", resource: "controllerrevisions" },
};

interface WebOptions {
  replicas?: number;
  image?: string;
  podManagementPolicy?: "OrderedReady" | "Parallel";
  claims?: boolean;
}

function web(c: Cluster, o: WebOptions = {}): void {
  c.api.create({
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: "web", namespace: "default" },
    spec: {
      replicas: o.replicas ?? 3,
      serviceName: "nginx",
      ...(o.podManagementPolicy ? { podManagementPolicy: o.podManagementPolicy } : {}),
      selector: { matchLabels: { app: "nginx" } },
      template: {
        metadata: { labels: { app: "nginx" } },
        spec: { containers: [{ name: "nginx", image: o.image ?? "nginx:1.27", volumeMounts: o.claims ? [{ name: "www", mountPath: "/usr/share/nginx/html" }] : [] }] },
      },
      ...(o.claims
        ? {
            volumeClaimTemplates: [
              { metadata: { name: "www" }, spec: { storageClassName: "local-path", accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } },
            ],
          }
        : {}),
    },
  });
}

const podNames = (c: Cluster) => c.api.list(gvr.pods, { namespace: "default" }).items.map((p) => p.metadata.name);
const pod = (c: Cluster, name: string) => c.api.get(gvr.pods, "default", name);
const set = (c: Cluster) => c.api.get(gvr.sets, "default", "web") as KubeObject & { status?: { currentRevision?: string; updateRevision?: string } };
const revisionLabel = (p: KubeObject) => p.metadata.labels?.["controller-revision-hash"];

/** Event messages about the StatefulSet, oldest first. */
function setEvents(c: Cluster): string[] {
  return c.api
    .list(gvr.events, { namespace: "default" })
    .items.filter((e) => (e.involvedObject as { kind: string }).kind === "StatefulSet")
    .map((e) => `${e.type as string} ${e.reason as string} ${e.message as string}`);
}

function setImage(c: Cluster, image: string): void {
  c.api.patch(gvr.sets, "default", "web", "strategic", { spec: { template: { spec: { containers: [{ name: "nginx", image }] } } } });
}

describe("StatefulSet controller", () => {
  it("records the template as a ControllerRevision named by upstream's hash (testdata/compatibility_revision_1.34.0.json)", () => {
    const c = createCluster();
    c.api.create({
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata: { name: "test", namespace: "default" },
      spec: {
        replicas: 0,
        selector: { matchLabels: { app: "foo" } },
        template: { metadata: { annotations: { test: "value" }, labels: { app: "foo" } }, spec: { containers: [{ image: "test", name: "test" }] } },
      },
    });
    c.settle({ forMs: 1000 });
    const [revision] = c.api.list(gvr.revisions, { namespace: "default" }).items;
    expect(revision.metadata.name).toBe("test-776999688b");
    expect(revision.metadata.labels).toEqual({ app: "foo", "controller.kubernetes.io/hash": "776999688b" });
    expect(revision.metadata.ownerReferences).toMatchObject([{ apiVersion: "apps/v1", kind: "StatefulSet", name: "test", controller: true, blockOwnerDeletion: true }]);
    expect(revision.revision).toBe(1);
    expect(revision.data).toEqual({
      spec: {
        template: {
          $patch: "replace",
          metadata: { annotations: { test: "value" }, labels: { app: "foo" } },
          spec: {
            containers: [
              { image: "test", imagePullPolicy: "Always", name: "test", resources: {}, terminationMessagePath: "/dev/termination-log", terminationMessagePolicy: "File" },
            ],
            dnsPolicy: "ClusterFirst",
            restartPolicy: "Always",
            schedulerName: "default-scheduler",
            securityContext: {},
            terminationGracePeriodSeconds: 30,
          },
        },
      },
    });
  });

  it("creates web-0, web-1, web-2 one after the other, each once its predecessor is Running and Ready, and reports the status", () => {
    const c = createCluster();
    web(c);
    c.settle({ forMs: 100 });
    expect(podNames(c)).toEqual(["web-0"]);
    c.settle({ forMs: 30_000 });
    expect(podNames(c)).toEqual(["web-0", "web-1", "web-2"]);
    const revision = revisionLabel(pod(c, "web-0"));
    expect(set(c).status).toEqual({
      observedGeneration: 1,
      replicas: 3,
      readyReplicas: 3,
      currentReplicas: 3,
      updatedReplicas: 3,
      currentRevision: revision,
      updateRevision: revision,
      collisionCount: 0,
      availableReplicas: 3,
    });
    // stateful_pod_control.go recordPodEvent
    expect(setEvents(c)).toEqual([
      "Normal SuccessfulCreate create Pod web-0 in StatefulSet web successful",
      "Normal SuccessfulCreate create Pod web-1 in StatefulSet web successful",
      "Normal SuccessfulCreate create Pod web-2 in StatefulSet web successful",
    ]);
  });

  it("gives each pod its stable identity: name, pod-name and pod-index labels, revision label, hostname and subdomain", () => {
    const c = createCluster();
    web(c);
    c.settle({ forMs: 30_000 });
    const p = pod(c, "web-1");
    expect(p.metadata.generateName).toBe("web-");
    expect(p.metadata.labels).toEqual({
      app: "nginx",
      "statefulset.kubernetes.io/pod-name": "web-1",
      "apps.kubernetes.io/pod-index": "1",
      "controller-revision-hash": set(c).status?.updateRevision,
    });
    expect(p.spec).toMatchObject({ hostname: "web-1", subdomain: "nginx" });
    expect(p.metadata.ownerReferences).toMatchObject([{ kind: "StatefulSet", name: "web", controller: true, blockOwnerDeletion: true }]);
  });

  it("keeps OrderedReady at web-0 while it cannot start, but Parallel creates every pod at once", () => {
    const ordered = createCluster();
    web(ordered, { image: "nginx:no-such-tag" });
    ordered.settle({ forMs: 60_000 });
    expect(podNames(ordered)).toEqual(["web-0"]);

    const parallel = createCluster();
    web(parallel, { image: "nginx:no-such-tag", podManagementPolicy: "Parallel" });
    parallel.settle({ forMs: 100 });
    expect(podNames(parallel)).toEqual(["web-0", "web-1", "web-2"]);
  });

  it("creates a claim <template>-<set>-<ordinal> per volumeClaimTemplate before each pod, labelled with the selector, and mounts it", () => {
    const c = createCluster();
    web(c, { replicas: 2, claims: true });
    c.settle({ forMs: 30_000 });
    const claims = c.api.list(gvr.pvcs, { namespace: "default" }).items;
    expect(claims.map((p) => [p.metadata.name, p.metadata.labels])).toEqual([
      ["www-web-0", { app: "nginx" }],
      ["www-web-1", { app: "nginx" }],
    ]);
    expect((pod(c, "web-1").spec as { volumes: unknown[] }).volumes[0]).toEqual({ name: "www", persistentVolumeClaim: { claimName: "www-web-1" } });
    expect(setEvents(c)).toEqual([
      "Normal SuccessfulCreate create Claim www-web-0 Pod web-0 in StatefulSet web success",
      "Normal SuccessfulCreate create Pod web-0 in StatefulSet web successful",
      "Normal SuccessfulCreate create Claim www-web-1 Pod web-1 in StatefulSet web success",
      "Normal SuccessfulCreate create Pod web-1 in StatefulSet web successful",
    ]);
  });

  it("scales down from the highest ordinal, one pod at a time, and keeps the claims (whenScaled: Retain)", () => {
    const c = createCluster();
    web(c, { claims: true });
    c.settle({ forMs: 30_000 });
    c.api.patch(gvr.sets, "default", "web", "merge", { spec: { replicas: 1 } });
    c.settle({ forMs: 120_000 });
    expect(podNames(c)).toEqual(["web-0"]);
    expect(setEvents(c).filter((e) => e.includes("SuccessfulDelete"))).toEqual([
      "Normal SuccessfulDelete delete Pod web-2 in StatefulSet web successful",
      "Normal SuccessfulDelete delete Pod web-1 in StatefulSet web successful",
    ]);
    expect(c.api.list(gvr.pvcs, { namespace: "default" }).items.map((p) => p.metadata.name)).toEqual(["www-web-0", "www-web-1", "www-web-2"]);
    expect(set(c).status).toMatchObject({ replicas: 1, readyReplicas: 1, currentReplicas: 1, updatedReplicas: 1, availableReplicas: 1 });
  });

  it("recreates a deleted pod under the same name", () => {
    const c = createCluster();
    web(c, { replicas: 2 });
    c.settle({ forMs: 30_000 });
    const uid = pod(c, "web-1").metadata.uid;
    c.api.delete(gvr.pods, "default", "web-1");
    c.settle({ forMs: 60_000 });
    expect(podNames(c)).toEqual(["web-0", "web-1"]);
    expect(pod(c, "web-1").metadata.uid).not.toBe(uid);
  });

  it("rolls an update from the highest ordinal down to the partition, then finishes it when the partition drops to 0", () => {
    const c = createCluster();
    web(c);
    c.settle({ forMs: 30_000 });
    const before = set(c).status?.currentRevision;
    c.api.patch(gvr.sets, "default", "web", "merge", { spec: { updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 1 } } } });
    setImage(c, "nginx:1.28");
    c.settle({ forMs: 120_000 });
    const after = set(c).status?.updateRevision;
    expect(after).not.toBe(before);
    expect(["web-0", "web-1", "web-2"].map((n) => revisionLabel(pod(c, n)))).toEqual([before, after, after]);
    expect(set(c).status).toMatchObject({ replicas: 3, readyReplicas: 3, currentReplicas: 1, updatedReplicas: 2, currentRevision: before, updateRevision: after });
    expect(setEvents(c).filter((e) => e.includes("SuccessfulDelete"))).toEqual([
      "Normal SuccessfulDelete delete Pod web-2 in StatefulSet web successful",
      "Normal SuccessfulDelete delete Pod web-1 in StatefulSet web successful",
    ]);

    c.api.patch(gvr.sets, "default", "web", "merge", { spec: { updateStrategy: { rollingUpdate: { partition: 0 } } } });
    c.settle({ forMs: 120_000 });
    expect(set(c).status).toMatchObject({ replicas: 3, readyReplicas: 3, currentReplicas: 3, updatedReplicas: 3, currentRevision: after, updateRevision: after });
    expect((pod(c, "web-0").spec as { containers: { image: string }[] }).containers[0].image).toBe("nginx:1.28");
    expect(c.api.list(gvr.revisions, { namespace: "default" }).items.map((r) => r.revision)).toEqual(expect.arrayContaining([1, 2]));
  });

  it("rolls back to an earlier template by renumbering its revision instead of creating another", () => {
    const c = createCluster();
    web(c, { replicas: 1 });
    c.settle({ forMs: 30_000 });
    const first = set(c).status?.currentRevision;
    setImage(c, "nginx:1.28");
    c.settle({ forMs: 60_000 });
    setImage(c, "nginx:1.27");
    c.settle({ forMs: 60_000 });
    const revisions = c.api.list(gvr.revisions, { namespace: "default" }).items;
    expect(revisions).toHaveLength(2);
    expect(revisions.find((r) => r.metadata.name === first)?.revision).toBe(3);
    expect(set(c).status).toMatchObject({ currentRevision: first, updateRevision: first });
  });
});
