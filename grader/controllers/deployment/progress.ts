// Rollout progress (pkg/controller/deployment/progress.go): the Progressing
// condition says the new ReplicaSet is progressing, has successfully
// progressed, or has timed out after progressDeadlineSeconds without progress
// (measured on the virtual clock from the condition's lastUpdateTime); the
// ReplicaSets' ReplicaFailure conditions are carried over.
import { goQuote } from "../../apiserver/errors";
import { parseTimestamp } from "../../apiserver/printers/timestamps";
import {
  getDeploymentCondition,
  newDeploymentCondition,
  newRSAvailableReason,
  progressingCondition,
  removeDeploymentCondition,
  replicaFailureCondition,
  replicaSetUpdatedReason,
  setDeploymentCondition,
  timedOutReason,
} from "./conditions";
import type { DeploymentSyncContext } from "./context";
import { calculateStatus, hasProgressDeadline, sameStatus, updateDeploymentStatus } from "./sync";
import { desiredReplicas, type Deployment, type DeploymentCondition, type DeploymentStatus, type ReplicaSet } from "./types";

/** DeploymentComplete: every desired replica updated and available, no old ones left, the spec observed. */
export function deploymentComplete(d: Deployment, s: DeploymentStatus | undefined): boolean {
  const desired = desiredReplicas(d);
  return (
    (s?.updatedReplicas ?? 0) === desired &&
    (s?.replicas ?? 0) === desired &&
    (s?.availableReplicas ?? 0) === desired &&
    (s?.observedGeneration ?? 0) >= (d.metadata.generation ?? 0)
  );
}

/** DeploymentProgressing: more updated, ready or available pods, or fewer old ones, than the last status said. */
export function deploymentProgressing(d: Deployment, s: DeploymentStatus): boolean {
  const old = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
  return (
    (s.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) ||
    newOld < oldOld ||
    (s.readyReplicas ?? 0) > (old.readyReplicas ?? 0) ||
    (s.availableReplicas ?? 0) > (old.availableReplicas ?? 0)
  );
}

/** DeploymentTimedOut: no progress reported for longer than progressDeadlineSeconds. */
export function deploymentTimedOut(d: Deployment, s: DeploymentStatus, nowMs: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const cond = getDeploymentCondition(s, progressingCondition);
  if (!cond || cond.reason === newRSAvailableReason) return false;
  if (cond.reason === timedOutReason) return true;
  const from = parseTimestamp(cond.lastUpdateTime) ?? 0;
  return from + (d.spec.progressDeadlineSeconds ?? 0) * 1000 < nowMs;
}

// Module-level, not a closure per sync: under tsx (keepNames) every named closure costs a defineProperty.
function replicaFailuresOf(rs: ReplicaSet | undefined): DeploymentCondition[] {
  return (rs?.status?.conditions ?? [])
    .filter((c) => c.type === replicaFailureCondition)
    .map((c) => ({ type: c.type, status: c.status, lastUpdateTime: c.lastTransitionTime, lastTransitionTime: c.lastTransitionTime, reason: c.reason, message: c.message }));
}

function replicaFailures(allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined): DeploymentCondition[] {
  const fromNew = replicaFailuresOf(newRS);
  return fromNew.length ? fromNew : allRSs.flatMap((rs) => replicaFailuresOf(rs));
}

/** syncRolloutStatus: the status with progress estimated; requeues to check the deadline when nothing changed. */
export function syncRolloutStatus(ctx: DeploymentSyncContext, allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined, d: Deployment): void {
  const now = ctx.clock.now();
  const status = calculateStatus(allRSs, newRS, d, now);
  if (!hasProgressDeadline(d)) removeDeploymentCondition(status, progressingCondition);

  const current = getDeploymentCondition(d.status, progressingCondition);
  const isCompleteDeployment = status.replicas === status.updatedReplicas && current?.reason === newRSAvailableReason;
  if (hasProgressDeadline(d) && !isCompleteDeployment) {
    const rsName = newRS ? goQuote(newRS.metadata.name ?? "") : undefined;
    const deploymentName = goQuote(d.metadata.name ?? "");
    if (deploymentComplete(d, status)) {
      const msg = rsName ? `ReplicaSet ${rsName} has successfully progressed.` : `Deployment ${deploymentName} has successfully progressed.`;
      setDeploymentCondition(status, newDeploymentCondition(progressingCondition, "True", newRSAvailableReason, msg, now));
    } else if (deploymentProgressing(d, status)) {
      const msg = rsName ? `ReplicaSet ${rsName} is progressing.` : `Deployment ${deploymentName} is progressing.`;
      const condition = newDeploymentCondition(progressingCondition, "True", replicaSetUpdatedReason, msg, now);
      // Progress refreshes lastUpdateTime even with the same reason; lastTransitionTime stays while it is True.
      if (current) {
        if (current.status === "True") condition.lastTransitionTime = current.lastTransitionTime;
        removeDeploymentCondition(status, progressingCondition);
      }
      setDeploymentCondition(status, condition);
    } else if (deploymentTimedOut(d, status, now)) {
      const msg = rsName ? `ReplicaSet ${rsName} has timed out progressing.` : `Deployment ${deploymentName} has timed out progressing.`;
      setDeploymentCondition(status, newDeploymentCondition(progressingCondition, "False", timedOutReason, msg, now));
    }
  }

  const failures = replicaFailures(allRSs, newRS);
  if (failures.length) setDeploymentCondition(status, failures[0]);
  else removeDeploymentCondition(status, replicaFailureCondition);

  if (sameStatus(d.status, status)) {
    requeueStuckDeployment(ctx, d, status);
    return;
  }
  d.status = status;
  updateDeploymentStatus(ctx, d);
}

/** requeueStuckDeployment: look again when the progress deadline would pass (plus a second, as upstream). */
function requeueStuckDeployment(ctx: DeploymentSyncContext, d: Deployment, status: DeploymentStatus): void {
  const current = getDeploymentCondition(d.status, progressingCondition);
  if (!hasProgressDeadline(d) || !current) return;
  if (deploymentComplete(d, status) || current.reason === timedOutReason) return;
  const after = (parseTimestamp(current.lastUpdateTime) ?? 0) + (d.spec.progressDeadlineSeconds ?? 0) * 1000 - ctx.clock.now();
  ctx.requeueAfter(after < 1000 ? 0 : after + 1000);
}
