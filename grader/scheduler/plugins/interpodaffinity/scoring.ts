// InterPodAffinity PreScore/Score (interpodaffinity/scoring.go): every existing
// pod adds to a score per topology pair — the incoming pod's preferred terms
// that select it (+weight, or -weight for anti-affinity), its own required
// affinity terms that select the incoming pod (+hardPodAffinityWeight, 1) and
// its preferred terms that do. A node scores the sum over its labels; scores
// are then scaled between the lowest and the highest.
import type { Node, Pod } from "../../framework/api-types";
import type { PreScorePlugin, ScorePlugin } from "../../framework/interface";
import { maxNodeScore } from "../../framework/interface";
import type { ClusterSnapshot } from "../../framework/snapshot";
import { newStatus } from "../../framework/status";
import { names } from "../../names";
import {
  affinityTermMatches,
  preferredAffinityTerms,
  preferredAntiAffinityTerms,
  requiredAffinityTerms,
  type AffinityTerm,
  type WeightedAffinityTerm,
} from "./affinity-term";

/** InterPodAffinityArgs.hardPodAffinityWeight default. */
export const hardPodAffinityWeight = 1;

const preScoreStateKey = "PreScore" + names.InterPodAffinity;

type TopologyScore = Map<string, Map<string, number>>;

function add(scores: TopologyScore, node: Node, term: AffinityTerm, weight: number): void {
  const labels = node.metadata.labels ?? {};
  if (!Object.prototype.hasOwnProperty.call(labels, term.topologyKey)) return;
  let byValue = scores.get(term.topologyKey);
  if (!byValue) scores.set(term.topologyKey, (byValue = new Map()));
  const v = labels[term.topologyKey];
  byValue.set(v, (byValue.get(v) ?? 0) + weight);
}

// Module-level rather than a closure made for every existing pod of every cycle.
function addMatching(scores: TopologyScore, node: Node, terms: WeightedAffinityTerm[], target: Pod, labels: Record<string, string>, sign: number): void {
  for (const t of terms) if (affinityTermMatches(t, target, labels)) add(scores, node, t, sign * t.weight);
}

export function newInterPodAffinityScoring(handle: { snapshot(): ClusterSnapshot }) {
  return {
    name: names.InterPodAffinity,
    preScore(state, pod) {
      const snapshot = handle.snapshot();
      const affinity = preferredAffinityTerms(pod);
      const anti = preferredAntiAffinityTerms(pod);
      const hasOwn = affinity.length > 0 || anti.length > 0;
      const scores: TopologyScore = new Map();
      const podNsLabels = snapshot.namespaceLabelsOf(pod.metadata.namespace ?? "default");
      let any = false;
      for (const ni of snapshot.nodeInfos) {
        for (const { pod: existing } of hasOwn ? ni.pods : ni.podsWithAffinity) {
          const existingAffinity = existing.spec?.affinity;
          if (!hasOwn && !existingAffinity?.podAffinity && !existingAffinity?.podAntiAffinity) continue;
          any = true;
          const nsLabels = snapshot.namespaceLabelsOf(existing.metadata.namespace ?? "default");
          addMatching(scores, ni.node, affinity, existing, nsLabels, 1);
          addMatching(scores, ni.node, anti, existing, nsLabels, -1);
          for (const t of requiredAffinityTerms(existing)) {
            if (affinityTermMatches(t, pod, podNsLabels)) add(scores, ni.node, t, hardPodAffinityWeight);
          }
          addMatching(scores, ni.node, preferredAffinityTerms(existing), pod, podNsLabels, 1);
          addMatching(scores, ni.node, preferredAntiAffinityTerms(existing), pod, podNsLabels, -1);
        }
      }
      if (!hasOwn && !any) return newStatus("Skip");
      state.write(preScoreStateKey, scores);
      return undefined;
    },
    score(state, _pod, nodeInfo) {
      const scores = state.read<TopologyScore>(preScoreStateKey);
      let total = 0;
      for (const [key, byValue] of scores) {
        const v = nodeInfo.labels[key];
        if (v !== undefined) total += byValue.get(v) ?? 0;
      }
      return total;
    },
    normalizeScore(_state, _pod, scores) {
      let min = Infinity;
      let max = -Infinity;
      for (const s of scores) {
        if (s.score < min) min = s.score;
        if (s.score > max) max = s.score;
      }
      const diff = max - min;
      for (const s of scores) s.score = diff > 0 ? Math.trunc((maxNodeScore * (s.score - min)) / diff) : 0;
    },
  } satisfies PreScorePlugin & ScorePlugin;
}
