// ReplicaSet validation and strategy (pkg/apis/apps/validation/validation.go,
// pkg/registry/apps/replicaset/strategy.go, v1.34).
import type { FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { nameIsDNSSubdomain } from "../../validation/names";
import { validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child } from "../../validation/path";
import { keepSpec, keepStatusAndBumpGeneration, resetForCreate } from "../generation";
import { validateSelectorAndTemplate, validateSelectorImmutable } from "./deployment";
import { rememberingValidFrozen } from "./valid-frozen-spec";
import type { WorkloadSpec } from "./workload-spec";

function validateReplicaSetSpec(spec: WorkloadSpec, path = "spec"): FieldError[] {
  const errs = validateNonnegative(spec.replicas, child(path, "replicas"));
  errs.push(...validateNonnegative(spec.minReadySeconds, child(path, "minReadySeconds")));
  // Upstream words the empty-selector error "for deployment" here too.
  errs.push(...validateSelectorAndTemplate(spec, path, "deployment"));
  return errs;
}

const validateStoredReplicaSetSpec = rememberingValidFrozen((spec: WorkloadSpec) => validateReplicaSetSpec(spec));

function specOf(o: KubeObject): WorkloadSpec {
  return (o.spec ?? {}) as WorkloadSpec;
}

export const replicaSetStrategy: Strategy = {
  prepareForCreate: (rs) => resetForCreate(rs),
  prepareForUpdate: (rs, old) => keepStatusAndBumpGeneration(rs, old),
  validate: (rs) => [...validateObjectMeta(rs.metadata, true, nameIsDNSSubdomain), ...validateReplicaSetSpec(specOf(rs))],
  validateUpdate: (rs, old) => [
    ...validateObjectMetaUpdate(rs.metadata, old.metadata),
    ...validateStoredReplicaSetSpec(specOf(rs)),
    ...validateSelectorImmutable(rs, old),
  ],
  prepareForStatusUpdate: (rs, old) => {
    keepSpec(rs, old);
    rs.metadata.labels = old.metadata.labels;
  },
};
