// ConfigMaps and Secrets as the kubelet reads them for env and volumes, with
// upstream's error texts (kubelet_pods.go makeEnvironmentVariables, configmap/secret volume plugins).
import type { ClusterApi } from "../apiserver/api-interface";
import type { KubeObject } from "../apiserver/types";

type Json = Record<string, unknown>;

export class ConfigError extends Error {}

// Both return the stored object itself (frozen, shared): the kubelet only reads them.
export function getConfigMap(api: ClusterApi, namespace: string, name: string): KubeObject | undefined {
  try {
    return api.get({ group: "", version: "v1", resource: "configmaps" }, namespace, name, { readOnly: true });
  } catch {
    return undefined;
  }
}

export function getSecret(api: ClusterApi, namespace: string, name: string): KubeObject | undefined {
  try {
    return api.get({ group: "", version: "v1", resource: "secrets" }, namespace, name, { readOnly: true });
  } catch {
    return undefined;
  }
}

/** A ConfigMap's keys as text (binaryData decoded as latin1 text). */
export function configMapData(cm: KubeObject): Record<string, string> {
  const out: Record<string, string> = { ...((cm.data as Record<string, string>) ?? {}) };
  for (const [k, v] of Object.entries((cm.binaryData as Record<string, string>) ?? {})) out[k] = Buffer.from(v, "base64").toString("latin1");
  return out;
}

/** A Secret's keys decoded from base64 (stringData is folded into data by the API server). */
export function secretData(secret: KubeObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((secret.data as Record<string, string>) ?? {})) out[k] = Buffer.from(v, "base64").toString("utf8");
  for (const [k, v] of Object.entries((secret.stringData as Record<string, string>) ?? {})) out[k] = v;
  return out;
}

export type { Json };
