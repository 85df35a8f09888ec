// Job validation and strategy (pkg/apis/batch/validation/validation.go,
// pkg/registry/batch/job/strategy.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { deepEqual } from "../../validation/deep-equal";
import { goInternalValue } from "../../validation/go-internal";
import { goLabelSelector, type LabelSelector } from "../../validation/go-value";
import { selectorMatches, validateLabelSelector } from "../../validation/label-selector";
import { isDNS1123Label, nameIsDNSSubdomain } from "../../validation/names";
import { fieldImmutableErrorMsg, validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child } from "../../validation/path";
import type { PodTemplateSpec } from "../../validation/pod-types";
import { keepSpec, keepStatusAndBumpGeneration, resetForCreate } from "../generation";
import { selectorMismatch, validatePodTemplateSpec } from "../apps/template";

export interface JobSpec {
  parallelism?: number;
  completions?: number;
  activeDeadlineSeconds?: number;
  backoffLimit?: number;
  ttlSecondsAfterFinished?: number;
  completionMode?: string;
  suspend?: boolean;
  manualSelector?: boolean;
  selector?: LabelSelector;
  template?: PodTemplateSpec;
  podReplacementPolicy?: string;
  [field: string]: unknown;
}

export const jobNameLabels = ["job-name", "batch.kubernetes.io/job-name"];
export const controllerUidLabels = ["controller-uid", "batch.kubernetes.io/controller-uid"];

function specOf(o: KubeObject): JobSpec {
  return (o.spec ?? {}) as JobSpec;
}

/** validateJobSpec: what a Job and a CronJob's jobTemplate share. */
export function validateJobSpecCommon(spec: JobSpec, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of ["parallelism", "completions", "activeDeadlineSeconds", "backoffLimit", "ttlSecondsAfterFinished"] as const)
    errs.push(...validateNonnegative(spec[f], child(path, f)));
  if (spec.completionMode !== undefined) {
    if (spec.completionMode !== "NonIndexed" && spec.completionMode !== "Indexed")
      errs.push(fieldErrors.notSupported(child(path, "completionMode"), spec.completionMode, ["NonIndexed", "Indexed"]));
    if (spec.completionMode === "Indexed" && spec.completions === undefined)
      errs.push(fieldErrors.required(child(path, "completions"), "when completion mode is Indexed"));
  }
  if (spec.podReplacementPolicy !== undefined && !["TerminatingOrFailed", "Failed"].includes(spec.podReplacementPolicy))
    errs.push(fieldErrors.notSupported(child(path, "podReplacementPolicy"), spec.podReplacementPolicy, ["TerminatingOrFailed", "Failed"]));
  errs.push(...validatePodTemplateSpec(spec.template, child(path, "template")));
  const policy = spec.template?.spec?.restartPolicy ?? "";
  const rpPath = child(path, "template", "spec", "restartPolicy");
  // Defaulting turns an unset restartPolicy into Always, so both mean "not chosen".
  if (policy === "Always" || policy === "") errs.push(fieldErrors.required(rpPath, 'valid values: "OnFailure", "Never"'));
  else if (policy !== "OnFailure" && policy !== "Never") errs.push(fieldErrors.notSupported(rpPath, policy, ["OnFailure", "Never"]));
  return errs;
}

export function validateJobSpec(spec: JobSpec, path = "spec"): FieldError[] {
  const errs = validateJobSpecCommon(spec, path);
  if (!spec.selector) errs.push(fieldErrors.required(child(path, "selector")));
  else errs.push(...validateLabelSelector(spec.selector, child(path, "selector")));
  // A nil selector selects nothing, so it never matches (metav1.LabelSelectorAsSelector).
  if (!spec.selector || !selectorMatches(spec.selector, spec.template?.metadata?.labels))
    errs.push(selectorMismatch(spec.template, child(path, "template")));
  return errs;
}

function validateJob(job: KubeObject): FieldError[] {
  const errs = validateObjectMeta(job.metadata, true, nameIsDNSSubdomain);
  const spec = specOf(job);
  errs.push(...validateJobSpec(spec));
  if (spec.completionMode === "Indexed" && (spec.completions ?? 0) > 0) {
    const maxHostname = `${job.metadata.name ?? ""}-${spec.completions! - 1}`;
    if (isDNS1123Label(maxHostname).length)
      errs.push(
        fieldErrors.invalid(child("metadata", "name"), job.metadata.name ?? "", `will not able to create pod with invalid DNS label: ${maxHostname}`),
      );
  }
  return errs;
}

function immutable(newV: unknown, oldV: unknown, path: string, shown: unknown = newV): FieldError[] {
  return deepEqual(newV, oldV) ? [] : [fieldErrors.invalid(path, shown ?? null, fieldImmutableErrorMsg)];
}

function validateJobUpdate(job: KubeObject, old: KubeObject): FieldError[] {
  const errs = validateObjectMetaUpdate(job.metadata, old.metadata);
  const spec = specOf(job);
  const oldSpec = specOf(old);
  errs.push(...validateJobSpec(spec));
  // Completions may change only for Indexed jobs, in step with parallelism.
  if (!(spec.completionMode === "Indexed" && spec.completions === spec.parallelism))
    errs.push(...immutable(spec.completions, oldSpec.completions, child("spec", "completions")));
  errs.push(...immutable(spec.selector, oldSpec.selector, child("spec", "selector"), goLabelSelector(spec.selector)));
  errs.push(...immutable(spec.template, oldSpec.template, child("spec", "template"), goInternalValue(spec.template)));
  errs.push(...immutable(spec.completionMode, oldSpec.completionMode, child("spec", "completionMode")));
  errs.push(...immutable(spec.podReplacementPolicy, oldSpec.podReplacementPolicy, child("spec", "podReplacementPolicy")));
  return errs;
}

/**
 * generateSelector: unless manualSelector, the Job selects its pods by its uid.
 * The core must have set metadata.uid before prepareForCreate (upstream fills system fields first).
 */
export function generateJobSelector(job: KubeObject): void {
  const spec = specOf(job);
  if (spec.manualSelector) return;
  const template = (spec.template ??= {});
  const meta = (template.metadata ??= {});
  const labels = (meta.labels ??= {});
  const uid = job.metadata.uid ?? "";
  for (const l of jobNameLabels) if (!(l in labels)) labels[l] = job.metadata.name ?? "";
  for (const l of controllerUidLabels) if (!(l in labels)) labels[l] = uid;
  const sel = (spec.selector ??= {});
  const ml = (sel.matchLabels ??= {});
  if (!("batch.kubernetes.io/controller-uid" in ml)) ml["batch.kubernetes.io/controller-uid"] = uid;
  job.spec = spec;
}

export const jobStrategy: Strategy = {
  prepareForCreate(job) {
    generateJobSelector(job);
    resetForCreate(job);
  },
  prepareForUpdate: (job, old) => keepStatusAndBumpGeneration(job, old),
  validate: validateJob,
  validateUpdate: validateJobUpdate,
  prepareForStatusUpdate: (job, old) => keepSpec(job, old),
};
