// Which pods a ReplicaSet deletes first when it scales down
// (controller_utils.go ActivePodsWithRanks.Less, replica_set.go getPodsToDelete,
// with PodDeletionCost and LogarithmicScaleDown on, as in v1.34):
//  1. unscheduled before scheduled;
//  2. Pending before Unknown before Running;
//  3. not ready before ready;
//  4. lower controller.kubernetes.io/pod-deletion-cost first;
//  5. more active related pods on the same node first;
//  6. ready for less time first (in log2 buckets of the time since ready);
//  7. more container restarts first;
//  8. newer first (in log2 buckets of the age).
// Upstream breaks ties within a bucket by uid and otherwise leaves the order to
// the sort; here the last tie-breaker is the pod name, so the choice is stable.
import { parseTimestamp } from "../../apiserver/printers/timestamps";
import { isPodActive, isPodReady, podReadyCondition } from "./pod-readiness";
import type { Pod } from "./types";

export const podDeletionCostAnnotation = "controller.kubernetes.io/pod-deletion-cost";

const phaseOrdinal: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/** The annotation as an int32; anything else counts as 0 (helper.GetDeletionCostFromPodAnnotations). */
export function podDeletionCost(pod: Pod): number {
  const text = pod.metadata.annotations?.[podDeletionCostAnnotation];
  if (text === undefined || !/^[+-]?\d+$/.test(text.trim()) || text.trim() !== text) return 0;
  const n = Number(text);
  return n >= -2147483648 && n <= 2147483647 ? n : 0;
}

function maxRestarts(pod: Pod): number {
  return Math.max(0, ...(pod.status?.containerStatuses ?? []).map((c) => c.restartCount ?? 0));
}

// floor(log2(now - t)) in nanoseconds as upstream's logarithmicRankDiff; -1 when not in the past.
function logRank(tMs: number, nowMs: number): number {
  const d = (nowMs - tMs) * 1e6;
  return d > 0 ? Math.floor(Math.log2(d)) : -1;
}

/** Negative when `a` should be deleted before `b`. */
type Compare = (a: Pod, b: Pod) => number;

function timeOrder(ta: number | undefined, tb: number | undefined, nowMs: number, a: Pod, b: Pod): number {
  // Unset first, then the more recent.
  if (ta === undefined || tb === undefined) return ta === undefined ? -1 : 1;
  const diff = logRank(ta, nowMs) - logRank(tb, nowMs);
  if (diff !== 0) return diff;
  const ua = a.metadata.uid ?? "";
  const ub = b.metadata.uid ?? "";
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

function deletionOrder(rank: Map<Pod, number>, nowMs: number): Compare {
  return (a, b) => {
    const na = a.spec?.nodeName ?? "";
    const nb = b.spec?.nodeName ?? "";
    if (na !== nb && (na === "" || nb === "")) return na === "" ? -1 : 1;
    const pa = phaseOrdinal[a.status?.phase ?? ""] ?? 0;
    const pb = phaseOrdinal[b.status?.phase ?? ""] ?? 0;
    if (pa !== pb) return pa - pb;
    const ra = isPodReady(a);
    const rb = isPodReady(b);
    if (ra !== rb) return ra ? 1 : -1;
    const ca = podDeletionCost(a);
    const cb = podDeletionCost(b);
    if (ca !== cb) return ca - cb;
    const ka = rank.get(a) ?? 0;
    const kb = rank.get(b) ?? 0;
    if (ka !== kb) return kb - ka;
    if (ra && rb) {
      const ta = parseTimestamp(podReadyCondition(a)?.lastTransitionTime);
      const tb = parseTimestamp(podReadyCondition(b)?.lastTransitionTime);
      if (ta !== tb) {
        const o = timeOrder(ta, tb, nowMs, a, b);
        if (o !== 0) return o;
      }
    }
    const xa = maxRestarts(a);
    const xb = maxRestarts(b);
    if (xa !== xb) return xb - xa;
    const ta = parseTimestamp(a.metadata.creationTimestamp);
    const tb = parseTimestamp(b.metadata.creationTimestamp);
    if (ta !== tb) {
      const o = timeOrder(ta, tb, nowMs, a, b);
      if (o !== 0) return o;
    }
    const ma = a.metadata.name ?? "";
    const mb = b.metadata.name ?? "";
    return ma < mb ? -1 : ma > mb ? 1 : 0;
  };
}

/**
 * The `count` pods of `pods` to delete first. `relatedPods` are the pods of
 * every ReplicaSet of the same owner: a pod sharing its node with more of them
 * goes first (getPodsRankedByRelatedPodsOnSameNode).
 */
export function podsToDelete(pods: Pod[], relatedPods: Pod[], count: number, nowMs: number): Pod[] {
  if (count >= pods.length) return [...pods];
  const onNode = new Map<string, number>();
  for (const p of relatedPods) {
    if (!isPodActive(p)) continue;
    const node = p.spec?.nodeName ?? "";
    onNode.set(node, (onNode.get(node) ?? 0) + 1);
  }
  const rank = new Map<Pod, number>(pods.map((p) => [p, onNode.get(p.spec?.nodeName ?? "") ?? 0]));
  return [...pods].sort(deletionOrder(rank, nowMs)).slice(0, count);
}
