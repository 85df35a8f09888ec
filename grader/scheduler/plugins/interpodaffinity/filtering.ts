// InterPodAffinity PreFilter/Filter (interpodaffinity/filtering.go): counts,
// per topology pair (label key=value), the pods the incoming pod's required
// terms select and the existing pods whose required anti-affinity selects it.
import type { Node, Pod } from "../../framework/api-types";
import type { CycleState } from "../../framework/cycle-state";
import type { FilterPlugin, PreFilterExtensions, PreFilterPlugin } from "../../framework/interface";
import type { NodeInfo } from "../../framework/node-info";
import type { ClusterSnapshot } from "../../framework/snapshot";
import { newStatus } from "../../framework/status";
import { names } from "../../names";
import { affinityTermMatches, requiredAffinityTerms, requiredAntiAffinityTerms, type AffinityTerm } from "./affinity-term";

export const errReasonExistingAntiAffinityRulesNotMatch = "node(s) didn't satisfy existing pods anti-affinity rules";
export const errReasonAffinityRulesNotMatch = "node(s) didn't match pod affinity rules";
export const errReasonAntiAffinityRulesNotMatch = "node(s) didn't match pod anti-affinity rules";

const preFilterStateKey = "PreFilter" + names.InterPodAffinity;

/** Counts keyed by "key\u0000value". */
type TopologyCounts = Map<string, number>;

interface PreFilterState {
  affinityTerms: AffinityTerm[];
  antiAffinityTerms: AffinityTerm[];
  namespaceLabels: Record<string, string>;
  existingAntiAffinityCounts: TopologyCounts;
  affinityCounts: TopologyCounts;
  antiAffinityCounts: TopologyCounts;
}

function pairKey(key: string, value: string): string {
  return `${key}\u0000${value}`;
}

function bump(m: TopologyCounts, node: Node, topologyKey: string, by: number): void {
  const labels = node.metadata.labels ?? {};
  if (!Object.prototype.hasOwnProperty.call(labels, topologyKey)) return;
  const k = pairKey(topologyKey, labels[topologyKey]);
  const n = (m.get(k) ?? 0) + by;
  if (n === 0) m.delete(k);
  else m.set(k, n);
}

function matchesAll(terms: AffinityTerm[], pod: Pod, nsLabels: Record<string, string>): boolean {
  return terms.length > 0 && terms.every((t) => affinityTermMatches(t, pod, nsLabels));
}

/** Folds one existing pod on `node` into the three counts (by = 1 to add, -1 to remove). */
function account(s: PreFilterState, incoming: Pod, existing: Pod, node: Node, by: number, snapshot: ClusterSnapshot): void {
  // Most pods carry no affinity at all: nothing to count.
  if (!existing.spec?.affinity?.podAntiAffinity && s.affinityTerms.length === 0 && s.antiAffinityTerms.length === 0) return;
  for (const t of requiredAntiAffinityTerms(existing)) {
    if (affinityTermMatches(t, incoming, s.namespaceLabels)) bump(s.existingAntiAffinityCounts, node, t.topologyKey, by);
  }
  const existingNsLabels = snapshot.namespaceLabelsOf(existing.metadata.namespace ?? "default");
  if (matchesAll(s.affinityTerms, existing, existingNsLabels)) for (const t of s.affinityTerms) bump(s.affinityCounts, node, t.topologyKey, by);
  for (const t of s.antiAffinityTerms) if (affinityTermMatches(t, existing, existingNsLabels)) bump(s.antiAffinityCounts, node, t.topologyKey, by);
}

function cloneState(s: PreFilterState): PreFilterState {
  return {
    ...s,
    existingAntiAffinityCounts: new Map(s.existingAntiAffinityCounts),
    affinityCounts: new Map(s.affinityCounts),
    antiAffinityCounts: new Map(s.antiAffinityCounts),
  };
}

function satisfyPodAffinity(s: PreFilterState, pod: Pod, node: Node): boolean {
  const labels = node.metadata.labels ?? {};
  let podsExist = true;
  for (const t of s.affinityTerms) {
    if (!Object.prototype.hasOwnProperty.call(labels, t.topologyKey)) return false;
    if ((s.affinityCounts.get(pairKey(t.topologyKey, labels[t.topologyKey])) ?? 0) <= 0) podsExist = false;
  }
  if (podsExist) return true;
  // The first pod of a group with affinity to itself may go anywhere that has the topology labels.
  return s.affinityCounts.size === 0 && matchesAll(s.affinityTerms, pod, s.namespaceLabels);
}

function satisfyPodAntiAffinity(s: PreFilterState, node: Node): boolean {
  if (s.antiAffinityCounts.size === 0) return true;
  const labels = node.metadata.labels ?? {};
  for (const t of s.antiAffinityTerms) {
    if (!Object.prototype.hasOwnProperty.call(labels, t.topologyKey)) continue;
    if ((s.antiAffinityCounts.get(pairKey(t.topologyKey, labels[t.topologyKey])) ?? 0) > 0) return false;
  }
  return true;
}

function satisfyExistingPodsAntiAffinity(s: PreFilterState, node: Node): boolean {
  if (s.existingAntiAffinityCounts.size === 0) return true;
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if ((s.existingAntiAffinityCounts.get(pairKey(k, v)) ?? 0) > 0) return false;
  }
  return true;
}

export function newInterPodAffinityFiltering(handle: { snapshot(): ClusterSnapshot }) {
  const extensions: PreFilterExtensions = {
    addPod(state: CycleState, podToSchedule: Pod, podToAdd: Pod, nodeInfo: NodeInfo) {
      const s = cloneState(state.read<PreFilterState>(preFilterStateKey));
      account(s, podToSchedule, podToAdd, nodeInfo.node, 1, handle.snapshot());
      state.write(preFilterStateKey, s);
    },
    removePod(state: CycleState, podToSchedule: Pod, podToRemove: Pod, nodeInfo: NodeInfo) {
      const s = cloneState(state.read<PreFilterState>(preFilterStateKey));
      account(s, podToSchedule, podToRemove, nodeInfo.node, -1, handle.snapshot());
      state.write(preFilterStateKey, s);
    },
  };
  return {
    name: names.InterPodAffinity,
    preFilter(state, pod, snapshot) {
      const s: PreFilterState = {
        affinityTerms: requiredAffinityTerms(pod),
        antiAffinityTerms: requiredAntiAffinityTerms(pod),
        namespaceLabels: snapshot.namespaceLabelsOf(pod.metadata.namespace ?? "default"),
        existingAntiAffinityCounts: new Map(),
        affinityCounts: new Map(),
        antiAffinityCounts: new Map(),
      };
      const ownTerms = s.affinityTerms.length > 0 || s.antiAffinityTerms.length > 0;
      for (const ni of snapshot.nodeInfos) {
        for (const e of ownTerms ? ni.pods : ni.podsWithAffinity) account(s, pod, e.pod, ni.node, 1, snapshot);
      }
      state.write(preFilterStateKey, s);
      return {};
    },
    preFilterExtensions: extensions,
    filter(state, pod, nodeInfo) {
      const s = state.read<PreFilterState>(preFilterStateKey);
      if (!satisfyPodAffinity(s, pod, nodeInfo.node)) return newStatus("UnschedulableAndUnresolvable", errReasonAffinityRulesNotMatch);
      if (!satisfyPodAntiAffinity(s, nodeInfo.node)) return newStatus("Unschedulable", errReasonAntiAffinityRulesNotMatch);
      if (!satisfyExistingPodsAntiAffinity(s, nodeInfo.node)) return newStatus("Unschedulable", errReasonExistingAntiAffinityRulesNotMatch);
      return undefined;
    },
  } satisfies PreFilterPlugin & FilterPlugin;
}
