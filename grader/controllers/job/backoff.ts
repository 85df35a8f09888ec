// The pod failure back-off of a Job (pkg/controller/job/backoff_utils.go):
// how many pods failed since the last success, when the last one did, and so
// how long to wait before creating the next pod.
import type { KubeObject } from "../../apiserver/types";
import { parseRFC3339 } from "../../clock/rfc3339";
import { defaultPodFailureBackOffMs, maxPodFailureBackOffMs } from "./constants";

export interface BackoffRecord {
  failuresAfterLastSuccess: number;
  lastFailureTime?: number;
}

type Json = Record<string, unknown>;

function readyFalseTime(pod: KubeObject): number | undefined {
  const conditions = ((pod.status as Json | undefined)?.conditions ?? []) as { type: string; status: string; lastTransitionTime?: string }[];
  const ready = conditions.find((c) => c.type === "Ready");
  return ready?.status === "False" && ready.lastTransitionTime ? parseRFC3339(ready.lastTransitionTime) : undefined;
}

/** getFinishedTime: the last container's finishedAt, else when Ready turned False, else the deletion time, else creation. */
export function podFinishedTime(pod: KubeObject): number {
  let latest: number | undefined;
  const statuses = ((pod.status as Json | undefined)?.containerStatuses ?? []) as { state?: { terminated?: { finishedAt?: string } } }[];
  for (const s of statuses) {
    const at = s.state?.terminated?.finishedAt;
    if (at) latest = Math.max(latest ?? -Infinity, parseRFC3339(at));
  }
  if (latest !== undefined) return latest;
  const readyFalse = readyFalseTime(pod);
  if (readyFalse !== undefined) return readyFalse;
  if (pod.metadata.deletionTimestamp) return parseRFC3339(pod.metadata.deletionTimestamp) - (pod.metadata.deletionGracePeriodSeconds ?? 0) * 1000;
  return parseRFC3339(pod.metadata.creationTimestamp ?? "1970-01-01T00:00:00Z");
}

/** newBackoffRecord: the stored record moved forward by the pods that newly finished. */
export function nextBackoffRecord(prev: BackoffRecord, newSucceeded: KubeObject[], newFailed: KubeObject[]): BackoffRecord {
  const failedTimes = newFailed.map(podFinishedTime).sort((a, b) => a - b);
  if (newSucceeded.length === 0) {
    if (failedTimes.length === 0) return prev;
    return { failuresAfterLastSuccess: prev.failuresAfterLastSuccess + failedTimes.length, lastFailureTime: failedTimes[failedTimes.length - 1] };
  }
  const lastSuccess = Math.max(...newSucceeded.map(podFinishedTime));
  const after = failedTimes.filter((t) => t > lastSuccess);
  return after.length === 0 ? { failuresAfterLastSuccess: 0 } : { failuresAfterLastSuccess: after.length, lastFailureTime: after[after.length - 1] };
}

/** getRemainingTime: 10 s · 2^(failures−1), capped, minus the time since the last failure; 0 when none is due. */
export function remainingBackoffMs(record: BackoffRecord, nowMs: number): number {
  if (record.failuresAfterLastSuccess === 0 || record.lastFailureTime === undefined) return 0;
  let backoff = defaultPodFailureBackOffMs;
  for (let i = 1; i < record.failuresAfterLastSuccess; i++) {
    backoff *= 2;
    if (backoff >= maxPodFailureBackOffMs) {
      backoff = maxPodFailureBackOffMs;
      break;
    }
  }
  const elapsed = nowMs - record.lastFailureTime;
  return backoff < elapsed ? 0 : backoff - elapsed;
}
