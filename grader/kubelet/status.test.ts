// generatePodStatus keeps the conditions other components own, as
// generateAPIPodStatus does (pkg/kubelet/kubelet_pods.go: "preserve all
// conditions not owned by the kubelet", kubetypes.PodConditionByKubelet).
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../apiserver/types";
import type { ContainerRecord, PodRecord } from "./pod-state";
import { generatePodStatus } from "./status";

type Json = Record<string, unknown>;

function record(conditions: Json[]): PodRecord {
  const app: ContainerRecord = {
    name: "app",
    kind: "app",
    spec: { name: "app", image: "busybox:1.36" },
    state: { kind: "running", startedAt: 1000 },
    restartCount: 0,
    instances: 1,
    containerID: "containerd://0",
    ready: true,
    started: true,
    busy: false,
    probes: new Map(),
  };
  const pod = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "p", namespace: "default", uid: "u" },
    spec: { containers: [{ name: "app", image: "busybox:1.36" }] },
    status: { conditions },
  } as KubeObject;
  return { key: "default/p", uid: "u", node: "node01", pod, podIP: "192.168.1.4", hostIP: "172.30.1.2", startTime: 0, containers: new Map([["app", app]]), initialized: true, timers: new Set() };
}

const disruptionTarget = {
  type: "DisruptionTarget",
  status: "True",
  lastProbeTime: null,
  lastTransitionTime: "2026-01-01T00:01:00Z",
  reason: "DeletionByTaintManager",
  message: "Taint manager: deleting due to NoExecute taint",
};

describe("generatePodStatus: conditions the kubelet does not own", () => {
  it("keeps DisruptionTarget (written by the taint eviction controller) ahead of the kubelet's own conditions", () => {
    const scheduled = { type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: "2026-01-01T00:00:00Z" };
    const status = generatePodStatus(record([scheduled, disruptionTarget]), 120_000);
    const types = (status.conditions as Json[]).map((c) => c.type);
    expect(types).toEqual(["DisruptionTarget", "PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"]);
    expect((status.conditions as Json[])[0]).toEqual(disruptionTarget);
  });

  it("keeps a readiness-gate condition and still regenerates Ready", () => {
    const gate = { type: "example.com/feature-1", status: "False", lastProbeTime: null, lastTransitionTime: "2026-01-01T00:00:00Z" };
    const staleReady = { type: "Ready", status: "False", lastProbeTime: null, lastTransitionTime: "2026-01-01T00:00:00Z", reason: "ContainersNotReady" };
    const conditions = generatePodStatus(record([gate, staleReady]), 120_000).conditions as Json[];
    expect(conditions.filter((c) => c.type === "example.com/feature-1")).toEqual([gate]);
    expect(conditions.filter((c) => c.type === "Ready")).toHaveLength(1);
  });
});
