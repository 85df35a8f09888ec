// The pod predicates of stateful_set_utils.go: created (has a phase),
// running and ready, available for minReadySeconds, terminating, healthy.
import { isPodAvailable, isPodReady } from "../replicaset/pod-readiness";
import type { Pod } from "../replicaset/types";

export function isCreated(pod: Pod): boolean {
  return !!pod.status?.phase;
}

export function isRunningAndReady(pod: Pod): boolean {
  return pod.status?.phase === "Running" && isPodReady(pod);
}

export function isRunningAndAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  return pod.status?.phase === "Running" && isPodAvailable(pod, minReadySeconds, nowMs);
}

export function isTerminating(pod: Pod): boolean {
  return !!pod.metadata.deletionTimestamp;
}

export function isHealthy(pod: Pod): boolean {
  return isRunningAndReady(pod) && !isTerminating(pod);
}

/** Failed or Succeeded: the pod is deleted and made again. */
export function isFinished(pod: Pod): boolean {
  return pod.status?.phase === "Failed" || pod.status?.phase === "Succeeded";
}

export function isPending(pod: Pod): boolean {
  return pod.status?.phase === "Pending";
}
