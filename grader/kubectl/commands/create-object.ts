// cli-runtime's resource.Helper.Create(namespace, modify=true, obj), which
// kubectl create, apply and replace --force all use: with modify set, a
// resourceVersion in the manifest (an exported `get -o yaml`) is cleared
// before the object is sent, so re-creating from an export works.
import type { ClusterApi, WriteOptions } from "../../apiserver/api-interface";
import type { KubeObject } from "../../apiserver/types";

export function createObject(api: ClusterApi, obj: KubeObject, opts: WriteOptions & { namespace?: string }): KubeObject {
  if (!obj.metadata?.resourceVersion) return api.create(obj, opts);
  const { resourceVersion: _dropped, ...metadata } = obj.metadata;
  return api.create({ ...obj, metadata }, opts);
}
