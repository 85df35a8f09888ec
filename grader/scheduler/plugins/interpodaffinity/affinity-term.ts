// framework.AffinityTerm: which pods a PodAffinityTerm selects — pods in the
// listed namespaces (the pod's own when none are listed and there is no
// namespaceSelector) or in namespaces the namespaceSelector picks, whose labels
// match the labelSelector (a missing selector matches nothing).
import { labelSelectorFromMeta, labelSelectorMatches, type LabelSelector } from "../../../apiserver/selectors";
import type { Pod, PodAffinityTerm, WeightedPodAffinityTerm } from "../../framework/api-types";

export interface AffinityTerm {
  namespaces: Set<string>;
  selector: LabelSelector;
  namespaceSelector: LabelSelector;
  topologyKey: string;
}

export interface WeightedAffinityTerm extends AffinityTerm {
  weight: number;
}

export function newAffinityTerm(owner: Pod, term: PodAffinityTerm): AffinityTerm {
  const namespaces = new Set<string>();
  if ((term.namespaces ?? []).length === 0 && !term.namespaceSelector) namespaces.add(owner.metadata.namespace ?? "default");
  else for (const ns of term.namespaces ?? []) namespaces.add(ns);
  return {
    namespaces,
    selector: labelSelectorFromMeta(term.labelSelector ?? null),
    namespaceSelector: labelSelectorFromMeta(term.namespaceSelector ?? null),
    topologyKey: term.topologyKey,
  };
}

export function affinityTermMatches(t: AffinityTerm, pod: Pod, namespaceLabels: Record<string, string>): boolean {
  const ns = pod.metadata.namespace ?? "default";
  if (t.namespaces.has(ns) || labelSelectorMatches(t.namespaceSelector, namespaceLabels)) {
    return labelSelectorMatches(t.selector, pod.metadata.labels);
  }
  return false;
}

// Parsed terms per pod object: pods are immutable snapshots, and every cycle re-reads the same existing pods.
const cache = new WeakMap<Pod, Map<string, AffinityTerm[]>>();
const none: AffinityTerm[] = [];

function cached<T extends AffinityTerm>(pod: Pod, kind: string, build: () => T[]): T[] {
  if (!pod.spec?.affinity) return none as T[];
  let byKind = cache.get(pod);
  if (!byKind) cache.set(pod, (byKind = new Map()));
  let terms = byKind.get(kind);
  if (!terms) byKind.set(kind, (terms = build()));
  return terms as T[];
}

export function requiredAffinityTerms(pod: Pod): AffinityTerm[] {
  return cached(pod, "affinity", () =>
    (pod.spec?.affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => newAffinityTerm(pod, t)),
  );
}

export function requiredAntiAffinityTerms(pod: Pod): AffinityTerm[] {
  return cached(pod, "antiAffinity", () =>
    (pod.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => newAffinityTerm(pod, t)),
  );
}

function weighted(pod: Pod, terms: WeightedPodAffinityTerm[] | undefined): WeightedAffinityTerm[] {
  return (terms ?? []).map((t) => ({ ...newAffinityTerm(pod, t.podAffinityTerm), weight: t.weight }));
}

export function preferredAffinityTerms(pod: Pod): WeightedAffinityTerm[] {
  return cached(pod, "preferredAffinity", () => weighted(pod, pod.spec?.affinity?.podAffinity?.preferredDuringSchedulingIgnoredDuringExecution));
}

export function preferredAntiAffinityTerms(pod: Pod): WeightedAffinityTerm[] {
  return cached(pod, "preferredAntiAffinity", () =>
    weighted(pod, pod.spec?.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution),
  );
}
