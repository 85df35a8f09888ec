// Pod strategy (pkg/registry/core/pod/strategy.go).
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import type { PodSpec } from "../../validation/pod-types";
import { keepSpec } from "../generation";
import { deepEqual } from "../../validation/deep-equal";
import { podQOSClass } from "./qos";
import { validatePod, validatePodStatusUpdate, validatePodUpdate } from "./validation";

export const podStrategy: Strategy = {
  prepareForCreate(pod: KubeObject) {
    // PodObservedGenerationTracking (beta, on in v1.34): generation starts at 1.
    pod.metadata.generation = 1;
    pod.status = { phase: "Pending", qosClass: podQOSClass(pod.spec as PodSpec) };
  },
  prepareForUpdate(pod: KubeObject, old: KubeObject) {
    pod.status = old.status;
    const gen = old.metadata.generation ?? 0;
    pod.metadata.generation = deepEqual(pod.spec, old.spec) ? gen : gen + 1;
  },
  validate: validatePod,
  validateUpdate: validatePodUpdate,
  validateStatusUpdate: validatePodStatusUpdate,
  prepareForStatusUpdate(pod: KubeObject, old: KubeObject) {
    keepSpec(pod, old);
    // The status endpoint may not touch owner references (old kubelets corrupted them).
    pod.metadata.ownerReferences = old.metadata.ownerReferences;
    if (pod.metadata.ownerReferences === undefined) delete pod.metadata.ownerReferences;
  },
};
