// The one in-process API of the simulated cluster. kubectl, controllers, the
// scheduler, the kubelet model and the checks all go through it. Calls are
// synchronous (everything is in memory) and throw StatusError on failure.
import type { GroupVersionResource, KubeObject } from "./types";

export type PatchType = "json" | "merge" | "strategic";
export type PropagationPolicy = "Background" | "Foreground" | "Orphan";

export interface ListOptions {
  namespace?: string; // undefined or "" = all namespaces
  labelSelector?: string; // `app=web,tier!=db,env in (a,b),!canary`
  fieldSelector?: string; // `metadata.name=x,status.phase!=Running,spec.nodeName=node01`
  /**
   * Items are shared, frozen copies instead of fresh ones: much cheaper for
   * the controllers and admission plugins that only read them (an informer
   * cache's objects, upstream). Changing one throws.
   */
  readOnly?: boolean;
}

export interface GetOptions {
  /**
   * The stored object itself, frozen and shared, instead of a fresh copy: for
   * the admission plugins and controllers that only read it. Changing it throws.
   */
  readOnly?: boolean;
}

export interface WriteOptions {
  dryRun?: boolean;
  fieldManager?: string;
  /**
   * What the write returns is the stored object itself, frozen and shared (a
   * Binding: the body as given), instead of a fresh copy: for the controllers
   * that ignore the result or only read it. Changing it throws.
   */
  readOnlyResult?: boolean;
}

export interface DeleteOptions {
  dryRun?: boolean;
  propagationPolicy?: PropagationPolicy;
  gracePeriodSeconds?: number;
}

export interface ObjectList {
  apiVersion: string;
  kind: string; // "PodList"
  metadata: { resourceVersion: string };
  items: KubeObject[];
}

export type WatchEventType = "ADDED" | "MODIFIED" | "DELETED";
export interface WatchEvent {
  type: WatchEventType;
  object: KubeObject;
}

/** A resource is named by its group/version/resource; `version` may be "" for the preferred one. */
export interface ClusterApi {
  /** Creates `obj` (its apiVersion/kind say where); `namespace` defaults to obj.metadata.namespace or "default". */
  create(obj: KubeObject, opts?: WriteOptions & { namespace?: string }): KubeObject;
  get(gvr: GroupVersionResource, namespace: string, name: string, opts?: GetOptions): KubeObject;
  list(gvr: GroupVersionResource, opts?: ListOptions): ObjectList;
  /** Replaces the object (optimistic concurrency when metadata.resourceVersion is set). */
  update(obj: KubeObject, opts?: WriteOptions & { subresource?: string }): KubeObject;
  patch(
    gvr: GroupVersionResource,
    namespace: string,
    name: string,
    type: PatchType,
    patch: unknown,
    opts?: WriteOptions & { subresource?: string },
  ): KubeObject;
  delete(gvr: GroupVersionResource, namespace: string, name: string, opts?: DeleteOptions): KubeObject;
  watch(gvr: GroupVersionResource, opts: ListOptions, onEvent: (e: WatchEvent) => void): () => void;
}
