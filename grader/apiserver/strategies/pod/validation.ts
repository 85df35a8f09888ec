// Pod create and update validation (ValidatePodCreate / ValidatePodUpdate in
// pkg/apis/core/validation/validation.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { KubeObject } from "../../types";
import { deepEqual } from "../../validation/deep-equal";
import { goCmpDiff } from "../../validation/go-diff";
import { inclusiveRangeError, nameIsDNSSubdomain } from "../../validation/names";
import { validateAnnotations, validateLabels, validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child, index } from "../../validation/path";
import type { Container, PodSpec, Toleration } from "../../validation/pod-types";
import { appendPodSpecErrors, validateTolerations } from "../../validation/pod-spec";

const maxInt32 = 2147483647;

/** What a pod update may change, as upstream lists it (updatablePodSpecFieldsNoResources). */
export const updatablePodSpecFields = [
  "`spec.containers[*].image`",
  "`spec.initContainers[*].image`",
  "`spec.activeDeadlineSeconds`",
  "`spec.tolerations` (only additions to existing tolerations)",
  "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)",
];

function specOf(pod: KubeObject): PodSpec {
  return (pod.spec ?? {}) as PodSpec;
}

export function validatePod(pod: KubeObject): FieldError[] {
  const errs = validateObjectMeta(pod.metadata, true, nameIsDNSSubdomain);
  appendPodSpecErrors(specOf(pod), "spec", errs);
  if ((specOf(pod).ephemeralContainers ?? []).length)
    errs.push(fieldErrors.forbidden(child("spec", "ephemeralContainers"), "cannot be set on create"));
  return errs;
}

function validateContainerUpdates(
  next: Container[] | undefined,
  prev: Container[] | undefined,
  path: string,
): { errs: FieldError[]; stop: boolean } {
  const n = next ?? [];
  if (n.length !== (prev ?? []).length)
    return { errs: [fieldErrors.forbidden(path, "pod updates may not add or remove containers")], stop: true };
  const errs: FieldError[] = [];
  n.forEach((c, i) => {
    const p = child(index(path, i), "image");
    if (!c.image) errs.push(fieldErrors.required(p));
    if ((c.image ?? "").trim().length !== (c.image ?? "").length)
      errs.push(fieldErrors.invalid(p, c.image, "must not have leading or trailing whitespace"));
  });
  return { errs, stop: false };
}

function validateOnlyAddedTolerations(next: Toleration[] | undefined, prev: Toleration[] | undefined, path: string): FieldError[] {
  // The same list (a status write carries the stored spec back) finds every old toleration in itself.
  if (next !== prev) for (const old of prev ?? []) {
    // tolerationSeconds of an existing toleration may change; nothing else may.
    const found = (next ?? []).some((t) => deepEqual({ ...old, tolerationSeconds: t.tolerationSeconds }, t));
    if (!found) return [fieldErrors.forbidden(path, "existing toleration can not be modified except its tolerationSeconds")];
  }
  return validateTolerations(next, path);
}

export function validatePodUpdate(pod: KubeObject, old: KubeObject): FieldError[] {
  const errs = validateObjectMetaUpdate(pod.metadata, old.metadata);
  appendPodSpecErrors(specOf(pod), "spec", errs);
  const spec = specOf(pod);
  const oldSpec = specOf(old);
  const specPath = "spec";

  for (const field of ["containers", "initContainers"] as const) {
    const r = validateContainerUpdates(spec[field], oldSpec[field], child(specPath, field));
    errs.push(...r.errs);
    if (r.stop) return errs;
  }

  const adsPath = child(specPath, "activeDeadlineSeconds");
  if (spec.activeDeadlineSeconds !== undefined) {
    const v = spec.activeDeadlineSeconds;
    if (v < 0 || v > maxInt32) return [...errs, fieldErrors.invalid(adsPath, v, inclusiveRangeError(0, maxInt32))];
    if (oldSpec.activeDeadlineSeconds !== undefined && oldSpec.activeDeadlineSeconds < v)
      return [...errs, fieldErrors.invalid(adsPath, v, "must be less than or equal to previous value")];
  } else if (oldSpec.activeDeadlineSeconds !== undefined) {
    errs.push(fieldErrors.invalid(adsPath, null, "must not update from a positive integer to nil value"));
  }

  errs.push(...validateOnlyAddedTolerations(spec.tolerations, oldSpec.tolerations, child(specPath, "tolerations")));
  if (deepEqual(spec, oldSpec)) return errs;

  // Put back what may change, then anything still different is forbidden.
  const munged: PodSpec = structuredClone(spec);
  const withOldImages = (cs: Container[] | undefined, olds: Container[] | undefined) =>
    cs?.map((c, i) => ({ ...c, image: olds?.[i]?.image }));
  if (munged.containers) munged.containers = withOldImages(munged.containers, oldSpec.containers);
  if (munged.initContainers) munged.initContainers = withOldImages(munged.initContainers, oldSpec.initContainers);
  restoreField(munged, oldSpec, "activeDeadlineSeconds");
  restoreField(munged, oldSpec, "schedulingGates");
  restoreField(munged, oldSpec, "tolerations");
  if ((oldSpec.terminationGracePeriodSeconds ?? 0) < 0 && munged.terminationGracePeriodSeconds === 1)
    munged.terminationGracePeriodSeconds = oldSpec.terminationGracePeriodSeconds;

  if (!deepEqual(munged, oldSpec)) {
    const diff = goCmpDiff("core.PodSpec", oldSpec as Record<string, unknown>, munged as Record<string, unknown>);
    errs.push(
      fieldErrors.forbidden(specPath, `pod updates may not change fields other than ${updatablePodSpecFields.join(",")}\n${diff}`),
    );
  }
  return errs;
}

/**
 * ValidatePodStatusUpdate, as far as it is modelled: the status strategy put the
 * stored spec back, so there is no spec change to check (upstream validates no
 * spec there) — only the metadata update.
 */
export function validatePodStatusUpdate(pod: KubeObject, old: KubeObject): FieldError[] {
  if (pod.spec !== old.spec) return validatePodUpdate(pod, old);
  return validateObjectMetaUpdate(pod.metadata, old.metadata);
}

function restoreField(spec: PodSpec, old: PodSpec, field: keyof PodSpec): void {
  if (old[field] === undefined) delete spec[field];
  else spec[field] = old[field];
}

/** Labels and annotations of a pod template (ValidatePodTemplateSpec's metadata part). */
export function validateTemplateMetadata(
  meta: { labels?: Record<string, string>; annotations?: Record<string, string> } | undefined,
  path: string,
): FieldError[] {
  return [...validateLabels(meta?.labels, child(path, "labels")), ...validateAnnotations(meta?.annotations, child(path, "annotations"))];
}
