// Pod readiness and availability as pkg/api/v1/pod/util.go decides them
// (IsPodReady, IsPodAvailable) and controller_utils.go's IsPodActive.
import { parseTimestamp } from "../../apiserver/printers/timestamps";
import type { Pod, PodCondition } from "./types";

export function podReadyCondition(pod: Pod): PodCondition | undefined {
  const conditions = pod.status?.conditions;
  if (!conditions) return undefined;
  // A plain loop: the ReplicaSet status looks at every pod on every sync.
  for (let i = 0; i < conditions.length; i++) if (conditions[i].type === "Ready") return conditions[i];
  return undefined;
}

export function isPodReady(pod: Pod): boolean {
  return podReadyCondition(pod)?.status === "True";
}

/** Ready for longer than minReadySeconds; the comparison is strict, as time.Before. */
export function isPodAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  return isReadyConditionAvailable(podReadyCondition(pod), minReadySeconds, nowMs);
}

/** isPodAvailable given the pod's Ready condition (for callers that already have it). */
export function isReadyConditionAvailable(ready: PodCondition | undefined, minReadySeconds: number, nowMs: number): boolean {
  if (ready?.status !== "True") return false;
  if (minReadySeconds === 0) return true;
  const since = parseTimestamp(ready.lastTransitionTime);
  return since !== undefined && since + minReadySeconds * 1000 < nowMs;
}

/** When a ready but not yet available pod becomes available (the first ms past the deadline), if it will. */
export function availableAtMs(pod: Pod, minReadySeconds: number): number | undefined {
  if (!isPodReady(pod) || minReadySeconds === 0) return undefined;
  const since = parseTimestamp(podReadyCondition(pod)?.lastTransitionTime);
  return since === undefined ? undefined : since + minReadySeconds * 1000 + 1;
}

/** Neither finished nor being deleted. */
export function isPodActive(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== "Succeeded" && phase !== "Failed" && !pod.metadata.deletionTimestamp;
}
