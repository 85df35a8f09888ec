// Pod template checks shared by the workload kinds (pkg/apis/apps/validation/validation.go,
// pkg/apis/core/validation ValidatePodTemplateSpec, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import { goMap } from "../../validation/go-value";
import { isEmptySelector, selectorMatches, type LabelSelector } from "../../validation/label-selector";
import { validateAnnotations, validateLabels } from "../../validation/object-meta";
import { child } from "../../validation/path";
import type { PodTemplateSpec } from "../../validation/pod-types";
import { validatePodSpec } from "../../validation/pod-spec";

export const selectorMismatchMsg = "`selector` does not match template `labels`";

/** ValidatePodTemplateSpec: labels and annotations (at `template.labels`, as upstream), then the pod spec. */
export function validatePodTemplateSpec(t: PodTemplateSpec | undefined, path: string): FieldError[] {
  const errs = validateLabels(t?.metadata?.labels, child(path, "labels"));
  errs.push(...validateAnnotations(t?.metadata?.annotations, child(path, "annotations")));
  errs.push(...validatePodSpec(t?.spec, child(path, "spec")));
  if ((t?.spec?.ephemeralContainers ?? []).length)
    errs.push(fieldErrors.forbidden(child(path, "spec", "ephemeralContainers"), "ephemeral containers not allowed in pod template"));
  return errs;
}

/**
 * A nil selector selects nothing (so it never matches), an empty one selects
 * everything (so it is not checked): metav1.LabelSelectorAsSelector.
 */
export function templateMatchesSelector(sel: LabelSelector | undefined, t: PodTemplateSpec | undefined): boolean {
  if (!sel) return false;
  if (isEmptySelector(sel)) return true;
  return selectorMatches(sel, t?.metadata?.labels);
}

export function selectorMismatch(t: PodTemplateSpec | undefined, path: string): FieldError {
  return fieldErrors.invalid(child(path, "metadata", "labels"), goMap(t?.metadata?.labels), selectorMismatchMsg);
}

/** ValidatePodTemplateSpecForReplicaSet (Deployments and ReplicaSets). */
export function validateTemplateForReplicaSet(
  t: PodTemplateSpec | undefined,
  sel: LabelSelector | undefined,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  if (!templateMatchesSelector(sel, t)) errs.push(selectorMismatch(t, path));
  errs.push(...validatePodTemplateSpec(t, path));
  const policy = t?.spec?.restartPolicy;
  if (policy !== "Always") errs.push(fieldErrors.notSupported(child(path, "spec", "restartPolicy"), policy ?? "", ["Always"]));
  if (t?.spec?.activeDeadlineSeconds !== undefined)
    errs.push(
      fieldErrors.invalid(child(path, "spec", "activeDeadlineSeconds"), t.spec.activeDeadlineSeconds, "activeDeadlineSeconds in ReplicaSet is not Supported"),
    );
  return errs;
}
