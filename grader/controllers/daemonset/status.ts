// updateDaemonSetStatus / storeDaemonSetStatus (daemon_controller.go): per
// node that should run the pod, whether one is scheduled there, ready,
// available and updated (the oldest scheduled pod counts); pods on nodes that
// should not run one are misscheduled.
import { isPodAvailable, isPodReady } from "../replicaset/pod-readiness";
import type { Pod } from "../replicaset/types";
import { nodeShouldRunDaemonPod } from "./node-eligibility";
import { isPodUpdated, templateGeneration } from "./pod-template";
import type { DaemonSet, DaemonSetStatus, Node } from "./types";

/** podByCreationTimestampAndPhase: scheduled pods first, then oldest, then by name. */
export function byCreation(a: Pod, b: Pod): number {
  const sa = a.spec?.nodeName ? 0 : 1;
  const sb = b.spec?.nodeName ? 0 : 1;
  if (sa !== sb) return sa - sb;
  const ta = a.metadata.creationTimestamp ?? "";
  const tb = b.metadata.creationTimestamp ?? "";
  if (ta !== tb) return ta < tb ? -1 : 1;
  return (a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1;
}

export function calculateDaemonSetStatus(ds: DaemonSet, nodes: Node[], podsByNode: Map<string, Pod[]>, hash: string, nowMs: number): DaemonSetStatus {
  let desired = 0;
  let current = 0;
  let misscheduled = 0;
  let ready = 0;
  let available = 0;
  let updated = 0;
  const generation = templateGeneration(ds);
  for (const node of nodes) {
    const { shouldRun } = nodeShouldRunDaemonPod(node, ds);
    const pods = podsByNode.get(node.metadata.name ?? "") ?? [];
    if (!shouldRun) {
      if (pods.length) misscheduled++;
      continue;
    }
    desired++;
    if (!pods.length) continue;
    current++;
    const pod = [...pods].sort(byCreation)[0];
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, ds.spec.minReadySeconds ?? 0, nowMs)) available++;
    }
    if (isPodUpdated(pod, hash, generation)) updated++;
  }
  const status: DaemonSetStatus = {
    currentNumberScheduled: current,
    numberMisscheduled: misscheduled,
    desiredNumberScheduled: desired,
    numberReady: ready,
    observedGeneration: ds.metadata.generation,
  };
  if (updated) status.updatedNumberScheduled = updated;
  if (available) status.numberAvailable = available;
  if (desired - available) status.numberUnavailable = desired - available;
  if (ds.status?.collisionCount !== undefined) status.collisionCount = ds.status.collisionCount;
  if (ds.status?.conditions) status.conditions = ds.status.conditions;
  return status;
}

export function daemonSetStatusChanged(ds: DaemonSet, status: DaemonSetStatus): boolean {
  const s = ds.status;
  return (
    s?.desiredNumberScheduled !== status.desiredNumberScheduled ||
    s.currentNumberScheduled !== status.currentNumberScheduled ||
    s.numberMisscheduled !== status.numberMisscheduled ||
    s.numberReady !== status.numberReady ||
    (s.updatedNumberScheduled ?? 0) !== (status.updatedNumberScheduled ?? 0) ||
    (s.numberAvailable ?? 0) !== (status.numberAvailable ?? 0) ||
    (s.numberUnavailable ?? 0) !== (status.numberUnavailable ?? 0) ||
    (s.observedGeneration ?? 0) < (ds.metadata.generation ?? 0) ||
    s.collisionCount !== status.collisionCount
  );
}
