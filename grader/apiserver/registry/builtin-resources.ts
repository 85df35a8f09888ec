// The built-in resources the simulated API server serves, as a v1.34 API
// server's discovery documents describe them (names, short names, scope,
// verbs, categories, subresources). Source: the REST storage of each kind in
// pkg/registry/<group>/<resource>/storage/storage.go (ShortNames(),
// Categories()) and the discovery output of a v1.34 cluster.
import type { ResourceInfo } from "../resource-info";

/** A served resource: its discovery entry plus every version it is served at and where it is stored. */
export interface ResourceEntry {
  info: ResourceInfo;
  /** Versions served, preferred first (autoscaling: v2, v1). */
  versions: string[];
  /** Resources that share one storage (events.k8s.io events are core events) have the same key. */
  storageKey: string;
}

const standardVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
const namespaceVerbs = ["create", "delete", "get", "list", "patch", "update", "watch"];

interface Def {
  group: string;
  versions: string[];
  resource: string;
  singular: string;
  kind: string;
  shortNames?: string[];
  namespaced: boolean;
  verbs?: string[];
  categories?: string[];
  subresources?: string[];
  storageKey?: string;
}

const defs: Def[] = [
  // core/v1 (pkg/registry/core/*)
  { group: "", versions: ["v1"], resource: "bindings", singular: "binding", kind: "Binding", namespaced: true, verbs: ["create"] },
  { group: "", versions: ["v1"], resource: "configmaps", singular: "configmap", kind: "ConfigMap", shortNames: ["cm"], namespaced: true },
  { group: "", versions: ["v1"], resource: "endpoints", singular: "endpoints", kind: "Endpoints", shortNames: ["ep"], namespaced: true },
  { group: "", versions: ["v1"], resource: "events", singular: "event", kind: "Event", shortNames: ["ev"], namespaced: true },
  { group: "", versions: ["v1"], resource: "limitranges", singular: "limitrange", kind: "LimitRange", shortNames: ["limits"], namespaced: true },
  { group: "", versions: ["v1"], resource: "namespaces", singular: "namespace", kind: "Namespace", shortNames: ["ns"], namespaced: false, verbs: namespaceVerbs, subresources: ["finalize", "status"] },
  { group: "", versions: ["v1"], resource: "nodes", singular: "node", kind: "Node", shortNames: ["no"], namespaced: false, subresources: ["proxy", "status"] },
  { group: "", versions: ["v1"], resource: "persistentvolumeclaims", singular: "persistentvolumeclaim", kind: "PersistentVolumeClaim", shortNames: ["pvc"], namespaced: true, subresources: ["status"] },
  { group: "", versions: ["v1"], resource: "persistentvolumes", singular: "persistentvolume", kind: "PersistentVolume", shortNames: ["pv"], namespaced: false, subresources: ["status"] },
  { group: "", versions: ["v1"], resource: "pods", singular: "pod", kind: "Pod", shortNames: ["po"], namespaced: true, categories: ["all"], subresources: ["attach", "binding", "ephemeralcontainers", "eviction", "exec", "log", "portforward", "proxy", "resize", "status"] },
  { group: "", versions: ["v1"], resource: "resourcequotas", singular: "resourcequota", kind: "ResourceQuota", shortNames: ["quota"], namespaced: true, subresources: ["status"] },
  { group: "", versions: ["v1"], resource: "secrets", singular: "secret", kind: "Secret", namespaced: true },
  { group: "", versions: ["v1"], resource: "serviceaccounts", singular: "serviceaccount", kind: "ServiceAccount", shortNames: ["sa"], namespaced: true, subresources: ["token"] },
  { group: "", versions: ["v1"], resource: "services", singular: "service", kind: "Service", shortNames: ["svc"], namespaced: true, categories: ["all"], subresources: ["proxy", "status"] },
  // apiextensions.k8s.io
  { group: "apiextensions.k8s.io", versions: ["v1"], resource: "customresourcedefinitions", singular: "customresourcedefinition", kind: "CustomResourceDefinition", shortNames: ["crd", "crds"], namespaced: false, categories: ["api-extensions"], subresources: ["status"] },
  // apps
  { group: "apps", versions: ["v1"], resource: "controllerrevisions", singular: "controllerrevision", kind: "ControllerRevision", namespaced: true },
  { group: "apps", versions: ["v1"], resource: "daemonsets", singular: "daemonset", kind: "DaemonSet", shortNames: ["ds"], namespaced: true, categories: ["all"], subresources: ["status"] },
  { group: "apps", versions: ["v1"], resource: "deployments", singular: "deployment", kind: "Deployment", shortNames: ["deploy"], namespaced: true, categories: ["all"], subresources: ["scale", "status"] },
  { group: "apps", versions: ["v1"], resource: "replicasets", singular: "replicaset", kind: "ReplicaSet", shortNames: ["rs"], namespaced: true, categories: ["all"], subresources: ["scale", "status"] },
  { group: "apps", versions: ["v1"], resource: "statefulsets", singular: "statefulset", kind: "StatefulSet", shortNames: ["sts"], namespaced: true, categories: ["all"], subresources: ["scale", "status"] },
  // autoscaling: v2 preferred, v1 still served
  { group: "autoscaling", versions: ["v2", "v1"], resource: "horizontalpodautoscalers", singular: "horizontalpodautoscaler", kind: "HorizontalPodAutoscaler", shortNames: ["hpa"], namespaced: true, categories: ["all"], subresources: ["status"] },
  // batch
  { group: "batch", versions: ["v1"], resource: "cronjobs", singular: "cronjob", kind: "CronJob", shortNames: ["cj"], namespaced: true, categories: ["all"], subresources: ["status"] },
  { group: "batch", versions: ["v1"], resource: "jobs", singular: "job", kind: "Job", namespaced: true, categories: ["all"], subresources: ["status"] },
  // coordination.k8s.io
  { group: "coordination.k8s.io", versions: ["v1"], resource: "leases", singular: "lease", kind: "Lease", namespaced: true },
  // discovery.k8s.io
  { group: "discovery.k8s.io", versions: ["v1"], resource: "endpointslices", singular: "endpointslice", kind: "EndpointSlice", namespaced: true },
  // events.k8s.io: the same objects as core events, another shape
  { group: "events.k8s.io", versions: ["v1"], resource: "events", singular: "event", kind: "Event", shortNames: ["ev"], namespaced: true, storageKey: "/events" },
  // networking.k8s.io
  { group: "networking.k8s.io", versions: ["v1"], resource: "ingressclasses", singular: "ingressclass", kind: "IngressClass", namespaced: false },
  { group: "networking.k8s.io", versions: ["v1"], resource: "ingresses", singular: "ingress", kind: "Ingress", shortNames: ["ing"], namespaced: true, subresources: ["status"] },
  { group: "networking.k8s.io", versions: ["v1"], resource: "networkpolicies", singular: "networkpolicy", kind: "NetworkPolicy", shortNames: ["netpol"], namespaced: true },
  // policy
  { group: "policy", versions: ["v1"], resource: "poddisruptionbudgets", singular: "poddisruptionbudget", kind: "PodDisruptionBudget", shortNames: ["pdb"], namespaced: true, subresources: ["status"] },
  // rbac.authorization.k8s.io
  { group: "rbac.authorization.k8s.io", versions: ["v1"], resource: "clusterrolebindings", singular: "clusterrolebinding", kind: "ClusterRoleBinding", namespaced: false },
  { group: "rbac.authorization.k8s.io", versions: ["v1"], resource: "clusterroles", singular: "clusterrole", kind: "ClusterRole", namespaced: false },
  { group: "rbac.authorization.k8s.io", versions: ["v1"], resource: "rolebindings", singular: "rolebinding", kind: "RoleBinding", namespaced: true },
  { group: "rbac.authorization.k8s.io", versions: ["v1"], resource: "roles", singular: "role", kind: "Role", namespaced: true },
  // scheduling.k8s.io
  { group: "scheduling.k8s.io", versions: ["v1"], resource: "priorityclasses", singular: "priorityclass", kind: "PriorityClass", shortNames: ["pc"], namespaced: false },
  // storage.k8s.io
  { group: "storage.k8s.io", versions: ["v1"], resource: "storageclasses", singular: "storageclass", kind: "StorageClass", shortNames: ["sc"], namespaced: false },
];

export function storageKeyOf(group: string, resource: string): string {
  return `${group}/${resource}`;
}

function toEntry(d: Def): ResourceEntry {
  return Object.freeze({
    info: Object.freeze({
      group: d.group,
      version: d.versions[0],
      resource: d.resource,
      singular: d.singular,
      kind: d.kind,
      listKind: `${d.kind}List`,
      shortNames: d.shortNames ?? [],
      namespaced: d.namespaced,
      verbs: d.verbs ?? standardVerbs,
      categories: d.categories ?? [],
      subresources: d.subresources ?? [],
    }),
    versions: d.versions,
    storageKey: d.storageKey ?? storageKeyOf(d.group, d.resource),
  });
}

/** Every built-in resource, in discovery order (core first, then groups alphabetically). */
export const builtinResources: readonly ResourceEntry[] = Object.freeze(defs.map(toEntry));
