// The apps/v1 Deployment as this controller reads and writes it (k8s.io/api apps/v1 types.go).
import type { MetaLabelSelector } from "../../apiserver/selectors";
import type { KubeObject } from "../../apiserver/types";
import type { PodTemplate, ReplicaSet } from "../replicaset/types";

export type IntOrPercent = number | string;

export interface DeploymentSpec {
  replicas?: number;
  selector?: MetaLabelSelector;
  template?: PodTemplate;
  strategy?: { type?: string; rollingUpdate?: { maxSurge?: IntOrPercent; maxUnavailable?: IntOrPercent } };
  minReadySeconds?: number;
  revisionHistoryLimit?: number;
  paused?: boolean;
  progressDeadlineSeconds?: number;
}

export interface DeploymentCondition {
  type: string;
  status: string;
  lastUpdateTime?: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

export interface DeploymentStatus {
  observedGeneration?: number;
  replicas?: number;
  updatedReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  unavailableReplicas?: number;
  conditions?: DeploymentCondition[];
  collisionCount?: number;
}

export type Deployment = KubeObject & { spec: DeploymentSpec; status?: DeploymentStatus };

export type { ReplicaSet };

export const deploymentsGVR = { group: "apps", version: "v1", resource: "deployments" };

export const recreateStrategy = "Recreate";
export const rollingUpdateStrategy = "RollingUpdate";

/** The label that tells a Deployment's ReplicaSets (and their pods) apart: apps.DefaultDeploymentUniqueLabelKey. */
export const podTemplateHashLabel = "pod-template-hash";

export function desiredReplicas(d: Deployment): number {
  return d.spec.replicas ?? 1;
}

export function isRollingUpdate(d: Deployment): boolean {
  return (d.spec.strategy?.type ?? rollingUpdateStrategy) === rollingUpdateStrategy;
}
