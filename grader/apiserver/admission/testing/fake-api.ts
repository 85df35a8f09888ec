// A tiny in-memory ClusterApi for admission and quota-controller tests: only get,
// list, create, update and watch, keyed by resource/namespace/name. Not the real
// API server (no validation, no defaulting); integration tests use that.
import type { ClusterApi, ListOptions, ObjectList, WatchEvent, WriteOptions } from "../../api-interface";
import { newNotFound } from "../../errors";
import type { GroupVersionResource, KubeObject } from "../../types";

// kind → resource for the kinds these tests store.
const resourceOfKind: Record<string, { group: string; resource: string }> = {
  Namespace: { group: "", resource: "namespaces" },
  ServiceAccount: { group: "", resource: "serviceaccounts" },
  LimitRange: { group: "", resource: "limitranges" },
  ResourceQuota: { group: "", resource: "resourcequotas" },
  Pod: { group: "", resource: "pods" },
  Service: { group: "", resource: "services" },
  ConfigMap: { group: "", resource: "configmaps" },
  Secret: { group: "", resource: "secrets" },
  PersistentVolumeClaim: { group: "", resource: "persistentvolumeclaims" },
  Deployment: { group: "apps", resource: "deployments" },
  PriorityClass: { group: "scheduling.k8s.io", resource: "priorityclasses" },
  StorageClass: { group: "storage.k8s.io", resource: "storageclasses" },
};

interface Watcher {
  key: string;
  namespace: string;
  onEvent: (e: WatchEvent) => void;
}

export class FakeApi implements ClusterApi {
  private readonly objects = new Map<string, KubeObject>();
  private readonly watchers: Watcher[] = [];
  private resourceVersion = 0;
  /** Every update call, for assertions ("the quota status was written"). */
  readonly updates: { obj: KubeObject; subresource?: string }[] = [];

  constructor(objects: KubeObject[] = []) {
    for (const o of objects) this.create(o);
  }

  private static resourceKey(group: string, resource: string): string {
    return `${group}/${resource}`;
  }

  private keyOf(obj: KubeObject): { rkey: string; key: string } {
    const r = resourceOfKind[obj.kind];
    if (!r) throw new Error(`FakeApi: unknown kind ${obj.kind}`);
    const rkey = FakeApi.resourceKey(r.group, r.resource);
    return { rkey, key: `${rkey}|${obj.metadata.namespace ?? ""}|${obj.metadata.name}` };
  }

  private notify(rkey: string, type: WatchEvent["type"], obj: KubeObject): void {
    for (const w of [...this.watchers]) {
      if (w.key === rkey && (!w.namespace || w.namespace === obj.metadata.namespace)) w.onEvent({ type, object: structuredClone(obj) });
    }
  }

  create(obj: KubeObject, opts?: WriteOptions & { namespace?: string }): KubeObject {
    const stored = structuredClone(obj);
    if (opts?.namespace && !stored.metadata.namespace) stored.metadata.namespace = opts.namespace;
    stored.metadata.resourceVersion = String(++this.resourceVersion);
    const { rkey, key } = this.keyOf(stored);
    this.objects.set(key, stored);
    this.notify(rkey, "ADDED", stored);
    return structuredClone(stored);
  }

  get(gvr: GroupVersionResource, namespace: string, name: string): KubeObject {
    const o = this.objects.get(`${FakeApi.resourceKey(gvr.group, gvr.resource)}|${namespace}|${name}`);
    if (!o) throw newNotFound(gvr.group, gvr.resource, name);
    return structuredClone(o);
  }

  list(gvr: GroupVersionResource, opts?: ListOptions): ObjectList {
    const prefix = `${FakeApi.resourceKey(gvr.group, gvr.resource)}|`;
    const items = [...this.objects.entries()]
      .filter(([k, o]) => k.startsWith(prefix) && (!opts?.namespace || o.metadata.namespace === opts.namespace))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, o]) => structuredClone(o));
    return { apiVersion: "v1", kind: "List", metadata: { resourceVersion: String(this.resourceVersion) }, items };
  }

  update(obj: KubeObject, opts?: WriteOptions & { subresource?: string }): KubeObject {
    this.updates.push({ obj: structuredClone(obj), subresource: opts?.subresource });
    const { rkey, key } = this.keyOf(obj);
    const stored = structuredClone(obj);
    stored.metadata.resourceVersion = String(++this.resourceVersion);
    this.objects.set(key, stored);
    this.notify(rkey, "MODIFIED", stored);
    return structuredClone(stored);
  }

  patch(): KubeObject {
    throw new Error("FakeApi.patch is not implemented");
  }

  delete(gvr: GroupVersionResource, namespace: string, name: string): KubeObject {
    const key = `${FakeApi.resourceKey(gvr.group, gvr.resource)}|${namespace}|${name}`;
    const o = this.objects.get(key);
    if (!o) throw newNotFound(gvr.group, gvr.resource, name);
    this.objects.delete(key);
    this.notify(FakeApi.resourceKey(gvr.group, gvr.resource), "DELETED", o);
    return o;
  }

  watch(gvr: GroupVersionResource, opts: ListOptions, onEvent: (e: WatchEvent) => void): () => void {
    const w: Watcher = { key: FakeApi.resourceKey(gvr.group, gvr.resource), namespace: opts.namespace ?? "", onEvent };
    this.watchers.push(w);
    return () => {
      const i = this.watchers.indexOf(w);
      if (i >= 0) this.watchers.splice(i, 1);
    };
  }
}
