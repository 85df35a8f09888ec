// Reads and writes of the storage controllers through the ClusterApi.
import type { ClusterApi } from "../../apiserver/api-interface";
import { isNotFound } from "../../apiserver/errors";
import type { GroupVersionResource, KubeObject } from "../../apiserver/types";

export const gvr = {
  pvcs: { group: "", version: "v1", resource: "persistentvolumeclaims" },
  pvs: { group: "", version: "v1", resource: "persistentvolumes" },
  pods: { group: "", version: "v1", resource: "pods" },
  nodes: { group: "", version: "v1", resource: "nodes" },
  storageClasses: { group: "storage.k8s.io", version: "v1", resource: "storageclasses" },
} satisfies Record<string, GroupVersionResource>;

/** The object, or undefined when it does not exist. */
export function getOrUndefined<T extends KubeObject>(api: ClusterApi, g: GroupVersionResource, namespace: string, name: string): T | undefined {
  try {
    return api.get(g, namespace, name) as T;
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

export function listAll<T extends KubeObject>(api: ClusterApi, g: GroupVersionResource, namespace?: string): T[] {
  return api.list(g, { readOnly: true, namespace }).items as T[];
}

/** A claim's or a pod's key, "namespace/name". */
export function claimKey(namespace: string | undefined, name: string | undefined): string {
  return `${namespace ?? ""}/${name ?? ""}`;
}
