// The shapes of apps/v1 ReplicaSets and core/v1 Pods as these controllers read
// them (k8s.io/api apps/v1 and core/v1 types.go): plain JSON, narrowed.
import type { MetaLabelSelector } from "../../apiserver/selectors";
import type { KubeObject, ObjectMeta } from "../../apiserver/types";

export interface PodTemplate {
  metadata?: Pick<ObjectMeta, "labels" | "annotations" | "finalizers"> & Record<string, unknown>;
  spec?: Record<string, unknown>;
}

export interface ReplicaSetCondition {
  type: string;
  status: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

export interface ReplicaSetStatus {
  replicas: number;
  fullyLabeledReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  observedGeneration?: number;
  conditions?: ReplicaSetCondition[];
}

export interface ReplicaSetSpec {
  replicas?: number;
  minReadySeconds?: number;
  selector?: MetaLabelSelector;
  template?: PodTemplate;
}

export type ReplicaSet = KubeObject & { spec: ReplicaSetSpec; status?: ReplicaSetStatus };

export interface PodCondition {
  type: string;
  status: string;
  lastProbeTime?: string | null;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

export interface PodStatus {
  phase?: string;
  conditions?: PodCondition[];
  containerStatuses?: { name?: string; restartCount?: number; ready?: boolean }[];
  [field: string]: unknown;
}

export type Pod = KubeObject & { spec?: { nodeName?: string; [field: string]: unknown }; status?: PodStatus };

export const podsGVR = { group: "", version: "v1", resource: "pods" };
export const replicaSetsGVR = { group: "apps", version: "v1", resource: "replicasets" };

/** spec.replicas is defaulted to 1 by the API server; the fallback mirrors that default. */
export function replicasOf(rs: { spec?: { replicas?: number } }): number {
  return rs.spec?.replicas ?? 1;
}
