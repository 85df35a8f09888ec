// The objects an `expect`, `absent` or `jsonpath` check looks at, read through
// the cluster's API like kubectl would: one by name, or a list by namespace
// and label selector.
import type { ClusterApi } from "../apiserver/api-interface";
import { isNotFound } from "../apiserver/errors";
import { builtinRegistry, type ResourceRegistry } from "../apiserver/registry";
import type { ResourceInfo } from "../apiserver/resource-info";
import type { GroupVersionResource, KubeObject } from "../apiserver/types";

export interface ObjectSelection {
  apiVersion?: string;
  kind: string;
  namespace?: string;
  name?: string;
  selector?: Record<string, string> | string;
}

export interface SelectedObjects {
  info: ResourceInfo;
  objects: KubeObject[];
  /** What was selected, for messages: `pods "web"`, `pods with app=web`, `pods`. */
  what: string;
  /** ` in namespace "shop"`, or "" for cluster-scoped kinds. */
  where: string;
}

/** An API that knows its REST mapping (the simulated ApiServer does); others use the built-in resources. */
export type CheckedApi = ClusterApi & { registry?: ResourceRegistry };

export const defaultNamespace = "default";

/** The served resource of a kind; with no apiVersion, the kind's preferred version (core before other groups). */
export function resolveSelectionKind(
  registry: ResourceRegistry,
  apiVersion: string | undefined,
  kind: string,
): { info: ResourceInfo; gvr: GroupVersionResource } {
  if (apiVersion) {
    const { entry, version } = registry.resolveKind(apiVersion, kind);
    return { info: entry.info, gvr: { group: entry.info.group, version, resource: entry.info.resource } };
  }
  const entry = registry.entries().find((e) => e.info.kind === kind);
  if (!entry) throw new Error(`no resource of kind ${JSON.stringify(kind)} is served by the cluster`);
  return { info: entry.info, gvr: { group: entry.info.group, version: entry.info.version, resource: entry.info.resource } };
}

/** A selector map as selector syntax, keys sorted so messages are stable: `app=web,tier=db`. */
export function selectorText(selector: Record<string, string> | string): string {
  if (typeof selector === "string") return selector;
  return Object.keys(selector)
    .sort()
    .map((k) => `${k}=${selector[k]}`)
    .join(",");
}

export function selectObjects(api: CheckedApi, selection: ObjectSelection): SelectedObjects {
  const registry = api.registry ?? builtinRegistry;
  const { info, gvr } = resolveSelectionKind(registry, selection.apiVersion, selection.kind);
  const namespace = info.namespaced ? (selection.namespace ?? defaultNamespace) : "";
  const where = info.namespaced ? ` in namespace ${JSON.stringify(namespace)}` : "";
  if (selection.name !== undefined) {
    const what = `${info.resource} ${JSON.stringify(selection.name)}`;
    try {
      return { info, what, where, objects: [api.get(gvr, namespace, selection.name)] };
    } catch (e) {
      if (isNotFound(e)) return { info, what, where, objects: [] };
      throw e;
    }
  }
  const labelSelector = selection.selector === undefined ? undefined : selectorText(selection.selector);
  const what = labelSelector ? `${info.resource} with ${labelSelector}` : info.resource;
  const list = api.list(gvr, { namespace: namespace || undefined, labelSelector });
  return { info, what, where, objects: list.items };
}

/** `pod/web`, as kubectl names an object. */
export function objectRef(info: ResourceInfo, obj: KubeObject): string {
  return `${info.singular}/${obj.metadata.name ?? ""}`;
}
