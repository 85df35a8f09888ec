// What the registry knows of one resource, as `kubectl api-resources` shows it.
export interface ResourceInfo {
  group: string; // "" for core
  version: string; // the served (preferred) version
  resource: string; // plural: "pods"
  singular: string; // "pod"
  kind: string; // "Pod"
  listKind: string; // "PodList"
  shortNames: string[];
  namespaced: boolean;
  verbs: string[];
  categories: string[];
  /** Subresources served: "status", "scale", "log", "exec", "eviction", ... */
  subresources: string[];
}
