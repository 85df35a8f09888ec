// The pod a ReplicaSet creates (controller_utils.go GetPodFromTemplate):
// template labels, annotations and finalizers, generateName `<rs-name>-`, the
// ReplicaSet as controlling owner, and a copy of the template's spec.
import { deepCopyJson } from "../../apiserver/storage/deep-copy";
import type { KubeObject } from "../../apiserver/types";
import { newControllerRef } from "./controller-ref";
import type { ReplicaSet } from "./types";

export function podFromTemplate(rs: ReplicaSet): KubeObject {
  const template = rs.spec.template ?? {};
  const meta = template.metadata ?? {};
  const metadata: KubeObject["metadata"] = {
    generateName: `${rs.metadata.name}-`,
    namespace: rs.metadata.namespace,
    labels: { ...(meta.labels ?? {}) },
  };
  if (meta.annotations && Object.keys(meta.annotations).length) metadata.annotations = { ...meta.annotations };
  if (meta.finalizers?.length) metadata.finalizers = [...meta.finalizers];
  metadata.ownerReferences = [newControllerRef(rs)];
  return { apiVersion: "v1", kind: "Pod", metadata, spec: deepCopyJson(template.spec ?? {}) };
}
