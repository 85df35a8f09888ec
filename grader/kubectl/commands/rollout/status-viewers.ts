// The StatusViewers of StatefulSets and DaemonSets (k8s.io/kubectl/pkg/polymorphichelpers/
// rollout_status.go): one line per observed state, and whether the rollout is done.
import type { KubeObject } from "../../../apiserver/types";
import type { RolloutStatus } from "./status";

interface UpdateStrategy {
  type?: string;
  rollingUpdate?: { partition?: number };
}

interface DaemonSetState {
  metadata: { name?: string; generation?: number };
  spec?: { updateStrategy?: UpdateStrategy };
  status?: { observedGeneration?: number; desiredNumberScheduled?: number; updatedNumberScheduled?: number; numberAvailable?: number };
}

interface StatefulSetState {
  metadata: { name?: string; generation?: number };
  spec?: { replicas?: number; updateStrategy?: UpdateStrategy };
  status?: { observedGeneration?: number; readyReplicas?: number; updatedReplicas?: number; currentReplicas?: number; currentRevision?: string; updateRevision?: string };
}

// Both viewers name appsv1.RollingUpdateStatefulSetStrategyType in the message.
const onlyRollingUpdate = "rollout status is only available for RollingUpdate strategy type";

/** DaemonSetStatusViewer.Status (the revision is ignored: no history for daemon sets there). */
export function daemonSetRolloutStatus(obj: KubeObject): RolloutStatus {
  const ds = obj as unknown as DaemonSetState;
  if (ds.spec?.updateStrategy?.type !== "RollingUpdate") throw new Error(onlyRollingUpdate);
  const status = ds.status ?? {};
  if ((ds.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) return { message: "Waiting for daemon set spec update to be observed...\n", done: false };
  const name = ds.metadata.name ?? "";
  const desired = status.desiredNumberScheduled ?? 0;
  const updated = status.updatedNumberScheduled ?? 0;
  const available = status.numberAvailable ?? 0;
  if (updated < desired) return { message: `Waiting for daemon set "${name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...\n`, done: false };
  if (available < desired) return { message: `Waiting for daemon set "${name}" rollout to finish: ${available} of ${desired} updated pods are available...\n`, done: false };
  return { message: `daemon set "${name}" successfully rolled out\n`, done: true };
}

/** StatefulSetStatusViewer.Status: a RollingUpdate with a partition (defaulted to 0) reports the partitioned roll out. */
export function statefulSetRolloutStatus(obj: KubeObject): RolloutStatus {
  const sts = obj as unknown as StatefulSetState;
  const strategy = sts.spec?.updateStrategy;
  if (strategy?.type !== "RollingUpdate") throw new Error(onlyRollingUpdate);
  const status = sts.status ?? {};
  const observed = status.observedGeneration ?? 0;
  if (observed === 0 || (sts.metadata.generation ?? 0) > observed) return { message: "Waiting for statefulset spec update to be observed...\n", done: false };
  const replicas = sts.spec?.replicas;
  const ready = status.readyReplicas ?? 0;
  const updated = status.updatedReplicas ?? 0;
  if (replicas !== undefined && ready < replicas) return { message: `Waiting for ${replicas - ready} pods to be ready...\n`, done: false };
  if (strategy.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (replicas !== undefined && partition !== undefined && updated < replicas - partition) {
      return { message: `Waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated...\n`, done: false };
    }
    return { message: `partitioned roll out complete: ${updated} new pods have been updated...\n`, done: true };
  }
  if (status.updateRevision !== status.currentRevision) {
    return { message: `waiting for statefulset rolling update to complete ${updated} pods at revision ${status.updateRevision ?? ""}...\n`, done: false };
  }
  return { message: `statefulset rolling update complete ${status.currentReplicas ?? 0} pods at revision ${status.currentRevision ?? ""}...\n`, done: true };
}
