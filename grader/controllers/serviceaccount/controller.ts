// The ServiceAccounts controller (pkg/controller/serviceaccount/serviceaccounts_controller.go):
// every active namespace has a `default` ServiceAccount. Watch-driven and
// synchronous: a namespace's `default` exists by the time its create returns,
// and comes back at once when deleted.
import type { ClusterApi } from "../../apiserver/api-interface";
import { isStatusError } from "../../apiserver/errors";
import type { GroupVersionResource, KubeObject } from "../../apiserver/types";

export const defaultServiceAccountName = "default";

const namespaces: GroupVersionResource = { group: "", version: "v1", resource: "namespaces" };
const serviceAccounts: GroupVersionResource = { group: "", version: "v1", resource: "serviceaccounts" };

function isActive(ns: KubeObject): boolean {
  const phase = (ns.status as { phase?: string } | undefined)?.phase;
  return !ns.metadata.deletionTimestamp && phase !== "Terminating";
}

/** Makes sure `default` exists in `namespace` if the namespace is active. */
export function syncNamespace(api: ClusterApi, namespace: string): void {
  let ns: KubeObject;
  try {
    ns = api.get(namespaces, "", namespace, { readOnly: true });
  } catch (e) {
    if (isStatusError(e) && e.reason === "NotFound") return;
    throw e;
  }
  if (!isActive(ns)) return;
  try {
    api.get(serviceAccounts, namespace, defaultServiceAccountName, { readOnly: true });
    return;
  } catch (e) {
    if (!(isStatusError(e) && e.reason === "NotFound")) throw e;
  }
  try {
    api.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: defaultServiceAccountName, namespace } }, { readOnlyResult: true });
  } catch (e) {
    // Lost a race with another writer, or the namespace started terminating: both fine.
    if (isStatusError(e) && (e.reason === "AlreadyExists" || e.reason === "Forbidden" || e.reason === "NotFound")) return;
    throw e;
  }
}

/** Starts the controller; returns a function that stops it. */
export function startServiceAccountController(api: ClusterApi): () => void {
  const stopNamespaces = api.watch(namespaces, {}, (e) => {
    if (e.type !== "DELETED") syncNamespace(api, e.object.metadata.name ?? "");
  });
  const stopServiceAccounts = api.watch(serviceAccounts, { fieldSelector: `metadata.name=${defaultServiceAccountName}` }, (e) => {
    if (e.type === "DELETED") syncNamespace(api, e.object.metadata.namespace ?? "");
  });
  for (const ns of api.list(namespaces, { readOnly: true }).items) syncNamespace(api, ns.metadata.name ?? "");
  return () => {
    stopNamespaces();
    stopServiceAccounts();
  };
}
