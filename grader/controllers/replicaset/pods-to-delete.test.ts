import { describe, it, expect } from "vitest";
import { podsToDelete } from "./pods-to-delete";
import type { Pod } from "./types";
import { formatRFC3339 } from "../../clock/rfc3339";

const now = Date.UTC(2026, 0, 1, 1, 0, 0);
const at = (secondsAgo: number) => formatRFC3339(now - secondsAgo * 1000);

function pod(name: string, o: { node?: string; phase?: string; readySecondsAgo?: number; restarts?: number; createdSecondsAgo?: number; cost?: string } = {}): Pod {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      uid: `uid-${name}`,
      creationTimestamp: at(o.createdSecondsAgo ?? 3600),
      ...(o.cost ? { annotations: { "controller.kubernetes.io/pod-deletion-cost": o.cost } } : {}),
    },
    spec: o.node ? { nodeName: o.node } : {},
    status: {
      phase: o.phase ?? "Running",
      conditions: o.readySecondsAgo !== undefined ? [{ type: "Ready", status: "True", lastTransitionTime: at(o.readySecondsAgo) }] : [],
      containerStatuses: [{ restartCount: o.restarts ?? 0 }],
    },
  };
}

// Cases follow the rules of controller_utils.go ActivePodsWithRanks.Less, one rule per case.
describe("which pod a ReplicaSet deletes first (controller_utils.go ActivePodsWithRanks)", () => {
  it.each([
    { rule: "an unscheduled pod before a scheduled one", pods: [pod("a", { node: "n1", readySecondsAgo: 60 }), pod("b", { phase: "Pending" })], first: "b" },
    { rule: "a Pending pod before a Running one", pods: [pod("a", { node: "n1" }), pod("b", { node: "n1", phase: "Pending" })], first: "b" },
    { rule: "a not ready pod before a ready one", pods: [pod("a", { node: "n1", readySecondsAgo: 60 }), pod("b", { node: "n1" })], first: "b" },
    { rule: "a lower pod-deletion-cost first", pods: [pod("a", { node: "n1", cost: "10" }), pod("b", { node: "n1", cost: "-5" })], first: "b" },
    { rule: "a pod sharing its node with more related pods first", pods: [pod("a", { node: "n1" }), pod("b", { node: "n2" }), pod("c", { node: "n2" })], first: "b" },
    { rule: "the pod ready for less time first (log2 buckets)", pods: [pod("a", { node: "n1", readySecondsAgo: 3000 }), pod("b", { node: "n2", readySecondsAgo: 10 })], first: "b" },
    { rule: "the pod with more container restarts first", pods: [pod("a", { node: "n1" }), pod("b", { node: "n2", restarts: 4 })], first: "b" },
    { rule: "the newer pod first (log2 buckets)", pods: [pod("a", { node: "n1", createdSecondsAgo: 5000 }), pod("b", { node: "n2", createdSecondsAgo: 5 })], first: "b" },
  ])("deletes $rule", ({ pods, first }) => {
    expect(podsToDelete(pods, pods, 1, now).map((p) => p.metadata.name)).toEqual([first]);
  });

  it("returns every pod when asked for as many as there are", () => {
    const pods = [pod("a"), pod("b")];
    expect(podsToDelete(pods, pods, 2, now)).toHaveLength(2);
  });
});
