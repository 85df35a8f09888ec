// DaemonSet validation and strategy (pkg/apis/apps/validation/validation.go,
// pkg/registry/apps/daemonset/strategy.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { deepEqual } from "../../validation/deep-equal";
import { goLabelSelector } from "../../validation/go-value";
import { intOrPercentValue, isNotMoreThan100Percent, validatePositiveIntOrPercent } from "../../validation/int-or-percent";
import { isEmptySelector, validateLabelSelector } from "../../validation/label-selector";
import { nameIsDNSSubdomain } from "../../validation/names";
import { fieldImmutableErrorMsg, validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child } from "../../validation/path";
import { keepSpec, resetForCreate } from "../generation";
import { selectorMismatch, templateMatchesSelector, validatePodTemplateSpec } from "./template";
import type { WorkloadSpec } from "./workload-spec";

function specOf(o: KubeObject): WorkloadSpec {
  return (o.spec ?? {}) as WorkloadSpec;
}

function validateDaemonSetSpec(spec: WorkloadSpec, path = "spec"): FieldError[] {
  const selPath = child(path, "selector");
  const errs = validateLabelSelector(spec.selector, selPath);
  if (!templateMatchesSelector(spec.selector, spec.template)) errs.push(selectorMismatch(spec.template, child(path, "template")));
  if (spec.selector && isEmptySelector(spec.selector))
    errs.push(fieldErrors.invalid(selPath, goLabelSelector(spec.selector), "empty selector is invalid for daemonset"));
  errs.push(...validatePodTemplateSpec(spec.template, child(path, "template")));
  const policy = spec.template?.spec?.restartPolicy;
  if (policy !== "Always") errs.push(fieldErrors.notSupported(child(path, "template", "spec", "restartPolicy"), policy ?? "", ["Always"]));
  if (spec.template?.spec?.activeDeadlineSeconds !== undefined)
    errs.push(
      fieldErrors.invalid(
        child(path, "template", "spec", "activeDeadlineSeconds"),
        spec.template.spec.activeDeadlineSeconds,
        "activeDeadlineSeconds in DaemonSet is not Supported",
      ),
    );
  errs.push(...validateNonnegative(spec.minReadySeconds, child(path, "minReadySeconds")));
  const us = spec.updateStrategy;
  const usPath = child(path, "updateStrategy");
  switch (us?.type) {
    case "OnDelete":
      break;
    case "RollingUpdate": {
      const ru = us.rollingUpdate;
      const p = child(usPath, "rollingUpdate");
      if (!ru) {
        errs.push(fieldErrors.required(p));
        break;
      }
      errs.push(...validatePositiveIntOrPercent(ru.maxUnavailable, child(p, "maxUnavailable")));
      errs.push(...validatePositiveIntOrPercent(ru.maxSurge, child(p, "maxSurge")));
      const mu = intOrPercentValue(ru.maxUnavailable).value;
      const ms = intOrPercentValue(ru.maxSurge).value;
      if (mu === 0 && ms === 0)
        errs.push(fieldErrors.invalid(child(p, "maxUnavailable"), ru.maxUnavailable ?? 0, "may not be 0 when `maxSurge` is 0"));
      if (mu !== 0 && ms !== 0)
        errs.push(fieldErrors.invalid(child(p, "maxSurge"), ru.maxSurge ?? 0, "may not be set when maxUnavailable is non-zero"));
      errs.push(...isNotMoreThan100Percent(ru.maxUnavailable, child(p, "maxUnavailable")));
      break;
    }
    default:
      errs.push(fieldErrors.notSupported(child(usPath, "type"), us?.type ?? "", ["OnDelete", "RollingUpdate"]));
  }
  errs.push(...validateNonnegative(spec.revisionHistoryLimit, child(path, "revisionHistoryLimit")));
  return errs;
}

/** apps/v1 carries the internal spec.templateGeneration in this annotation (pkg/apis/apps/v1/conversion.go). */
export const deprecatedTemplateGenerationAnnotation = "deprecated.daemonset.template.generation";

function templateGenerationOf(ds: KubeObject): number {
  const raw = ds.metadata.annotations?.[deprecatedTemplateGenerationAnnotation];
  return raw !== undefined && /^[+-]?\d+$/.test(raw) ? Number(raw) : 0;
}

function setTemplateGeneration(ds: KubeObject, generation: number): void {
  ds.metadata.annotations = { ...ds.metadata.annotations, [deprecatedTemplateGenerationAnnotation]: String(generation) };
}

export const daemonSetStrategy: Strategy = {
  prepareForCreate(ds) {
    resetForCreate(ds);
    setTemplateGeneration(ds, Math.max(templateGenerationOf(ds), 1));
  },
  prepareForUpdate(ds, old) {
    ds.status = old.status;
    if (ds.status === undefined) delete ds.status;
    const gen = old.metadata.generation ?? 0;
    // The template generation is the server's: the old value, plus one when the template changed.
    const templateChanged = !deepEqual(specOf(ds).template, specOf(old).template);
    setTemplateGeneration(ds, templateGenerationOf(old) + (templateChanged ? 1 : 0));
    ds.metadata.generation = deepEqual(ds.spec, old.spec) ? gen : gen + 1;
  },
  validate: (ds) => [...validateObjectMeta(ds.metadata, true, nameIsDNSSubdomain), ...validateDaemonSetSpec(specOf(ds))],
  validateUpdate(ds, old) {
    const errs = validateObjectMetaUpdate(ds.metadata, old.metadata);
    const sel = specOf(ds).selector;
    if (!deepEqual(sel, specOf(old).selector))
      errs.push(fieldErrors.invalid(child("spec", "selector"), goLabelSelector(sel), fieldImmutableErrorMsg));
    errs.push(...validateDaemonSetSpec(specOf(ds)));
    return errs;
  },
  prepareForStatusUpdate: (ds, old) => keepSpec(ds, old),
};
