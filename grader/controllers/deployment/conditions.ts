// Deployment conditions and their reasons (deployment_util.go), with the
// rule of SetDeploymentCondition: the same status and reason change nothing;
// the same status keeps lastTransitionTime; a changed condition moves last.
import { formatRFC3339 } from "../../clock/rfc3339";
import type { DeploymentCondition, DeploymentStatus } from "./types";

export const availableCondition = "Available";
export const progressingCondition = "Progressing";
export const replicaFailureCondition = "ReplicaFailure";

// Progressing reasons.
/** A ReplicaSet of the rollout was scaled or its pods progressed. */
export const replicaSetUpdatedReason = "ReplicaSetUpdated";
/** The new ReplicaSet could not be created. */
export const failedRSCreateReason = "ReplicaSetCreateError";
/** The Deployment created its new ReplicaSet. */
export const newReplicaSetReason = "NewReplicaSetCreated";
/** The Deployment found (adopted) its new ReplicaSet. */
export const foundNewRSReason = "FoundNewReplicaSet";
/** The new ReplicaSet has every desired replica available. */
export const newRSAvailableReason = "NewReplicaSetAvailable";
/** No progress within progressDeadlineSeconds. */
export const timedOutReason = "ProgressDeadlineExceeded";
/** Paused: progress is not estimated. */
export const pausedDeployReason = "DeploymentPaused";
/** Resumed: progress is estimated again from now. */
export const resumedDeployReason = "DeploymentResumed";

// Available reasons.
export const minimumReplicasAvailable = "MinimumReplicasAvailable";
export const minimumReplicasUnavailable = "MinimumReplicasUnavailable";

export function newDeploymentCondition(type: string, status: string, reason: string, message: string, nowMs: number): DeploymentCondition {
  const now = formatRFC3339(nowMs);
  return { type, status, lastUpdateTime: now, lastTransitionTime: now, reason, message };
}

export function getDeploymentCondition(status: DeploymentStatus | undefined, type: string): DeploymentCondition | undefined {
  return status?.conditions?.find((c) => c.type === type);
}

export function setDeploymentCondition(status: DeploymentStatus, condition: DeploymentCondition): void {
  const current = getDeploymentCondition(status, condition.type);
  if (current && current.status === condition.status && current.reason === condition.reason) return;
  const next = { ...condition };
  if (current && current.status === condition.status) next.lastTransitionTime = current.lastTransitionTime;
  status.conditions = [...(status.conditions ?? []).filter((c) => c.type !== condition.type), next];
}

export function removeDeploymentCondition(status: DeploymentStatus, type: string): void {
  const rest = (status.conditions ?? []).filter((c) => c.type !== type);
  if (rest.length) status.conditions = rest;
  else delete status.conditions;
}
