// Builders for admission tests: the attributes of a request and the objects it carries.
import type { ResourceInfo } from "../../resource-info";
import type { KubeObject, Operation } from "../../types";
import type { AdmissionAttributes } from "../interface";

export function resourceInfo(group: string, kind: string, resource: string, namespaced = true): ResourceInfo {
  return {
    group,
    version: "v1",
    resource,
    singular: kind.toLowerCase(),
    kind,
    listKind: `${kind}List`,
    shortNames: [],
    namespaced,
    verbs: [],
    categories: [],
    subresources: [],
  };
}

export const podsResource = resourceInfo("", "Pod", "pods");
export const namespacesResource = resourceInfo("", "Namespace", "namespaces", false);
export const pvcsResource = resourceInfo("", "PersistentVolumeClaim", "persistentvolumeclaims");
export const servicesResource = resourceInfo("", "Service", "services");
export const configMapsResource = resourceInfo("", "ConfigMap", "configmaps");
export const deploymentsResource = { ...resourceInfo("apps", "Deployment", "deployments") };

export function attributes(
  operation: Operation,
  resource: ResourceInfo,
  object: KubeObject | undefined,
  overrides: Partial<AdmissionAttributes> = {},
): AdmissionAttributes {
  return {
    operation,
    resource,
    subresource: "",
    namespace: object?.metadata.namespace ?? "",
    name: object?.metadata.name ?? "",
    object,
    oldObject: undefined,
    dryRun: false,
    ...overrides,
  };
}

export function namespace(name: string, phase = "Active"): KubeObject {
  return { apiVersion: "v1", kind: "Namespace", metadata: { name }, status: { phase } };
}

export function serviceAccount(ns: string, name: string, extra: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: "v1", kind: "ServiceAccount", metadata: { name, namespace: ns }, ...extra };
}

interface ContainerSpec {
  name: string;
  image?: string;
  requests?: Record<string, string>;
  limits?: Record<string, string>;
}

export function container(c: ContainerSpec): Record<string, unknown> {
  const out: Record<string, unknown> = { name: c.name, image: c.image ?? "nginx" };
  const resources: Record<string, unknown> = {};
  if (c.requests) resources.requests = c.requests;
  if (c.limits) resources.limits = c.limits;
  if (c.requests || c.limits) out.resources = resources;
  return out;
}

export function pod(ns: string, name: string, containers: ContainerSpec[], spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: ns },
    spec: { containers: containers.map(container), ...spec },
  };
}
