// StatefulSet validation and strategy (pkg/apis/apps/validation/validation.go,
// pkg/registry/apps/statefulset/strategy.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { deepEqual } from "../../validation/deep-equal";
import { goLabelSelector } from "../../validation/go-value";
import { intOrPercentValue, isNotMoreThan100Percent, validatePositiveIntOrPercent } from "../../validation/int-or-percent";
import { isEmptySelector, validateLabelSelector } from "../../validation/label-selector";
import { nameIsDNSLabel } from "../../validation/names";
import { validateAnnotations, validateLabels, validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child } from "../../validation/path";
import { keepSpec, keepStatusAndBumpGeneration, resetForCreate } from "../generation";
import { selectorMismatch, templateMatchesSelector } from "./template";
import type { WorkloadSpec } from "./workload-spec";

function specOf(o: KubeObject): WorkloadSpec {
  return (o.spec ?? {}) as WorkloadSpec;
}

const retentionPolicies = ["Retain", "Delete"];

function validateStatefulSetSpec(spec: WorkloadSpec, path = "spec"): FieldError[] {
  const errs: FieldError[] = [];
  const pmp = spec.podManagementPolicy;
  if (!pmp) errs.push(fieldErrors.required(child(path, "podManagementPolicy")));
  else if (pmp !== "OrderedReady" && pmp !== "Parallel")
    errs.push(fieldErrors.invalid(child(path, "podManagementPolicy"), pmp, "must be 'OrderedReady' or 'Parallel'"));

  const us = spec.updateStrategy;
  const usPath = child(path, "updateStrategy");
  switch (us?.type ?? "") {
    case "":
      errs.push(fieldErrors.required(usPath));
      break;
    case "OnDelete":
      if (us?.rollingUpdate)
        errs.push(fieldErrors.invalid(child(usPath, "rollingUpdate"), us.rollingUpdate, "only allowed for updateStrategy 'RollingUpdate'"));
      break;
    case "RollingUpdate":
      if (us?.rollingUpdate) {
        const p = child(usPath, "rollingUpdate");
        errs.push(...validateNonnegative(us.rollingUpdate.partition, child(p, "partition")));
        if (us.rollingUpdate.maxUnavailable !== undefined) {
          errs.push(...validatePositiveIntOrPercent(us.rollingUpdate.maxUnavailable, child(p, "maxUnavailable")));
          if (intOrPercentValue(us.rollingUpdate.maxUnavailable).value === 0)
            errs.push(fieldErrors.invalid(child(p, "maxUnavailable"), us.rollingUpdate.maxUnavailable, "cannot be 0"));
          errs.push(...isNotMoreThan100Percent(us.rollingUpdate.maxUnavailable, child(p, "maxUnavailable")));
        }
      }
      break;
    default:
      errs.push(fieldErrors.invalid(usPath, { Type: us?.type, RollingUpdate: us?.rollingUpdate ?? null }, "must be 'RollingUpdate' or 'OnDelete'"));
  }

  const rp = spec.persistentVolumeClaimRetentionPolicy;
  if (rp)
    for (const f of ["whenDeleted", "whenScaled"] as const)
      if (!retentionPolicies.includes(rp[f] ?? ""))
        errs.push(fieldErrors.notSupported(child(path, "persistentVolumeClaimRetentionPolicy", f), rp[f] ?? "", retentionPolicies));

  errs.push(...validateNonnegative(spec.replicas, child(path, "replicas")));
  errs.push(...validateNonnegative(spec.minReadySeconds, child(path, "minReadySeconds")));
  if (spec.ordinals) errs.push(...validateNonnegative(spec.ordinals.start, child(path, "ordinals.start")));

  const selPath = child(path, "selector");
  if (!spec.selector) errs.push(fieldErrors.required(selPath));
  else {
    errs.push(...validateLabelSelector(spec.selector, selPath));
    if (isEmptySelector(spec.selector))
      errs.push(fieldErrors.invalid(selPath, goLabelSelector(spec.selector), "empty selector is invalid for statefulset"));
  }
  // ValidatePodTemplateSpecForStatefulSet: the selector match and the template's metadata only.
  const tPath = child(path, "template");
  if (spec.selector && !isEmptySelector(spec.selector) && !templateMatchesSelector(spec.selector, spec.template))
    errs.push(selectorMismatch(spec.template, tPath));
  if (!spec.selector) errs.push(selectorMismatch(spec.template, tPath));
  errs.push(...validateLabels(spec.template?.metadata?.labels, child(tPath, "labels")));
  errs.push(...validateAnnotations(spec.template?.metadata?.annotations, child(tPath, "annotations")));

  const policy = spec.template?.spec?.restartPolicy;
  if (policy !== "Always") errs.push(fieldErrors.notSupported(child(tPath, "spec", "restartPolicy"), policy ?? "", ["Always"]));
  if (spec.template?.spec?.activeDeadlineSeconds !== undefined)
    errs.push(fieldErrors.forbidden(child(tPath, "spec", "activeDeadlineSeconds"), "activeDeadlineSeconds in StatefulSet is not Supported"));
  return errs;
}

/** Only these may change on update; the rest of the spec is frozen. */
const updatableStatefulSetFields = ["replicas", "ordinals", "template", "updateStrategy", "persistentVolumeClaimRetentionPolicy", "minReadySeconds"];

function validateStatefulSetUpdate(sts: KubeObject, old: KubeObject): FieldError[] {
  const errs = validateObjectMetaUpdate(sts.metadata, old.metadata);
  errs.push(...validateStatefulSetSpec(specOf(sts)));
  const strip = (s: WorkloadSpec) => Object.fromEntries(Object.entries(s).filter(([k]) => !updatableStatefulSetFields.includes(k)));
  if (!deepEqual(strip(specOf(sts)), strip(specOf(old))))
    errs.push(
      fieldErrors.forbidden(
        "spec",
        "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
      ),
    );
  return errs;
}

export const statefulSetStrategy: Strategy = {
  prepareForCreate: (s) => resetForCreate(s),
  prepareForUpdate: (s, old) => keepStatusAndBumpGeneration(s, old),
  validate: (s) => [...validateObjectMeta(s.metadata, true, nameIsDNSLabel), ...validateStatefulSetSpec(specOf(s))],
  validateUpdate: validateStatefulSetUpdate,
  prepareForStatusUpdate: (s, old) => keepSpec(s, old),
};
