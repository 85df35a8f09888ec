// The taint arithmetic of the taint eviction controller
// (pkg/controller/tainteviction/taint_eviction.go and
// pkg/apis/core/v1/helper GetMatchingTolerations, v1.34).
import type { Taint, Toleration } from "../../scheduler/framework/api-types";
import { toleratesTaint } from "../../scheduler/framework/taints";

/** A toleration time that never runs out (the pod stays). */
export const tolerateForever = -1;

/** The NoExecute taints of a node, in the node's order. */
export function noExecuteTaints(taints: readonly Taint[] | undefined): Taint[] {
  return (taints ?? []).filter((t) => t.effect === "NoExecute");
}

/**
 * Whether every taint is tolerated, and for each taint the first toleration
 * that tolerates it (empty when some taint is not tolerated).
 */
export function matchingTolerations(taints: readonly Taint[], tolerations: readonly Toleration[] | undefined): { allTolerated: boolean; used: Toleration[] } {
  const used: Toleration[] = [];
  for (const taint of taints) {
    const match = (tolerations ?? []).find((t) => toleratesTaint(t, taint));
    if (!match) return { allTolerated: false, used: [] };
    used.push(match);
  }
  return { allTolerated: true, used };
}

/**
 * How long (ms) the used tolerations keep a pod on the node: the smallest
 * tolerationSeconds, 0 when one is zero or negative or none is used, and
 * `tolerateForever` when none sets tolerationSeconds.
 */
export function minTolerationMs(used: readonly Toleration[]): number {
  if (used.length === 0) return 0;
  let min: number | undefined;
  for (const t of used) {
    if (t.tolerationSeconds === undefined || t.tolerationSeconds === null) continue;
    if (t.tolerationSeconds <= 0) return 0;
    if (min === undefined || t.tolerationSeconds < min) min = t.tolerationSeconds;
  }
  return min === undefined ? tolerateForever : min * 1000;
}
