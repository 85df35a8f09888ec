// Small builders for the API server's tests: valid objects of a few kinds.
import type { KubeObject, GroupVersionResource } from "../types";

export const gvr = {
  pods: { group: "", version: "v1", resource: "pods" },
  configmaps: { group: "", version: "v1", resource: "configmaps" },
  namespaces: { group: "", version: "v1", resource: "namespaces" },
  serviceaccounts: { group: "", version: "v1", resource: "serviceaccounts" },
  deployments: { group: "apps", version: "v1", resource: "deployments" },
  replicasets: { group: "apps", version: "v1", resource: "replicasets" },
  events: { group: "", version: "v1", resource: "events" },
  hpaV1: { group: "autoscaling", version: "v1", resource: "horizontalpodautoscalers" },
  hpaV2: { group: "autoscaling", version: "v2", resource: "horizontalpodautoscalers" },
} satisfies Record<string, GroupVersionResource>;

export function namespace(name: string): KubeObject {
  return { apiVersion: "v1", kind: "Namespace", metadata: { name } };
}

export function configMap(name: string, data: Record<string, string> = {}, namespace = "default"): KubeObject {
  return { apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace }, data };
}

export function pod(name: string, labels: Record<string, string> = {}, namespace = "default"): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace, labels },
    spec: { containers: [{ name: "c", image: "nginx:1.27" }] },
  };
}

export function deployment(name: string, replicas = 1, namespace = "default"): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name, namespace },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: "c", image: "nginx:1.27" }] } },
    },
  };
}

export function ownedBy(obj: KubeObject, owner: KubeObject): KubeObject {
  return {
    ...obj,
    metadata: {
      ...obj.metadata,
      ownerReferences: [
        { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name!, uid: owner.metadata.uid!, controller: true, blockOwnerDeletion: true },
      ],
    },
  };
}

export function replicaSetOf(d: KubeObject, hash = "abc12"): KubeObject {
  const name = d.metadata.name!;
  return ownedBy(
    {
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: { name: `${name}-${hash}`, namespace: d.metadata.namespace },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: name, "pod-template-hash": hash } },
        template: { metadata: { labels: { app: name, "pod-template-hash": hash } }, spec: { containers: [{ name: "c", image: "nginx:1.27" }] } },
      },
    },
    d,
  );
}
