// A bare ReplicaSet (no Deployment) through the API: replica_set.go syncReplicaSet,
// controller_ref_manager.go ClaimPods, and the events of controller_utils.go.
import { describe, it, expect } from "vitest";
import type { Cluster } from "../../cluster/cluster";
import { markPodsReady } from "../../testing/pod-status";
import { eventLines, gvr, list, workloadCluster } from "../deployment/scenario-helpers";

function frontend(c: Cluster, replicas: number, minReadySeconds = 0): void {
  c.api.create({
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: { name: "frontend", namespace: "default" },
    spec: {
      replicas,
      minReadySeconds,
      selector: { matchLabels: { tier: "frontend" } },
      template: { metadata: { labels: { tier: "frontend" } }, spec: { containers: [{ name: "php", image: "nginx:1.27" }] } },
    },
  });
  c.settle({ forMs: 1000 });
}

const status = (c: Cluster) => c.api.get(gvr.replicasets, "default", "frontend").status as Record<string, unknown>;

describe("a ReplicaSet on its own", () => {
  it("replaces a deleted pod and says so with SuccessfulCreate", () => {
    const c = workloadCluster();
    frontend(c, 2);
    const victim = list(c, "pods")[0].metadata.name!;
    c.api.delete(gvr.pods, "default", victim);
    c.settle({ forMs: 1000 });
    const pods = list(c, "pods").map((p) => p.metadata.name);
    expect(pods).toHaveLength(2);
    expect(pods).not.toContain(victim);
    expect(eventLines(c).filter((l) => l.startsWith("Normal SuccessfulCreate ReplicaSet/frontend: Created pod: frontend-"))).toHaveLength(3);
  });

  it("adopts a matching orphan pod instead of creating one, and releases a pod whose labels stop matching", () => {
    const c = workloadCluster();
    c.api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "orphan", namespace: "default", labels: { tier: "frontend" } }, spec: { containers: [{ name: "c", image: "nginx" }] } });
    frontend(c, 2);
    const orphan = c.api.get(gvr.pods, "default", "orphan");
    expect(orphan.metadata.ownerReferences?.[0]).toMatchObject({ kind: "ReplicaSet", name: "frontend", controller: true, blockOwnerDeletion: true });
    expect(list(c, "pods")).toHaveLength(2);
    c.api.patch(gvr.pods, "default", "orphan", "merge", { metadata: { labels: { tier: "debug" } } });
    c.settle({ forMs: 1000 });
    expect(c.api.get(gvr.pods, "default", "orphan").metadata.ownerReferences).toBeUndefined();
    expect(list(c, "pods")).toHaveLength(3);
  });

  it("counts available replicas only after minReadySeconds on the virtual clock", () => {
    const c = workloadCluster();
    frontend(c, 2, 10);
    markPodsReady(c, "default", "tier=frontend");
    c.settle({ forMs: 5000 });
    expect(status(c)).toMatchObject({ replicas: 2, readyReplicas: 2, fullyLabeledReplicas: 2 });
    expect(status(c).availableReplicas).toBeUndefined();
    c.settle({ forMs: 10_000 });
    expect(status(c)).toMatchObject({ replicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: 1 });
  });
});
