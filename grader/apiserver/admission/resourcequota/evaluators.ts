// What each kind costs against a ResourceQuota: the evaluators of
// pkg/quota/v1/evaluator/core (pods.go, services.go, persistent_volume_claims.go)
// and the generic object-count evaluator (quota/v1/generic), with pod scopes.
// Shared by the ResourceQuota admission plugin and the quota controller.
import { newQuantity } from "../../quantity";
import type { GroupVersionResource, KubeObject, Operation } from "../../types";
import { addResourceLists, podLimits, podRequests, toResourceList, type PodSpecLike, type ResourceList } from "../resource-list";

export interface ScopeSelector {
  scopeName: string;
  operator: string;
  values?: string[];
}

export interface QuotaEvaluator {
  group: string;
  resource: string;
  /** Which operations change usage (Handles). */
  handles(operation: Operation): boolean;
  /** The subset of `names` this evaluator accounts for (MatchingResources). */
  matchingResources(names: string[]): string[];
  usage(obj: KubeObject): ResourceList;
  /** An error text when the object cannot be charged for `required` (Constraints). */
  constraints(required: string[], obj: KubeObject): string | undefined;
  matchesScope(selector: ScopeSelector, obj: KubeObject): boolean;
}

const one = () => newQuantity(1);

/** count/<resource> for the core group, count/<resource>.<group> otherwise. */
export function objectCountName(group: string, resource: string): string {
  return group ? `count/${resource}.${group}` : `count/${resource}`;
}

/** The group and resource a `count/...` name counts. */
export function parseObjectCountName(name: string): { group: string; resource: string } | undefined {
  if (!name.startsWith("count/")) return undefined;
  const rest = name.slice("count/".length);
  const dot = rest.indexOf(".");
  return dot < 0 ? { group: "", resource: rest } : { group: rest.slice(dot + 1), resource: rest.slice(0, dot) };
}

// legacyObjectCountAliases in evaluator/core/registry.go
const legacyCountAliases: Record<string, string> = {
  configmaps: "configmaps",
  resourcequotas: "resourcequotas",
  replicationcontrollers: "replicationcontrollers",
  secrets: "secrets",
};

export function objectCountEvaluator(group: string, resource: string): QuotaEvaluator {
  const names = [objectCountName(group, resource)];
  if (!group && legacyCountAliases[resource]) names.push(legacyCountAliases[resource]);
  return {
    group,
    resource,
    handles: (op) => op === "CREATE",
    matchingResources: (input) => input.filter((n) => names.includes(n)),
    usage: () => new Map(names.map((n) => [n, one()])),
    constraints: () => undefined,
    matchesScope: () => false,
  };
}

// ---------------------------------------------------------------------------
// Pods

const podResourceNames = [
  "count/pods",
  "cpu",
  "memory",
  "ephemeral-storage",
  "requests.cpu",
  "requests.memory",
  "requests.ephemeral-storage",
  "limits.cpu",
  "limits.memory",
  "limits.ephemeral-storage",
  "pods",
];
const requestedResourcePrefixes = ["hugepages-"];
// Quotas on cpu or memory oblige every container to state them (a historic coupling kept upstream).
const validationSet = new Set(["cpu", "memory", "requests.cpu", "requests.memory", "limits.cpu", "limits.memory"]);

// helper.IsExtendedResourceName: domain-qualified, not kubernetes.io, not requests.-prefixed.
function isExtendedResourceName(name: string): boolean {
  if (!name.includes("/") || name.startsWith("kubernetes.io/") || name.includes(".kubernetes.io/")) return false;
  return !name.startsWith("requests.");
}

function podMatchingResources(input: string[]): string[] {
  return input.filter((n) => {
    if (podResourceNames.includes(n)) return true;
    if (requestedResourcePrefixes.some((p) => n.startsWith(p) || n.startsWith(`requests.${p}`))) return true;
    return n.startsWith("requests.") && isExtendedResourceName(n.slice("requests.".length));
  });
}

/** podComputeUsageHelper */
function podComputeUsage(requests: ResourceList, limits: ResourceList): ResourceList {
  const result: ResourceList = new Map([["pods", one()]]);
  for (const r of ["cpu", "memory", "ephemeral-storage"]) {
    const req = requests.get(r);
    if (req) {
      result.set(r, req);
      result.set(`requests.${r}`, req);
    }
    const lim = limits.get(r);
    if (lim) result.set(`limits.${r}`, lim);
  }
  for (const [r, q] of requests) {
    if (requestedResourcePrefixes.some((p) => r.startsWith(p))) {
      result.set(r, q);
      result.set(`requests.${r}`, q);
    }
    if (isExtendedResourceName(r)) result.set(`requests.${r}`, q);
  }
  return result;
}

interface PodLike extends KubeObject {
  spec?: PodSpecLike & {
    activeDeadlineSeconds?: number;
    priorityClassName?: string;
    containers?: { name: string; resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> } }[];
    initContainers?: { name: string; resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> } }[];
  };
  status?: { phase?: string };
}

// QuotaV1Pod: pods that reached a terminal phase no longer use compute quota.
function countsComputeUsage(pod: PodLike): boolean {
  const phase = pod.status?.phase;
  return phase !== "Succeeded" && phase !== "Failed";
}

function isTerminating(pod: PodLike): boolean {
  const d = pod.spec?.activeDeadlineSeconds;
  return d !== undefined && d !== null && d >= 0;
}

// qos.GetPodQOS == BestEffort: no container asks for or caps cpu or memory.
function isBestEffort(pod: PodLike): boolean {
  for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
    for (const list of [c.resources?.requests, c.resources?.limits]) {
      const rl = toResourceList(list);
      for (const r of ["cpu", "memory"]) if (rl.get(r) && !rl.get(r)!.isZero()) return false;
    }
  }
  return true;
}

function priorityClassMatches(selector: ScopeSelector, pod: PodLike): boolean {
  const pc = pod.spec?.priorityClassName ?? "";
  switch (selector.operator) {
    case "Exists":
      return pc.length !== 0;
    case "In":
      return (selector.values ?? []).includes(pc);
    case "NotIn":
      return !(selector.values ?? []).includes(pc);
    default:
      return false; // DoesNotExist never matches: the scope label is always present
  }
}

export const podEvaluator: QuotaEvaluator = {
  group: "",
  resource: "pods",
  handles: (op) => op === "CREATE",
  matchingResources: podMatchingResources,
  usage(obj) {
    const pod = obj as PodLike;
    const result: ResourceList = new Map([["count/pods", one()]]);
    if (!countsComputeUsage(pod)) return result;
    const spec = pod.spec ?? {};
    return addResourceLists(result, podComputeUsage(podRequests(spec), podLimits(spec)));
  },
  constraints(required, obj) {
    const pod = obj as PodLike;
    const requiredSet = required.filter((r) => validationSet.has(r));
    const missing = new Map<string, Set<string>>();
    for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
      const usage = podComputeUsage(toResourceList(c.resources?.requests), toResourceList(c.resources?.limits));
      for (const r of requiredSet) {
        if (usage.has(r)) continue;
        if (!missing.has(r)) missing.set(r, new Set());
        missing.get(r)!.add(c.name);
      }
    }
    if (missing.size === 0) return undefined;
    const parts = [...missing.keys()].sort().map((r) => `${r} for: ${[...missing.get(r)!].sort().join(",")}`);
    return `must specify ${parts.join("; ")}`;
  },
  matchesScope(selector, obj) {
    const pod = obj as PodLike;
    switch (selector.scopeName) {
      case "Terminating":
        return isTerminating(pod);
      case "NotTerminating":
        return !isTerminating(pod);
      case "BestEffort":
        return isBestEffort(pod);
      case "NotBestEffort":
        return !isBestEffort(pod);
      case "PriorityClass":
        return priorityClassMatches(selector, pod);
      default:
        return false;
    }
  },
};

// ---------------------------------------------------------------------------
// Services

const serviceResourceNames = ["count/services", "services", "services.nodeports", "services.loadbalancers"];

export const serviceEvaluator: QuotaEvaluator = {
  group: "",
  resource: "services",
  handles: (op) => op === "CREATE" || op === "UPDATE",
  matchingResources: (input) => input.filter((n) => serviceResourceNames.includes(n)),
  usage(obj) {
    const spec = (obj.spec ?? {}) as { type?: string; ports?: { nodePort?: number }[]; allocateLoadBalancerNodePorts?: boolean };
    const result: ResourceList = new Map([
      ["count/services", one()],
      ["services", one()],
    ]);
    const ports = spec.ports?.length ?? 0;
    if (spec.type === "NodePort") result.set("services.nodeports", newQuantity(ports));
    if (spec.type === "LoadBalancer") {
      const nodePorts = spec.allocateLoadBalancerNodePorts === false ? (spec.ports ?? []).filter((p) => p.nodePort).length : ports;
      result.set("services.nodeports", newQuantity(nodePorts));
      result.set("services.loadbalancers", one());
    }
    return result;
  },
  constraints: () => undefined,
  matchesScope: () => false,
};

// ---------------------------------------------------------------------------
// PersistentVolumeClaims

const storageClassSuffix = ".storageclass.storage.k8s.io/";

export const persistentVolumeClaimEvaluator: QuotaEvaluator = {
  group: "",
  resource: "persistentvolumeclaims",
  handles: (op) => op === "CREATE" || op === "UPDATE",
  matchingResources: (input) =>
    input.filter(
      (n) =>
        ["count/persistentvolumeclaims", "persistentvolumeclaims", "requests.storage"].includes(n) ||
        (n.includes(storageClassSuffix) && (n.endsWith("/persistentvolumeclaims") || n.endsWith("/requests.storage"))),
    ),
  usage(obj) {
    const spec = (obj.spec ?? {}) as { storageClassName?: string; resources?: { requests?: Record<string, unknown> } };
    const result: ResourceList = new Map([
      ["count/persistentvolumeclaims", one()],
      ["persistentvolumeclaims", one()],
    ]);
    const className = spec.storageClassName ?? "";
    if (className) result.set(`${className}${storageClassSuffix}persistentvolumeclaims`, one());
    const storage = toResourceList(spec.resources?.requests).get("storage");
    if (storage) {
      result.set("requests.storage", storage);
      if (className) result.set(`${className}${storageClassSuffix}requests.storage`, storage);
    }
    return result;
  },
  constraints: () => undefined,
  matchesScope: () => false,
};

const registered = [podEvaluator, serviceEvaluator, persistentVolumeClaimEvaluator];

/** The evaluator of a group/resource: a registered one, else an object counter. */
export function evaluatorFor(group: string, resource: string): QuotaEvaluator {
  return registered.find((e) => e.group === group && e.resource === resource) ?? objectCountEvaluator(group, resource);
}

/** Every evaluator a quota with these hard resources needs (the controller's view). */
export function evaluatorsForHard(hardNames: string[]): QuotaEvaluator[] {
  const out: QuotaEvaluator[] = [...registered];
  const seen = new Set(registered.map((e) => `${e.group}/${e.resource}`));
  const extra = hardNames.flatMap((n) => {
    const counted = parseObjectCountName(n);
    if (counted) return [counted];
    return legacyCountAliases[n] ? [{ group: "", resource: legacyCountAliases[n] }] : [];
  });
  for (const { group, resource } of extra) {
    const key = `${group}/${resource}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(objectCountEvaluator(group, resource));
  }
  return out;
}

export function gvrOf(e: QuotaEvaluator): GroupVersionResource {
  return { group: e.group, version: e.group ? "" : "v1", resource: e.resource };
}

/** getScopeSelectorsFromQuota: spec.scopes as Exists selectors plus spec.scopeSelector. */
export function scopeSelectorsOf(quota: KubeObject): ScopeSelector[] {
  const spec = (quota.spec ?? {}) as { scopes?: string[]; scopeSelector?: { matchExpressions?: ScopeSelector[] } };
  return [
    ...(spec.scopes ?? []).map((scopeName) => ({ scopeName, operator: "Exists" })),
    ...(spec.scopeSelector?.matchExpressions ?? []),
  ];
}

/** Matches: the quota limits something this evaluator counts, and every scope selects the object. */
export function quotaMatches(e: QuotaEvaluator, hardNames: string[], quota: KubeObject, obj: KubeObject): boolean {
  if (e.matchingResources(hardNames).length === 0) return false;
  return scopeSelectorsOf(quota).every((s) => e.matchesScope(s, obj));
}
