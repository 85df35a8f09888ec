// Recreate (pkg/controller/deployment/recreate.go): scale every old
// ReplicaSet to zero, wait until none of their pods is left running, then
// create (or scale up) the new ReplicaSet at full size.
import { labelSelectorFromMeta, formatLabelSelector } from "../../apiserver/selectors";
import { controllerOf } from "../replicaset/controller-ref";
import { podsGVR, type Pod } from "../replicaset/types";
import type { DeploymentSyncContext } from "./context";
import { cleanupDeployment, getAllReplicaSetsAndSyncRevision, scaleReplicaSetAndRecordEvent } from "./sync";
import { deploymentComplete, syncRolloutStatus } from "./progress";
import { filterActive } from "./replica-sets";
import { desiredReplicas, type Deployment, type ReplicaSet } from "./types";

/** getPodMapForDeployment: the Deployment's pods, by the uid of the ReplicaSet that controls them. */
export function podsByReplicaSet(ctx: DeploymentSyncContext, d: Deployment, rsList: ReplicaSet[]): Map<string, Pod[]> {
  const byUid = new Map<string, Pod[]>(rsList.map((rs) => [rs.metadata.uid ?? "", []]));
  const labelSelector = formatLabelSelector(labelSelectorFromMeta(d.spec.selector));
  for (const pod of ctx.api.list(podsGVR, { namespace: d.metadata.namespace, labelSelector, readOnly: true }).items) {
    const ref = controllerOf(pod);
    if (ref && byUid.has(ref.uid)) byUid.get(ref.uid)!.push(pod as Pod);
  }
  return byUid;
}

function oldPodsRunning(newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[], podMap: Map<string, Pod[]>): boolean {
  if (oldRSs.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0) > 0) return true;
  for (const [uid, pods] of podMap) {
    if (newRS && newRS.metadata.uid === uid) continue;
    // Anything but Failed or Succeeded may still be running.
    if (pods.some((p) => p.status?.phase !== "Failed" && p.status?.phase !== "Succeeded")) return true;
  }
  return false;
}

export function rolloutRecreate(ctx: DeploymentSyncContext, d: Deployment, rsList: ReplicaSet[]): void {
  let { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d, rsList, false);
  let allRSs = [...oldRSs, newRS];
  let scaledDown = false;
  for (const rs of filterActive(oldRSs)) if (scaleReplicaSetAndRecordEvent(ctx, rs, 0, d).scaled) scaledDown = true;
  if (scaledDown) return syncRolloutStatus(ctx, allRSs, newRS, d);
  if (oldPodsRunning(newRS, oldRSs, podsByReplicaSet(ctx, d, rsList))) return syncRolloutStatus(ctx, allRSs, newRS, d);
  if (!newRS) {
    ({ newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d, rsList, true));
    allRSs = [...oldRSs, newRS];
  }
  if (newRS) scaleReplicaSetAndRecordEvent(ctx, newRS, desiredReplicas(d), d);
  if (deploymentComplete(d, d.status)) cleanupDeployment(ctx, oldRSs, d);
  syncRolloutStatus(ctx, allRSs, newRS, d);
}
