// The spec shapes of the apps/v1 workloads, as validation reads them.
import type { LabelSelector } from "../../validation/go-value";
import type { IntOrPercent } from "../../validation/int-or-percent";
import type { PodTemplateSpec } from "../../validation/pod-types";

export interface WorkloadSpec {
  replicas?: number;
  selector?: LabelSelector;
  template?: PodTemplateSpec;
  minReadySeconds?: number;
  revisionHistoryLimit?: number;
  progressDeadlineSeconds?: number;
  paused?: boolean;
  strategy?: { type?: string; rollingUpdate?: { maxUnavailable?: IntOrPercent; maxSurge?: IntOrPercent } };
  updateStrategy?: {
    type?: string;
    rollingUpdate?: { maxUnavailable?: IntOrPercent; maxSurge?: IntOrPercent; partition?: number };
  };
  podManagementPolicy?: string;
  serviceName?: string;
  volumeClaimTemplates?: unknown[];
  persistentVolumeClaimRetentionPolicy?: { whenDeleted?: string; whenScaled?: string };
  ordinals?: { start?: number };
  [field: string]: unknown;
}
