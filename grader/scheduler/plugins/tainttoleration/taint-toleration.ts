// TaintToleration (pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go):
// Filter keeps pods off nodes with a NoSchedule/NoExecute taint they do not
// tolerate; Score prefers nodes with fewer untolerated PreferNoSchedule taints.
import type { Toleration } from "../../framework/api-types";
import type { FilterPlugin, PreScorePlugin, ScorePlugin } from "../../framework/interface";
import { maxNodeScore } from "../../framework/interface";
import { defaultNormalizeScore } from "../../framework/normalize";
import { newStatus } from "../../framework/status";
import { doNotScheduleTaint, findMatchingUntoleratedTaint, tolerationsTolerateTaint } from "../../framework/taints";
import { names } from "../../names";

/**
 * The Filter reason since v1.34.2 (kubernetes PR 134740, cherry-picked to
 * release-1.34): taint keys and values are no longer shown.
 */
export const errReasonUntoleratedTaint = "node(s) had untolerated taint(s)";

/** The Filter reason of v1.34.0 and v1.34.1, which named the taint: `node(s) had untolerated taint {key: value}`. */
export function errReasonUntoleratedTaintNamed(key: string, value: string | undefined): string {
  return `node(s) had untolerated taint {${key}: ${value ?? ""}}`;
}

export interface TaintTolerationArgs {
  /** Reproduce v1.34.0/v1.34.1, whose reason named the taint. */
  nameTaintInReason?: boolean;
}

const preScoreStateKey = "PreScore" + names.TaintToleration;

export function newTaintToleration(args: TaintTolerationArgs = {}) {
  return {
    name: names.TaintToleration,
    filter(_state, pod, nodeInfo) {
      const taint = findMatchingUntoleratedTaint(nodeInfo.node.spec?.taints, pod.spec?.tolerations, doNotScheduleTaint);
      if (!taint) return undefined;
      const reason = args.nameTaintInReason ? errReasonUntoleratedTaintNamed(taint.key, taint.value) : errReasonUntoleratedTaint;
      return newStatus("UnschedulableAndUnresolvable", reason);
    },
    preScore(state, pod) {
      // An empty effect tolerates every effect, PreferNoSchedule included.
      const prefer = (pod.spec?.tolerations ?? []).filter((t) => !t.effect || t.effect === "PreferNoSchedule");
      state.write(preScoreStateKey, prefer);
      return undefined;
    },
    score(state, _pod, nodeInfo) {
      const tolerations = state.read<Toleration[]>(preScoreStateKey);
      let intolerable = 0;
      for (const taint of nodeInfo.node.spec?.taints ?? []) {
        if (taint.effect === "PreferNoSchedule" && !tolerationsTolerateTaint(tolerations, taint)) intolerable++;
      }
      return intolerable;
    },
    normalizeScore(_state, _pod, scores) {
      defaultNormalizeScore(maxNodeScore, true, scores);
    },
  } satisfies FilterPlugin & PreScorePlugin & ScorePlugin;
}
