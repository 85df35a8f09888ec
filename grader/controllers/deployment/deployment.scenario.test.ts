// Scenarios of the Deployment and ReplicaSet controllers, as a candidate would
// see them through `kubectl get` and events. Expected texts come from
// pkg/controller/deployment/{sync,progress}.go and util/deployment_util.go (v1.34).
import { describe, it, expect } from "vitest";
import type { Cluster } from "../../cluster/cluster";
import type { KubeObject } from "../../apiserver/types";
import { markPodsReady } from "../../testing/pod-status";
import { eventLines, gvr, kubectlGet, list, replicaSetSummary, setImage, webDeployment, workloadCluster } from "./scenario-helpers";

const second = 1000;

function deploymentOf(c: Cluster) {
  return c.api.get(gvr.deployments, "default", "web") as {
    metadata: { annotations?: Record<string, string> };
    status?: { conditions?: { type: string; status: string; reason: string; message: string }[] };
  };
}

function condition(c: Cluster, type: string) {
  return deploymentOf(c).status?.conditions?.find((x) => x.type === type);
}

/** A Deployment of 3 rolled out and ready. */
function readyDeployment(extra: Record<string, unknown> = {}): Cluster {
  const c = workloadCluster();
  c.api.create(webDeployment(3, extra));
  c.settle({ forMs: second });
  markPodsReady(c, "default", "app=web");
  c.settle({ forMs: second });
  return c;
}

describe("a Deployment of 3 (sync.go getNewReplicaSet, replica_set.go manageReplicas)", () => {
  const c = readyDeployment();
  const [rs] = list(c, "replicasets");
  const hash = rs.metadata.labels?.["pod-template-hash"] ?? "";

  it("creates one ReplicaSet named <deployment>-<pod-template-hash> with the hash in its labels and selector", () => {
    expect(hash).toMatch(/^[4-9bcdf]{6,10}$/);
    expect(rs.metadata.name).toBe(`web-${hash}`);
    expect((rs.spec as { selector: unknown }).selector).toEqual({ matchLabels: { app: "web", "pod-template-hash": hash } });
    expect(rs.metadata.annotations).toEqual({
      "deployment.kubernetes.io/desired-replicas": "3",
      "deployment.kubernetes.io/max-replicas": "4",
      "deployment.kubernetes.io/revision": "1",
    });
    expect(rs.metadata.ownerReferences).toEqual([
      { apiVersion: "apps/v1", kind: "Deployment", name: "web", uid: c.api.get(gvr.deployments, "default", "web").metadata.uid, controller: true, blockOwnerDeletion: true },
    ]);
  });

  it("creates 3 pods named <rs>-<5 chars> owned by the ReplicaSet, and shows READY 3/3 once they are ready", () => {
    const pods = list(c, "pods");
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
      expect(p.metadata.labels).toEqual({ app: "web", "pod-template-hash": hash });
      expect(p.metadata.ownerReferences).toEqual([{ apiVersion: "apps/v1", kind: "ReplicaSet", name: rs.metadata.name, uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    }
    expect(kubectlGet(c, "deployments")).toBe("NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    3/3     3            3           2s\n");
    expect(kubectlGet(c, "replicasets")).toBe(`NAME            DESIRED   CURRENT   READY   AGE\nweb-${hash}   3         3         3       2s\n`);
  });

  it("writes the conditions Available (MinimumReplicasAvailable) and Progressing (NewReplicaSetAvailable) with upstream's messages", () => {
    expect(deploymentOf(c).status?.conditions?.map(({ type, status, reason, message }) => ({ type, status, reason, message }))).toEqual([
      { type: "Available", status: "True", reason: "MinimumReplicasAvailable", message: "Deployment has minimum availability." },
      { type: "Progressing", status: "True", reason: "NewReplicaSetAvailable", message: `ReplicaSet "web-${hash}" has successfully progressed.` },
    ]);
    expect(deploymentOf(c).metadata.annotations).toEqual({ "deployment.kubernetes.io/revision": "1" });
  });

  it("records ScalingReplicaSet on the Deployment and SuccessfulCreate per pod on the ReplicaSet", () => {
    const lines = eventLines(c);
    expect(lines).toContain(`Normal ScalingReplicaSet Deployment/web: Scaled up replica set web-${hash} from 0 to 3`);
    for (const p of list(c, "pods")) expect(lines).toContain(`Normal SuccessfulCreate ReplicaSet/web-${hash}: Created pod: ${p.metadata.name}`);
  });
});

describe("a rolling update with the default 25%/25% (rolling.go: maxSurge rounds up to 1, maxUnavailable down to 0)", () => {
  it("moves one pod at a time: the new ReplicaSet grows by 1, the old shrinks by 1 once a new pod is available", () => {
    const c = readyDeployment();
    const oldName = list(c, "replicasets")[0].metadata.name;
    setImage(c, "nginx:1.28");
    const steps: [number, number][] = [];
    const sizes = () => {
      const rows = replicaSetSummary(c);
      const newRow = rows.find((r) => r[0] !== oldName)!;
      const oldRow = rows.find((r) => r[0] === oldName)!;
      return [newRow[1], oldRow[1]] as [number, number];
    };
    for (let i = 0; i < 4; i++) {
      c.settle({ forMs: second });
      steps.push(sizes());
      markPodsReady(c, "default", "app=web");
    }
    // [new, old] desired replicas after each step; never more than 4 pods, never fewer than 3 available.
    expect(steps).toEqual([
      [1, 3],
      [2, 2],
      [3, 1],
      [3, 0],
    ]);
    expect(deploymentOf(c).metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("2");
    expect(kubectlGet(c, "deployments")).toMatch(/^NAME {3}READY {3}UP-TO-DATE {3}AVAILABLE {3}AGE\nweb {4}3\/3 {5}3 {12}3 {11}\d+s\n$/);
  });

  it("with maxSurge 0 and maxUnavailable 1 it scales the old ReplicaSet down first, then the new one up", () => {
    const c = readyDeployment({ strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } } });
    const oldName = list(c, "replicasets")[0].metadata.name;
    setImage(c, "nginx:1.28");
    c.settle({ forMs: second });
    const rows = replicaSetSummary(c);
    expect(rows.find((r) => r[0] === oldName)?.[1]).toBe(2);
    expect(rows.find((r) => r[0] !== oldName)?.[1]).toBe(1);
  });
});

describe("rollback and history (sync.go getNewReplicaSet, deployment_util.go SetNewReplicaSetAnnotations)", () => {
  it("reuses revision 1's ReplicaSet when the template goes back, renumbers it revision 3 and remembers 1 in revision-history", () => {
    const c = readyDeployment();
    const first = list(c, "replicasets")[0].metadata.name;
    for (const image of ["nginx:1.28", "nginx:1.27"]) {
      setImage(c, image);
      for (let i = 0; i < 4; i++) {
        c.settle({ forMs: second });
        markPodsReady(c, "default", "app=web");
      }
    }
    const rsets = list(c, "replicasets");
    expect(rsets).toHaveLength(2);
    const reused = rsets.find((r) => r.metadata.name === first)!;
    expect(reused.metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("3");
    expect(reused.metadata.annotations?.["deployment.kubernetes.io/revision-history"]).toBe("1");
    expect((reused.spec as { replicas: number }).replicas).toBe(3);
    expect(deploymentOf(c).metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("3");
  });

  it("copies kubernetes.io/change-cause from the Deployment onto its new ReplicaSet", () => {
    const c = readyDeployment();
    c.api.patch(gvr.deployments, "default", "web", "merge", {
      metadata: { annotations: { "kubernetes.io/change-cause": "image updated to 1.28" } },
      spec: { template: { spec: { containers: [{ name: "nginx", image: "nginx:1.28" }] } } },
    });
    c.settle({ forMs: second });
    const newest = list(c, "replicasets").find((r) => r.metadata.annotations?.["deployment.kubernetes.io/revision"] === "2")!;
    expect(newest.metadata.annotations?.["kubernetes.io/change-cause"]).toBe("image updated to 1.28");
  });

  it("keeps only revisionHistoryLimit old ReplicaSets once they are scaled to zero", () => {
    const c = readyDeployment({ revisionHistoryLimit: 1 });
    for (const image of ["nginx:1.28", "nginx:1.29", "nginx:1.30"]) {
      setImage(c, image);
      for (let i = 0; i < 5; i++) {
        c.settle({ forMs: second });
        markPodsReady(c, "default", "app=web");
      }
    }
    expect(replicaSetSummary(c).map((r) => r[4]).sort()).toEqual(["3", "4"]);
  });

  it("rolls out again after `kubectl rollout restart` (a new restartedAt template annotation)", () => {
    const c = readyDeployment();
    c.api.patch(gvr.deployments, "default", "web", "strategic", {
      spec: { template: { metadata: { annotations: { "kubectl.kubernetes.io/restartedAt": "2026-01-01T01:00:05Z" } } } },
    });
    c.settle({ forMs: second });
    expect(replicaSetSummary(c).map((r) => r[4]).sort()).toEqual(["1", "2"]);
  });
});

describe("Recreate (recreate.go)", () => {
  it("scales the old ReplicaSet to 0 and waits for its pods to go before creating the new one at full size", () => {
    const c = readyDeployment({ strategy: { type: "Recreate" } });
    const oldName = list(c, "replicasets")[0].metadata.name;
    setImage(c, "nginx:1.28");
    c.settle({ forMs: second });
    const rows = replicaSetSummary(c);
    expect(rows.find((r) => r[0] === oldName)?.slice(1, 3)).toEqual([0, 0]);
    expect(rows.find((r) => r[0] !== oldName)?.slice(1, 3)).toEqual([3, 3]);
    const lines = eventLines(c).filter((l) => l.includes("ScalingReplicaSet"));
    const down = lines.indexOf(`Normal ScalingReplicaSet Deployment/web: Scaled down replica set ${oldName} from 3 to 0`);
    const up = lines.findIndex((l) => /Scaled up replica set web-\w+ from 0 to 3/.test(l) && !l.includes(oldName!));
    expect(down).toBeGreaterThanOrEqual(0);
    expect(up).toBeGreaterThanOrEqual(0);
    // No old pod is left.
    expect(list(c, "pods").every((p) => !p.metadata.name?.startsWith(`${oldName}-`))).toBe(true);
  });
});

describe("pause and resume (sync.go checkPausedConditions)", () => {
  it("does not roll out a template change while paused, says so in Progressing, and rolls out on resume", () => {
    const c = readyDeployment();
    c.api.patch(gvr.deployments, "default", "web", "merge", { spec: { paused: true } });
    setImage(c, "nginx:1.28");
    c.settle({ forMs: 10 * second });
    expect(list(c, "replicasets")).toHaveLength(1);
    expect(condition(c, "Progressing")).toMatchObject({ status: "Unknown", reason: "DeploymentPaused", message: "Deployment is paused" });
    expect(kubectlGet(c, "deployments")).toMatch(/^NAME {3}READY {3}UP-TO-DATE {3}AVAILABLE {3}AGE\nweb {4}3\/3 {5}0 {12}3 /);
    c.api.patch(gvr.deployments, "default", "web", "merge", { spec: { paused: false } });
    c.settle({ forMs: second });
    expect(list(c, "replicasets")).toHaveLength(2);
    expect(condition(c, "Progressing")?.reason).toBe("ReplicaSetUpdated");
  });
});

describe("scaling (sync.go scale, replica_set.go getPodsToDelete)", () => {
  it.each([
    { replicas: 5, pods: 5, event: "Scaled up replica set %s from 3 to 5" },
    { replicas: 1, pods: 1, event: "Scaled down replica set %s from 3 to 1" },
  ])("scales 3 → $replicas: the ReplicaSet follows, pods follow, and ScalingReplicaSet says it", ({ replicas, pods, event }) => {
    const c = readyDeployment();
    const rsName = list(c, "replicasets")[0].metadata.name!;
    c.api.patch(gvr.deployments, "default", "web", "merge", { spec: { replicas } });
    c.settle({ forMs: second });
    expect(list(c, "pods")).toHaveLength(pods);
    expect(replicaSetSummary(c)[0][1]).toBe(replicas);
    expect(eventLines(c)).toContain(`Normal ScalingReplicaSet Deployment/web: ${event.replace("%s", rsName)}`);
  });

  it("deletes the pods that are not ready before the ready ones when scaling down", () => {
    const c = readyDeployment();
    c.api.patch(gvr.deployments, "default", "web", "merge", { spec: { replicas: 5 } });
    c.settle({ forMs: second });
    const isReady = (p: KubeObject) => ((p.status as { conditions?: { type: string; status: string }[] }).conditions ?? []).some((x) => x.type === "Ready" && x.status === "True");
    const notReady = list(c, "pods").filter((p) => !isReady(p)).map((p) => p.metadata.name);
    expect(notReady).toHaveLength(2);
    c.api.patch(gvr.deployments, "default", "web", "merge", { spec: { replicas: 3 } });
    c.settle({ forMs: second });
    const left = list(c, "pods").map((p) => p.metadata.name);
    expect(left).toHaveLength(3);
    for (const name of notReady) expect(left).not.toContain(name);
  });
});

describe("quota (replica_set.go manageReplicas + resourcequota admission)", () => {
  it("creates 2 of 3 pods under a quota of 2 pods, with FailedCreate on the ReplicaSet and ReplicaFailure in its status", () => {
    const c = workloadCluster();
    c.api.create({ apiVersion: "v1", kind: "ResourceQuota", metadata: { name: "pods", namespace: "default" }, spec: { hard: { pods: "2" } } });
    c.api.create(webDeployment(3));
    c.settle({ forMs: 10 * second });
    expect(list(c, "pods")).toHaveLength(2);
    const rs = list(c, "replicasets")[0];
    const failed = eventLines(c).filter((l) => l.startsWith(`Warning FailedCreate ReplicaSet/${rs.metadata.name}: `));
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]).toMatch(
      new RegExp(`^Warning FailedCreate ReplicaSet/${rs.metadata.name}: Error creating: pods "${rs.metadata.name}-\\w{5}" is forbidden: exceeded quota: pods, requested: pods=1, used: pods=2, limited: pods=2$`),
    );
    const cond = (rs.status as { conditions?: { type: string; reason: string; message: string }[] }).conditions?.[0];
    expect(cond).toMatchObject({ type: "ReplicaFailure", reason: "FailedCreate" });
    expect(cond?.message).toMatch(/is forbidden: exceeded quota: pods, requested: pods=1, used: pods=2, limited: pods=2$/);
    expect(condition(c, "ReplicaFailure")).toMatchObject({ status: "True", reason: "FailedCreate" });
    expect(kubectlGet(c, "deployments")).toMatch(/^NAME {3}READY {3}UP-TO-DATE {3}AVAILABLE {3}AGE\nweb {4}0\/3 {5}2 {12}0 /);
  });
});

describe("progress deadline (progress.go)", () => {
  it("turns Progressing to False ProgressDeadlineExceeded once progressDeadlineSeconds pass without progress", () => {
    const c = workloadCluster();
    c.api.create(webDeployment(3, { progressDeadlineSeconds: 60 }));
    c.settle({ forMs: 30 * second });
    expect(condition(c, "Progressing")?.reason).toBe("ReplicaSetUpdated");
    c.settle({ forMs: 60 * second });
    const rsName = list(c, "replicasets")[0].metadata.name;
    expect(condition(c, "Progressing")).toMatchObject({
      status: "False",
      reason: "ProgressDeadlineExceeded",
      message: `ReplicaSet "${rsName}" has timed out progressing.`,
    });
    expect(condition(c, "Available")).toMatchObject({ status: "False", reason: "MinimumReplicasUnavailable", message: "Deployment does not have minimum availability." });
  });
});

describe("the default cluster", () => {
  it("leaves coredns's Deployment, ReplicaSet and pods exactly as bootstrapped", () => {
    const c = workloadCluster();
    const snap = () => JSON.stringify(["deployments", "replicasets", "pods"].map((r) => list(c, r as "pods", "kube-system")));
    const before = snap();
    c.settle();
    expect(snap()).toBe(before);
  });
});

describe("bounded work", () => {
  // Only these two controllers: the bound is theirs (the scheduler's cost for thousands of pending pods is its own).
  it("settles a Deployment of 100,000 replicas in 5 virtual minutes with at most 30 + 20/s pods created (the client rate limit)", () => {
    const c = workloadCluster();
    c.api.create(webDeployment(100_000));
    const result = c.settle();
    expect(result.truncated).toBe(false);
    const pods = list(c, "pods").length;
    // A burst of 30, then 20 per second for 300 s.
    expect(pods).toBe(30 + 20 * 300);
    expect(kubectlGet(c, "deployments")).toBe("NAME   READY      UP-TO-DATE   AVAILABLE   AGE\nweb    0/100000   6030         0           5m\n");
  }, 60_000);
});

describe("determinism", () => {
  it("gives byte-identical snapshots when the same scenario runs twice", () => {
    const play = () => {
      const c = readyDeployment();
      setImage(c, "nginx:1.28");
      c.settle({ forMs: second });
      markPodsReady(c, "default", "app=web");
      c.settle();
      return JSON.stringify(c.snapshot());
    };
    expect(play()).toBe(play());
  });
});
