// DaemonSets on a fresh cluster (scheduler, kubelet, controllers), checked
// against pkg/controller/daemon (v1.34): daemon_controller.go manage/syncNodes/
// updateDaemonSetStatus, update.go rollingUpdate, util/daemonset_util.go.
import { describe, it, expect } from "vitest";
import { createCluster, type Cluster } from "../../cluster/cluster";
import type { KubeObject } from "../../apiserver/types";

const gvr = {
  pods: { group: "", version: "v1", resource: "pods" },
  nodes: { group: "", version: "v1", resource: "nodes" },
  events: { group: "", version: "v1", resource: "events" },
  daemonsets: { group: "apps", version: "v1", resource: "daemonsets" },
  revisions: { group: "apps", version: "v1", resource: "controllerrevisions" },
};

function agent(c: Cluster, spec: Record<string, unknown> = {}, strategy?: Record<string, unknown>): void {
  c.api.create({
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "agent", namespace: "default" },
    spec: {
      selector: { matchLabels: { app: "agent" } },
      template: { metadata: { labels: { app: "agent" } }, spec: { containers: [{ name: "agent", image: "busybox:1.36", command: ["sleep", "3600"] }], ...spec } },
      ...(strategy ? { updateStrategy: strategy } : {}),
    },
  });
}

const pods = (c: Cluster) => c.api.list(gvr.pods, { namespace: "default", labelSelector: "app=agent" }).items;
const podNodes = (c: Cluster) => pods(c).map((p) => (p.spec as { nodeName?: string }).nodeName).sort();
const status = (c: Cluster) => c.api.get(gvr.daemonsets, "default", "agent").status;
const eventLines = (c: Cluster) =>
  c.api
    .list(gvr.events, { namespace: "default" })
    .items.filter((e) => (e.involvedObject as { kind: string }).kind === "DaemonSet")
    .map((e) => `${e.reason as string}: ${e.message as string}`);

const threeWorkers = { extraNodes: [{ name: "node02" }, { name: "node03" }] };

describe("DaemonSet controller", () => {
  it("runs one pod on node01 only, since the control plane's NoSchedule taint is not tolerated, and counts it in the status", () => {
    const c = createCluster();
    agent(c);
    c.settle({ forMs: 30_000 });
    expect(podNodes(c)).toEqual(["node01"]);
    expect(status(c)).toEqual({
      currentNumberScheduled: 1,
      numberMisscheduled: 0,
      desiredNumberScheduled: 1,
      numberReady: 1,
      observedGeneration: 1,
      updatedNumberScheduled: 1,
      numberAvailable: 1,
    });
    expect(eventLines(c)).toEqual([`SuccessfulCreate: Created pod: ${pods(c)[0].metadata.name}`]);
  });

  it("gives the pod the daemon tolerations, the revision and generation labels and a node affinity on metadata.name", () => {
    const c = createCluster();
    agent(c);
    c.settle({ forMs: 30_000 });
    const [pod] = pods(c);
    const [revision] = c.api.list(gvr.revisions, { namespace: "default" }).items;
    const hash = revision.metadata.labels?.["controller-revision-hash"];
    expect(revision.metadata.name).toBe(`agent-${hash}`);
    expect(pod.metadata.generateName).toBe("agent-");
    expect(pod.metadata.labels).toEqual({ app: "agent", "controller-revision-hash": hash, "pod-template-generation": "1" });
    const spec = pod.spec as Record<string, unknown>;
    expect(spec.affinity).toEqual({
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: ["node01"] }] }] } },
    });
    // util.AddOrUpdateDaemonPodTolerations
    expect(spec.tolerations).toEqual([
      { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute" },
      { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute" },
      { key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule" },
      { key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule" },
      { key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule" },
      { key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" },
    ]);
  });

  it("also runs on the control plane when the template tolerates its taint", () => {
    const c = createCluster();
    agent(c, { tolerations: [{ key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" }] });
    c.settle({ forMs: 30_000 });
    expect(podNodes(c)).toEqual(["controlplane", "node01"]);
    expect(status(c)).toMatchObject({ desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 2 });
  });

  it("follows a nodeSelector: no pod until a node has the label, and the pod goes when the label does", () => {
    const c = createCluster();
    agent(c, { nodeSelector: { disk: "ssd" } });
    c.settle({ forMs: 10_000 });
    expect(pods(c)).toHaveLength(0);
    expect(status(c)).toEqual({ currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0, observedGeneration: 1 });
    c.api.patch(gvr.nodes, "", "node01", "merge", { metadata: { labels: { disk: "ssd" } } });
    c.settle({ forMs: 30_000 });
    expect(podNodes(c)).toEqual(["node01"]);
    c.api.patch(gvr.nodes, "", "node01", "merge", { metadata: { labels: { disk: null } } });
    c.settle({ forMs: 60_000 });
    expect(pods(c)).toHaveLength(0);
    expect(eventLines(c).filter((l) => l.startsWith("SuccessfulDelete: Deleted pod: agent-"))).toHaveLength(1);
  });

  it("rolls a template change node by node within maxUnavailable 1 and records revision 2", () => {
    const c = createCluster({ topology: threeWorkers });
    agent(c);
    c.settle({ forMs: 30_000 });
    expect(podNodes(c)).toEqual(["node01", "node02", "node03"]);
    c.api.patch(gvr.daemonsets, "default", "agent", "strategic", { spec: { template: { spec: { containers: [{ name: "agent", image: "busybox:1.37" }] } } } });
    let mostUnavailable = 0;
    for (let t = 0; t < 150; t++) {
      c.settle({ forMs: 1000 });
      const ready = pods(c).filter((p) => !p.metadata.deletionTimestamp && ((p.status as { conditions?: { type: string; status: string }[] }).conditions ?? []).some((x) => x.type === "Ready" && x.status === "True"));
      mostUnavailable = Math.max(mostUnavailable, 3 - ready.length);
    }
    expect(mostUnavailable).toBe(1);
    const images = pods(c).map((p) => (p.spec as { containers: { image: string }[] }).containers[0].image);
    expect(images).toEqual(["busybox:1.37", "busybox:1.37", "busybox:1.37"]);
    expect(c.api.list(gvr.revisions, { namespace: "default" }).items.map((r) => r.revision).sort()).toEqual([1, 2]);
    expect(status(c)).toMatchObject({ desiredNumberScheduled: 3, currentNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3, observedGeneration: 2 });
  });

  it("replaces a deleted daemon pod on its node", () => {
    const c = createCluster();
    agent(c);
    c.settle({ forMs: 30_000 });
    const [before] = pods(c);
    c.api.delete(gvr.pods, "default", before.metadata.name ?? "");
    c.settle({ forMs: 60_000 });
    const after = pods(c);
    expect(after).toHaveLength(1);
    expect(after[0].metadata.name).not.toBe(before.metadata.name);
    expect(podNodes(c)).toEqual(["node01"]);
  });

  it("leaves the cluster's own kube-proxy DaemonSet, its pods and its revision as they were", () => {
    const c = createCluster();
    const names = (list: KubeObject[]) => list.map((o) => o.metadata.name);
    const before = names(c.api.list(gvr.pods, { namespace: "kube-system", labelSelector: "k8s-app=kube-proxy" }).items);
    c.settle({ forMs: 60_000 });
    expect(names(c.api.list(gvr.pods, { namespace: "kube-system", labelSelector: "k8s-app=kube-proxy" }).items)).toEqual(before);
    expect(c.api.list(gvr.revisions, { namespace: "kube-system" }).items).toHaveLength(1);
  });
});
