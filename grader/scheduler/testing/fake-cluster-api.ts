// An in-memory ClusterApi with just what the scheduler adapter calls (list,
// get, create incl. pods/binding, update), for tests and the bench.
import type { ClusterApi, ObjectList } from "../../apiserver/api-interface";
import { StatusError } from "../../apiserver/errors";
import type { GroupVersionResource, KubeObject } from "../../apiserver/types";

const resourceOfKind: Record<string, string> = {
  Node: "nodes",
  Pod: "pods",
  PersistentVolumeClaim: "persistentvolumeclaims",
  PersistentVolume: "persistentvolumes",
  StorageClass: "storageclasses",
  Namespace: "namespaces",
  Event: "events",
};

function notFound(resource: string, name: string): StatusError {
  return new StatusError({
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message: `${resource} "${name}" not found`,
    reason: "NotFound",
    details: { name, kind: resource },
    code: 404,
  });
}

export class FakeClusterApi implements ClusterApi {
  readonly objects = new Map<string, Map<string, KubeObject>>();
  private rv = 1;

  constructor(objects: KubeObject[] = []) {
    for (const o of objects) this.put(o);
  }

  private put(obj: KubeObject): KubeObject {
    const resource = resourceOfKind[obj.kind];
    let byKey = this.objects.get(resource);
    if (!byKey) this.objects.set(resource, (byKey = new Map()));
    const stored = structuredClone(obj);
    stored.metadata.resourceVersion = String(this.rv++);
    byKey.set(`${stored.metadata.namespace ?? ""}/${stored.metadata.name}`, stored);
    return structuredClone(stored);
  }

  create(obj: KubeObject, opts: { namespace?: string } = {}): KubeObject {
    if (obj.kind === "Binding") {
      const ns = opts.namespace ?? obj.metadata.namespace ?? "default";
      const pod = this.get({ group: "", version: "v1", resource: "pods" }, ns, obj.metadata.name ?? "");
      (pod.spec as { nodeName?: string }).nodeName = (obj.target as { name: string }).name;
      this.put(pod);
      return obj;
    }
    return this.put(obj);
  }

  get(gvr: GroupVersionResource, namespace: string, name: string): KubeObject {
    const o = this.objects.get(gvr.resource)?.get(`${namespace}/${name}`);
    if (!o) throw notFound(gvr.resource, name);
    return structuredClone(o);
  }

  list(gvr: GroupVersionResource): ObjectList {
    return { apiVersion: "v1", kind: "List", metadata: { resourceVersion: String(this.rv) }, items: [...(this.objects.get(gvr.resource)?.values() ?? [])].map((o) => structuredClone(o)) };
  }

  update(obj: KubeObject): KubeObject {
    const resource = resourceOfKind[obj.kind];
    if (!this.objects.get(resource)?.has(`${obj.metadata.namespace ?? ""}/${obj.metadata.name}`)) throw notFound(resource, obj.metadata.name ?? "");
    return this.put(obj);
  }

  patch(): KubeObject {
    throw new Error("FakeClusterApi.patch is not implemented");
  }

  delete(): KubeObject {
    throw new Error("FakeClusterApi.delete is not implemented");
  }

  watch(): () => void {
    return () => undefined;
  }

  /** Objects of a resource, for assertions. */
  all(resource: string): KubeObject[] {
    return [...(this.objects.get(resource)?.values() ?? [])].map((o) => structuredClone(o));
  }
}
