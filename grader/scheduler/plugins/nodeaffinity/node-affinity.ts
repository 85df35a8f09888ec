// NodeAffinity (pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go):
// Filter requires spec.nodeSelector and the required node affinity terms;
// Score sums the weights of the preferred terms a node matches.
import type { Node, Pod } from "../../framework/api-types";
import type { FilterPlugin, PreScorePlugin, ScorePlugin } from "../../framework/interface";
import { maxNodeScore } from "../../framework/interface";
import { anyTermMatches, termMatches } from "../../framework/node-selector";
import { defaultNormalizeScore } from "../../framework/normalize";
import { newStatus } from "../../framework/status";
import { names } from "../../names";

export const errReasonPod = "node(s) didn't match Pod's node affinity/selector";

/** GetRequiredNodeAffinity(pod).Match(node): nodeSelector labels and the required terms. */
export function podMatchesNodeSelectorAndAffinityTerms(pod: Pod, node: Node): boolean {
  const labels = node.metadata.labels ?? {};
  const selector = pod.spec?.nodeSelector;
  // Runs for every node: own keys without building an entries array.
  if (selector) for (const k in selector) if (Object.hasOwn(selector, k) && labels[k] !== selector[k]) return false;
  const required = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (required) return anyTermMatches(required.nodeSelectorTerms, node);
  return true;
}

export function newNodeAffinity() {
  return {
    name: names.NodeAffinity,
    filter(_state, pod, nodeInfo) {
      return podMatchesNodeSelectorAndAffinityTerms(pod, nodeInfo.node) ? undefined : newStatus("UnschedulableAndUnresolvable", errReasonPod);
    },
    preScore(_state, pod) {
      const preferred = pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
      return preferred.length === 0 ? newStatus("Skip") : undefined;
    },
    score(_state, pod, nodeInfo) {
      let count = 0;
      for (const term of pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
        if (term.weight !== 0 && termMatches(term.preference, nodeInfo.node)) count += term.weight;
      }
      return count;
    },
    normalizeScore(_state, _pod, scores) {
      defaultNormalizeScore(maxNodeScore, false, scores);
    },
  } satisfies FilterPlugin & PreScorePlugin & ScorePlugin;
}
