// The shapes of apps/v1 StatefulSets and ControllerRevisions as this
// controller reads them (k8s.io/api apps/v1 types.go): plain JSON, narrowed.
import type { MetaLabelSelector } from "../../apiserver/selectors";
import type { KubeObject } from "../../apiserver/types";
import type { PodTemplate } from "../replicaset/types";

export interface StatefulSetSpec {
  replicas?: number;
  selector?: MetaLabelSelector;
  template?: PodTemplate;
  volumeClaimTemplates?: KubeObject[];
  serviceName?: string;
  podManagementPolicy?: "OrderedReady" | "Parallel";
  updateStrategy?: { type?: "RollingUpdate" | "OnDelete"; rollingUpdate?: { partition?: number; maxUnavailable?: number | string } };
  revisionHistoryLimit?: number;
  minReadySeconds?: number;
  ordinals?: { start?: number };
}

export interface StatefulSetStatus {
  observedGeneration?: number;
  replicas: number;
  readyReplicas?: number;
  currentReplicas?: number;
  updatedReplicas?: number;
  currentRevision?: string;
  updateRevision?: string;
  collisionCount?: number;
  conditions?: unknown[];
  availableReplicas: number;
}

export type StatefulSet = KubeObject & { spec: StatefulSetSpec; status?: StatefulSetStatus };

export type ControllerRevision = KubeObject & { data?: unknown; revision: number };

export const statefulSetsGVR = { group: "apps", version: "v1", resource: "statefulsets" };
export const controllerRevisionsGVR = { group: "apps", version: "v1", resource: "controllerrevisions" };
export const pvcsGVR = { group: "", version: "v1", resource: "persistentvolumeclaims" };
