// Deployment validation and strategy (pkg/apis/apps/validation/validation.go,
// pkg/registry/apps/deployment/strategy.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { deepEqual } from "../../validation/deep-equal";
import { goLabelSelector } from "../../validation/go-value";
import { intOrPercentValue, isNotMoreThan100Percent, validatePositiveIntOrPercent } from "../../validation/int-or-percent";
import { validateLabelSelector, isEmptySelector } from "../../validation/label-selector";
import { nameIsDNSSubdomain } from "../../validation/names";
import { fieldImmutableErrorMsg, validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child } from "../../validation/path";
import { keepSpec, resetForCreate } from "../generation";
import { validateTemplateForReplicaSet } from "./template";
import { rememberingValidFrozen } from "./valid-frozen-spec";
import type { WorkloadSpec } from "./workload-spec";

function specOf(o: KubeObject): WorkloadSpec {
  return (o.spec ?? {}) as WorkloadSpec;
}

/** The selector checks every ReplicaSet-like spec shares; `kind` words the empty-selector message. */
export function validateSelectorAndTemplate(spec: WorkloadSpec, path: string, emptyFor: string): FieldError[] {
  const errs: FieldError[] = [];
  const selPath = child(path, "selector");
  if (!spec.selector) errs.push(fieldErrors.required(selPath));
  else {
    errs.push(...validateLabelSelector(spec.selector, selPath));
    if (isEmptySelector(spec.selector))
      errs.push(fieldErrors.invalid(selPath, goLabelSelector(spec.selector), `empty selector is invalid for ${emptyFor}`));
  }
  errs.push(...validateTemplateForReplicaSet(spec.template, spec.selector, child(path, "template")));
  return errs;
}

function validateDeploymentStrategy(s: WorkloadSpec["strategy"], path: string): FieldError[] {
  const errs: FieldError[] = [];
  switch (s?.type) {
    case "Recreate":
      if (s.rollingUpdate)
        errs.push(fieldErrors.forbidden(child(path, "rollingUpdate"), "may not be specified when strategy `type` is 'Recreate'"));
      break;
    case "RollingUpdate": {
      const ru = s.rollingUpdate;
      const p = child(path, "rollingUpdate");
      if (!ru) {
        errs.push(fieldErrors.required(p, "this should be defaulted and never be nil"));
        break;
      }
      errs.push(...validatePositiveIntOrPercent(ru.maxUnavailable, child(p, "maxUnavailable")));
      errs.push(...validatePositiveIntOrPercent(ru.maxSurge, child(p, "maxSurge")));
      if (intOrPercentValue(ru.maxUnavailable).value === 0 && intOrPercentValue(ru.maxSurge).value === 0)
        errs.push(fieldErrors.invalid(child(p, "maxUnavailable"), ru.maxUnavailable ?? 0, "may not be 0 when `maxSurge` is 0"));
      errs.push(...isNotMoreThan100Percent(ru.maxUnavailable, child(p, "maxUnavailable")));
      break;
    }
    default:
      // The bad value is the internal apps.DeploymentStrategy, marshalled with Go field names.
      errs.push(
        fieldErrors.notSupported(path, { Type: s?.type ?? "", RollingUpdate: s?.rollingUpdate ?? null }, ["Recreate", "RollingUpdate"]),
      );
  }
  return errs;
}

export function validateDeploymentSpec(spec: WorkloadSpec, path = "spec"): FieldError[] {
  const errs = validateNonnegative(spec.replicas, child(path, "replicas"));
  errs.push(...validateSelectorAndTemplate(spec, path, "deployment"));
  errs.push(...validateDeploymentStrategy(spec.strategy, child(path, "strategy")));
  errs.push(...validateNonnegative(spec.minReadySeconds, child(path, "minReadySeconds")));
  errs.push(...validateNonnegative(spec.revisionHistoryLimit, child(path, "revisionHistoryLimit")));
  if (spec.progressDeadlineSeconds !== undefined) {
    errs.push(...validateNonnegative(spec.progressDeadlineSeconds, child(path, "progressDeadlineSeconds")));
    if (spec.progressDeadlineSeconds <= (spec.minReadySeconds ?? 0))
      errs.push(fieldErrors.invalid(child(path, "progressDeadlineSeconds"), spec.progressDeadlineSeconds, "must be greater than minReadySeconds"));
  }
  return errs;
}

const validateStoredDeploymentSpec = rememberingValidFrozen((spec: WorkloadSpec) => validateDeploymentSpec(spec));

/** Selector immutability, checked by the strategy for apps/v1 (not by ValidateDeploymentUpdate). */
export function validateSelectorImmutable(obj: KubeObject, old: KubeObject): FieldError[] {
  const sel = specOf(obj).selector;
  return deepEqual(sel, specOf(old).selector)
    ? []
    : [fieldErrors.invalid(child("spec", "selector"), goLabelSelector(sel), fieldImmutableErrorMsg)];
}

export const deploymentStrategy: Strategy = {
  prepareForCreate(d) {
    resetForCreate(d);
  },
  prepareForUpdate(d, old) {
    d.status = old.status;
    if (d.status === undefined) delete d.status;
    // Annotations bump the generation too: they are copied to the ReplicaSets.
    const changed = !deepEqual(d.spec, old.spec) || !deepEqual(d.metadata.annotations, old.metadata.annotations);
    const gen = old.metadata.generation ?? 0;
    d.metadata.generation = changed ? gen + 1 : gen;
  },
  validate(d) {
    return [...validateObjectMeta(d.metadata, true, nameIsDNSSubdomain), ...validateDeploymentSpec(specOf(d))];
  },
  validateUpdate(d, old) {
    return [
      ...validateObjectMetaUpdate(d.metadata, old.metadata),
      ...validateStoredDeploymentSpec(specOf(d)),
      ...validateSelectorImmutable(d, old),
    ];
  },
  prepareForStatusUpdate(d, old) {
    keepSpec(d, old);
    d.metadata.labels = old.metadata.labels;
  },
};
