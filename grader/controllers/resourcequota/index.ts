// The resource quota controller (pkg/controller/resourcequota): keeps each
// ResourceQuota's status.hard equal to spec.hard and status.used recomputed from
// the objects of its namespace. Synchronous: every watch event of a quota or of
// a counted resource re-syncs the quotas of that namespace.
import type { ClusterApi, WatchEvent } from "../../apiserver/api-interface";
import { evaluatorsForHard, gvrOf, quotaMatches, type QuotaEvaluator } from "../../apiserver/admission/resourcequota/evaluators";
import { resourceQuotasGVR } from "../../apiserver/admission/gvr";
import {
  addResourceLists,
  maskResourceList,
  toJsonResourceList,
  toResourceList,
  type ResourceList,
} from "../../apiserver/admission/resource-list";
import { parseQuantity } from "../../apiserver/quantity";
import type { KubeObject } from "../../apiserver/types";
import { NamespacesHolding } from "../endpoints/namespaces-holding";

/** Usage of the namespace's objects against one quota (CalculateUsage). */
export function calculateQuotaUsage(api: ClusterApi, quota: KubeObject): ResourceList {
  const hard = toResourceList((quota.spec as { hard?: Record<string, unknown> } | undefined)?.hard);
  const hardNames = [...hard.keys()];
  const namespace = quota.metadata.namespace ?? "";
  let used: ResourceList = new Map();
  for (const e of evaluatorsForHard(hardNames)) {
    const matched = e.matchingResources(hardNames);
    if (matched.length === 0) continue;
    used = addResourceLists(used, maskResourceList(usageOf(api, e, namespace, hardNames, quota), matched));
  }
  // Every hard resource shows a used value, zero when nothing counts.
  for (const name of hardNames) if (!used.has(name)) used.set(name, parseQuantity("0"));
  return maskResourceList(used, hardNames);
}

function usageOf(api: ClusterApi, e: QuotaEvaluator, namespace: string, hardNames: string[], quota: KubeObject): ResourceList {
  let objects: KubeObject[];
  try {
    objects = api.list(gvrOf(e), { namespace, readOnly: true }).items;
  } catch {
    return new Map(); // a resource this cluster does not serve counts nothing
  }
  let sum: ResourceList = new Map();
  for (const obj of objects) {
    if (!quotaMatches(e, hardNames, quota, obj)) continue;
    sum = addResourceLists(sum, e.usage(obj));
  }
  return sum;
}

function desiredStatus(api: ClusterApi, quota: KubeObject): { hard: Record<string, string>; used: Record<string, string> } {
  const hard = toResourceList((quota.spec as { hard?: Record<string, unknown> } | undefined)?.hard);
  return { hard: toJsonResourceList(hard), used: toJsonResourceList(calculateQuotaUsage(api, quota)) };
}

export function startResourceQuotaController(api: ClusterApi): () => void {
  const stops: (() => void)[] = [];
  const watched = new Set<string>();
  const lastHard = new Map<string, string>();
  const pending = new Set<string>(); // namespaces to sync
  // A namespace without quotas has nothing to sync: its objects' events need no list of quotas.
  const withQuotas = new NamespacesHolding();
  let syncing = false;

  const syncNamespace = (namespace: string) => {
    for (const quota of api.list(resourceQuotasGVR, { namespace, readOnly: true }).items) {
      const status = desiredStatus(api, quota);
      if (JSON.stringify(quota.status ?? {}) === JSON.stringify(status)) continue;
      api.update({ ...quota, status }, { subresource: "status", readOnlyResult: true });
    }
  };

  // Events may arrive while we write; queue them and drain in one loop.
  const enqueue = (namespace: string) => {
    pending.add(namespace);
    if (syncing) return;
    syncing = true;
    try {
      while (pending.size) {
        const [ns] = pending;
        pending.delete(ns);
        syncNamespace(ns);
      }
    } finally {
      syncing = false;
    }
  };

  const watchResource = (e: QuotaEvaluator) => {
    const key = `${e.group}/${e.resource}`;
    if (watched.has(key)) return;
    watched.add(key);
    try {
      stops.push(api.watch(gvrOf(e), {}, (ev) => withQuotas.has(ev.object.metadata.namespace) && enqueue(ev.object.metadata.namespace!)));
    } catch {
      // not served here: nothing to count
    }
  };

  const onQuota = (ev: WatchEvent) => {
    const q = ev.object;
    withQuotas.apply(ev);
    const key = `${q.metadata.namespace}/${q.metadata.name}`;
    if (ev.type === "DELETED") {
      lastHard.delete(key);
      return;
    }
    const hardNames = Object.keys((q.spec as { hard?: Record<string, unknown> } | undefined)?.hard ?? {});
    for (const e of evaluatorsForHard(hardNames)) watchResource(e);
    // Upstream re-syncs a quota only when its spec changed, not on its own status writes.
    const hardJson = JSON.stringify((q.spec as { hard?: unknown } | undefined)?.hard ?? {});
    if (ev.type === "MODIFIED" && lastHard.get(key) === hardJson) return;
    lastHard.set(key, hardJson);
    enqueue(q.metadata.namespace ?? "");
  };

  for (const e of evaluatorsForHard([])) watchResource(e);
  stops.push(api.watch(resourceQuotasGVR, {}, onQuota));
  for (const q of api.list(resourceQuotasGVR, { readOnly: true }).items) onQuota({ type: "ADDED", object: q });
  return () => {
    for (const stop of stops) stop();
  };
}
