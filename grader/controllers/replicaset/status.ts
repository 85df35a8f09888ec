// A ReplicaSet's status as replica_set.go calculateStatus and
// updateReplicaSetStatus write it: counts of the claimed active pods as they
// were when the sync began, and a ReplicaFailure condition while creating or
// deleting pods fails. Zero counts are left out (omitempty), except replicas.
import { formatRFC3339 } from "../../clock/rfc3339";
import { labelSelectorMatches, labelSelectorFromMeta } from "../../apiserver/selectors";
import { isReadyConditionAvailable, podReadyCondition } from "./pod-readiness";
import { replicasOf, type Pod, type PodCondition, type ReplicaSet, type ReplicaSetCondition, type ReplicaSetStatus } from "./types";

export const replicaFailureCondition = "ReplicaFailure";
/** Reasons of the ReplicaFailure condition, as the events that go with it. */
export const failedCreateReason = "FailedCreate";
export const failedDeleteReason = "FailedDelete";

/** What the counts need of a pod: whether it has all the template's labels, its Ready condition. */
export type PodCountFacts = (pod: Pod) => { fullyLabeled: boolean; ready: PodCondition | undefined };

export function calculateReplicaSetStatus(rs: ReplicaSet, pods: Pod[], manageError: Error | undefined, nowMs: number, factsOf?: PodCountFacts): ReplicaSetStatus {
  const templateLabels = rs.spec.template?.metadata?.labels ?? {};
  const fullyLabeledSelector = factsOf ? undefined : labelSelectorFromMeta({ matchLabels: templateLabels });
  const minReadySeconds = rs.spec.minReadySeconds ?? 0;
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  for (const pod of pods) {
    const facts = factsOf?.(pod);
    if (facts ? facts.fullyLabeled : labelSelectorMatches(fullyLabeledSelector!, pod.metadata.labels)) fullyLabeled++;
    const readyCondition = facts ? facts.ready : podReadyCondition(pod);
    if (readyCondition?.status === "True") {
      ready++;
      if (isReadyConditionAvailable(readyCondition, minReadySeconds, nowMs)) available++;
    }
  }
  return replicaSetStatusFromCounts(rs, { replicas: pods.length, fullyLabeled, ready, available }, manageError, nowMs);
}

export interface ReplicaSetCounts {
  replicas: number;
  fullyLabeled: number;
  ready: number;
  available: number;
}

/** The status given the counts of the claimed active pods. */
export function replicaSetStatusFromCounts(rs: ReplicaSet, counts: ReplicaSetCounts, manageError: Error | undefined, nowMs: number): ReplicaSetStatus {
  const { fullyLabeled, ready, available } = counts;
  let conditions: ReplicaSetCondition[] = [...(rs.status?.conditions ?? [])];
  const failure = conditions.find((c) => c.type === replicaFailureCondition);
  if (manageError && !failure) {
    const diff = counts.replicas - replicasOf(rs);
    const reason = diff < 0 ? failedCreateReason : diff > 0 ? failedDeleteReason : "";
    conditions.push({
      type: replicaFailureCondition,
      status: "True",
      lastTransitionTime: formatRFC3339(nowMs),
      reason,
      message: manageError.message,
    });
  } else if (!manageError && failure) {
    conditions = conditions.filter((c) => c.type !== replicaFailureCondition);
  }

  const status: ReplicaSetStatus = { replicas: counts.replicas };
  if (fullyLabeled) status.fullyLabeledReplicas = fullyLabeled;
  if (ready) status.readyReplicas = ready;
  if (available) status.availableReplicas = available;
  if (rs.status?.observedGeneration) status.observedGeneration = rs.status.observedGeneration;
  if (conditions.length) status.conditions = conditions;
  return status;
}

/** Whether the stored status already says this (and observed the current generation). */
export function replicaSetStatusUpToDate(rs: ReplicaSet, status: ReplicaSetStatus): boolean {
  const s = rs.status;
  return (
    (s?.replicas ?? 0) === status.replicas &&
    (s?.fullyLabeledReplicas ?? 0) === (status.fullyLabeledReplicas ?? 0) &&
    (s?.readyReplicas ?? 0) === (status.readyReplicas ?? 0) &&
    (s?.availableReplicas ?? 0) === (status.availableReplicas ?? 0) &&
    (s?.observedGeneration ?? 0) === (rs.metadata.generation ?? 0) &&
    JSON.stringify(s?.conditions ?? []) === JSON.stringify(status.conditions ?? [])
  );
}
