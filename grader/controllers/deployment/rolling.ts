// RollingUpdate (pkg/controller/deployment/rolling.go): grow the new
// ReplicaSet while the total stays within replicas + maxSurge, then shrink
// the old ones while the available pods stay at least replicas -
// maxUnavailable, unhealthy old replicas first.
import type { DeploymentSyncContext } from "./context";
import { cleanupDeployment, getAllReplicaSetsAndSyncRevision, scaleReplicaSetAndRecordEvent } from "./sync";
import { deploymentComplete, syncRolloutStatus } from "./progress";
import { maxUnavailable, newReplicaSetReplicas, sumSpecReplicas } from "./replicas";
import { byCreation, filterActive } from "./replica-sets";
import { desiredReplicas, type Deployment, type ReplicaSet } from "./types";
import { replicasOf } from "../replicaset/types";

export function rolloutRolling(ctx: DeploymentSyncContext, d: Deployment, rsList: ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d, rsList, true);
  if (!newRS) return;
  const allRSs = [...oldRSs, newRS];
  if (reconcileNewReplicaSet(ctx, allRSs, newRS, d)) return syncRolloutStatus(ctx, allRSs, newRS, d);
  if (reconcileOldReplicaSets(ctx, allRSs, filterActive(oldRSs), newRS, d)) return syncRolloutStatus(ctx, allRSs, newRS, d);
  if (deploymentComplete(d, d.status)) cleanupDeployment(ctx, oldRSs, d);
  syncRolloutStatus(ctx, allRSs, newRS, d);
}

function reconcileNewReplicaSet(ctx: DeploymentSyncContext, allRSs: ReplicaSet[], newRS: ReplicaSet, d: Deployment): boolean {
  const desired = desiredReplicas(d);
  if (replicasOf(newRS) === desired) return false;
  if (replicasOf(newRS) > desired) return scaleReplicaSetAndRecordEvent(ctx, newRS, desired, d).scaled;
  return scaleReplicaSetAndRecordEvent(ctx, newRS, newReplicaSetReplicas(d, allRSs, newRS), d).scaled;
}

function reconcileOldReplicaSets(ctx: DeploymentSyncContext, allRSs: ReplicaSet[], oldRSs: ReplicaSet[], newRS: ReplicaSet, d: Deployment): boolean {
  if (sumSpecReplicas(oldRSs) === 0) return false;
  const allPods = sumSpecReplicas(allRSs);
  const minAvailable = desiredReplicas(d) - maxUnavailable(d);
  const newUnavailable = replicasOf(newRS) - (newRS.status?.availableReplicas ?? 0);
  // Never scale down below minAvailable, counting the new ReplicaSet's unavailable pods as lost.
  const maxScaledDown = allPods - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleaned = cleanupUnhealthyReplicas(ctx, oldRSs, d, maxScaledDown);
  const scaledDown = scaleDownOldReplicaSets(ctx, [...cleaned.oldRSs, newRS], cleaned.oldRSs, d);
  return cleaned.count + scaledDown > 0;
}

/** Old replicas that are not available go first: removing them costs no availability. */
function cleanupUnhealthyReplicas(ctx: DeploymentSyncContext, oldRSs: ReplicaSet[], d: Deployment, maxCleanup: number): { oldRSs: ReplicaSet[]; count: number } {
  const sorted = [...oldRSs].sort(byCreation);
  let total = 0;
  for (let i = 0; i < sorted.length && total < maxCleanup; i++) {
    const rs = sorted[i];
    const available = rs.status?.availableReplicas ?? 0;
    if (replicasOf(rs) === 0 || replicasOf(rs) === available) continue;
    const count = Math.min(maxCleanup - total, replicasOf(rs) - available);
    sorted[i] = scaleReplicaSetAndRecordEvent(ctx, rs, replicasOf(rs) - count, d).rs;
    total += count;
  }
  return { oldRSs: sorted, count: total };
}

function scaleDownOldReplicaSets(ctx: DeploymentSyncContext, allRSs: ReplicaSet[], oldRSs: ReplicaSet[], d: Deployment): number {
  const minAvailable = desiredReplicas(d) - maxUnavailable(d);
  const available = allRSs.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
  if (available <= minAvailable) return 0;
  const toScaleDown = available - minAvailable;
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= toScaleDown) break;
    if (replicasOf(rs) === 0) continue;
    const count = Math.min(replicasOf(rs), toScaleDown - total);
    scaleReplicaSetAndRecordEvent(ctx, rs, replicasOf(rs) - count, d);
    total += count;
  }
  return total;
}
