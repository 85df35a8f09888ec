// The shapes of apps/v1 DaemonSets and core/v1 Nodes as this controller reads
// them (k8s.io/api apps/v1 and core/v1 types.go): plain JSON, narrowed.
import type { MetaLabelSelector } from "../../apiserver/selectors";
import type { KubeObject } from "../../apiserver/types";
import type { PodTemplate } from "../replicaset/types";

export interface DaemonSetSpec {
  selector?: MetaLabelSelector;
  template?: PodTemplate;
  updateStrategy?: { type?: "RollingUpdate" | "OnDelete"; rollingUpdate?: { maxUnavailable?: number | string; maxSurge?: number | string } };
  minReadySeconds?: number;
  revisionHistoryLimit?: number;
  templateGeneration?: number;
}

export interface DaemonSetStatus {
  currentNumberScheduled: number;
  numberMisscheduled: number;
  desiredNumberScheduled: number;
  numberReady: number;
  observedGeneration?: number;
  updatedNumberScheduled?: number;
  numberAvailable?: number;
  numberUnavailable?: number;
  collisionCount?: number;
  conditions?: unknown[];
}

export type DaemonSet = KubeObject & { spec: DaemonSetSpec; status?: DaemonSetStatus };

export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

export type Node = KubeObject & { spec?: { taints?: Taint[]; unschedulable?: boolean } };

export const daemonSetsGVR = { group: "apps", version: "v1", resource: "daemonsets" };
export const nodesGVR = { group: "", version: "v1", resource: "nodes" };
export const controllerRevisionsGVR = { group: "apps", version: "v1", resource: "controllerrevisions" };
