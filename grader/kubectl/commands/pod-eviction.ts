// The pods/eviction subresource as drain uses it (kubernetes
// pkg/registry/core/pod/storage/eviction.go): a pod covered by one
// PodDisruptionBudget is deleted only while status.disruptionsAllowed > 0,
// which the eviction lowers; otherwise 429 TooManyRequests.
// The simulated API server has no eviction endpoint yet, so kubectl drain
// performs the same steps through the ordinary API.
import { StatusError } from "../../apiserver/errors";
import { rfc3339FromMs } from "../../apiserver/printers/timestamps";
import type { KubeObject } from "../../apiserver/types";
import type { KubectlIO } from "./command";

type Json = Record<string, unknown>;
const pods = { group: "", version: "v1", resource: "pods" };
const pdbs = { group: "policy", version: "v1", resource: "poddisruptionbudgets" };

export const violatesBudgetText = "Cannot evict pod as it would violate the pod's disruption budget.";

interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** metav1.LabelSelectorAsSelector(...).Matches; an empty selector matches every pod (policy/v1). */
function selects(sel: Selector | undefined, labels: Record<string, string>): boolean {
  if (!sel) return false;
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = e.key in labels;
    const ok =
      e.operator === "In" ? has && (e.values ?? []).includes(labels[e.key])
      : e.operator === "NotIn" ? !has || !(e.values ?? []).includes(labels[e.key])
      : e.operator === "Exists" ? has
      : e.operator === "DoesNotExist" ? !has
      : false;
    if (!ok) return false;
  }
  return true;
}

function tooManyRequests(message: string): StatusError {
  return new StatusError({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason: "TooManyRequests", code: 429 });
}

/** Evicts `pod`: throws NotFound when it is gone, 429 when its budget allows no disruption. */
export function evictPod(io: KubectlIO, pod: KubeObject, gracePeriodSeconds: number | undefined): void {
  const api = io.cluster.api;
  const ns = pod.metadata.namespace ?? "";
  const name = pod.metadata.name ?? "";
  const live = api.get(pods, ns, name);
  const phase = ((live.status as Json | undefined)?.phase as string | undefined) ?? "";
  const del = () => api.delete(pods, ns, name, { gracePeriodSeconds });
  // canIgnorePDB: terminal, pending and already-terminating pods go without a budget check.
  if (phase === "Succeeded" || phase === "Failed" || phase === "Pending" || live.metadata.deletionTimestamp) {
    del();
    return;
  }
  const labels = live.metadata.labels ?? {};
  const budgets = api.list(pdbs, { namespace: ns }).items.filter((b) => selects((b.spec as Json | undefined)?.selector as Selector | undefined, labels));
  if (budgets.length === 0) {
    del();
    return;
  }
  if (budgets.length > 1) {
    throw new StatusError({
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.",
      reason: "InternalError",
      code: 500,
    });
  }
  const budget = budgets[0];
  const status = (budget.status ?? {}) as Json;
  const allowed = typeof status.disruptionsAllowed === "number" ? status.disruptionsAllowed : 0;
  if (allowed <= 0) throw tooManyRequests(violatesBudgetText);
  const next: KubeObject = structuredClone(budget);
  const nextStatus = (next.status ?? {}) as Json;
  nextStatus.disruptionsAllowed = allowed - 1;
  nextStatus.disruptedPods = { ...((nextStatus.disruptedPods as Record<string, string> | undefined) ?? {}), [name]: rfc3339FromMs(api.clock.now()) };
  next.status = nextStatus;
  api.update(next, { subresource: "status" });
  del();
}
