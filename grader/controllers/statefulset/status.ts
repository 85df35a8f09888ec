// A StatefulSet's status (stateful_set_control.go updateStatus,
// computeReplicaStatus, completeRollingUpdate, inconsistentStatus): counts of
// the created pods; current and updated replicas by the pods'
// controller-revision-hash label; once every replica is updated and ready, the
// update revision becomes the current one.
import type { Pod } from "../replicaset/types";
import { statefulSetRevisionLabel } from "./identity";
import { isCreated, isRunningAndAvailable, isRunningAndReady, isTerminating } from "./pod-state";
import type { StatefulSet, StatefulSetStatus } from "./types";

export function countReplicas(
  status: StatefulSetStatus,
  pods: readonly Pod[],
  minReadySeconds: number,
  nowMs: number,
): StatefulSetStatus {
  let replicas = 0;
  let ready = 0;
  let available = 0;
  let current = 0;
  let updated = 0;
  for (const pod of pods) {
    if (isCreated(pod)) replicas++;
    if (isRunningAndReady(pod)) {
      ready++;
      if (isRunningAndAvailable(pod, minReadySeconds, nowMs)) available++;
    }
    if (isCreated(pod) && !isTerminating(pod)) {
      const revision = pod.metadata.labels?.[statefulSetRevisionLabel];
      if (revision === status.currentRevision) current++;
      if (revision === status.updateRevision) updated++;
    }
  }
  const out: StatefulSetStatus = { ...status, replicas, availableReplicas: available };
  delete out.readyReplicas;
  delete out.currentReplicas;
  delete out.updatedReplicas;
  if (ready) out.readyReplicas = ready;
  if (current) out.currentReplicas = current;
  if (updated) out.updatedReplicas = updated;
  return out;
}

export function completeRollingUpdate(set: StatefulSet, status: StatefulSetStatus): StatefulSetStatus {
  if (
    set.spec.updateStrategy?.type === "RollingUpdate" &&
    (status.updatedReplicas ?? 0) === status.replicas &&
    (status.readyReplicas ?? 0) === status.replicas
  ) {
    const out = { ...status, currentRevision: status.updateRevision };
    delete out.currentReplicas;
    if (status.updatedReplicas) out.currentReplicas = status.updatedReplicas;
    return out;
  }
  return status;
}

/** inconsistentStatus: whether the stored status differs from the computed one. */
export function statusChanged(set: StatefulSet, status: StatefulSetStatus): boolean {
  const s = set.status;
  return (
    s?.observedGeneration === undefined ||
    (status.observedGeneration ?? 0) > s.observedGeneration ||
    status.replicas !== (s.replicas ?? 0) ||
    (status.currentReplicas ?? 0) !== (s.currentReplicas ?? 0) ||
    (status.readyReplicas ?? 0) !== (s.readyReplicas ?? 0) ||
    (status.updatedReplicas ?? 0) !== (s.updatedReplicas ?? 0) ||
    (status.currentRevision ?? "") !== (s.currentRevision ?? "") ||
    (status.availableReplicas ?? 0) !== (s.availableReplicas ?? 0) ||
    (status.updateRevision ?? "") !== (s.updateRevision ?? "")
  );
}
