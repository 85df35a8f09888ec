// ObjectMeta validation, as k8s.io/apimachinery/pkg/api/validation/objectmeta.go and
// pkg/apis/meta/v1/validation/validation.go (v0.34).
import { fieldErrors, type FieldError } from "../errors";
import type { ObjectMeta, OwnerReference } from "../types";
import { isDNS1123Label, isQualifiedName, isValidLabelValue, type NameValidator } from "./names";
import { child } from "./path";
import { deepEqual } from "./deep-equal";

export const fieldImmutableErrorMsg = "field is immutable";
export const isNegativeErrorMsg = "must be greater than or equal to 0";
export const totalAnnotationSizeLimitB = 256 * (1 << 10);

/** Map keys in a stable order (Go iterates maps randomly; sorted keeps our output reproducible). */
function sortedKeys(m: Record<string, unknown> | undefined): string[] {
  return m ? Object.keys(m).sort() : [];
}

export function validateLabelName(name: string, path: string): FieldError[] {
  return isQualifiedName(name).map((msg) => fieldErrors.invalid(path, name, msg));
}

export function validateLabels(labels: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const k of sortedKeys(labels)) {
    for (const msg of isQualifiedName(k)) errs.push(fieldErrors.invalid(path, k, msg));
    for (const msg of isValidLabelValue(labels![k])) errs.push(fieldErrors.invalid(path, labels![k], msg));
  }
  return errs;
}

export function validateAnnotations(annotations: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let total = 0;
  for (const k of sortedKeys(annotations)) {
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(fieldErrors.invalid(path, k, msg));
    total += Buffer.byteLength(k) + Buffer.byteLength(annotations![k]);
  }
  if (total > totalAnnotationSizeLimitB) errs.push(fieldErrors.tooLong(path, "", totalAnnotationSizeLimitB));
  return errs;
}

export function validateNonnegative(value: number | undefined, path: string): FieldError[] {
  return value !== undefined && value < 0 ? [fieldErrors.invalid(path, value, isNegativeErrorMsg)] : [];
}

export function validateImmutableField(newVal: unknown, oldVal: unknown, path: string): FieldError[] {
  return deepEqual(newVal, oldVal) ? [] : [fieldErrors.invalid(path, newVal ?? "", fieldImmutableErrorMsg)];
}

function splitAPIVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf("/");
  return i < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

function validateOwnerReferences(refs: OwnerReference[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let firstController = "";
  for (const ref of refs ?? []) {
    const { group, version } = splitAPIVersion(ref.apiVersion ?? "");
    if (!version) errs.push(fieldErrors.invalid(child(path, "apiVersion"), ref.apiVersion ?? "", "version must not be empty"));
    if (!ref.kind) errs.push(fieldErrors.invalid(child(path, "kind"), ref.kind ?? "", "must not be empty"));
    if (!ref.name) errs.push(fieldErrors.invalid(child(path, "name"), ref.name ?? "", "must not be empty"));
    if (!ref.uid) errs.push(fieldErrors.invalid(child(path, "uid"), ref.uid ?? "", "must not be empty"));
    if (group === "" && version === "v1" && ref.kind === "Event")
      errs.push(fieldErrors.invalid(path, ref, "/v1, Kind=Event is disallowed from being an owner"));
    if (ref.controller) {
      const name = `${ref.kind}/${ref.name}`;
      if (firstController)
        errs.push(
          fieldErrors.invalid(
            path,
            refs,
            `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${name}`,
          ),
        );
      else firstController = name;
    }
  }
  return errs;
}

function validateFinalizers(finalizers: string[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of finalizers ?? []) for (const msg of isQualifiedName(f)) errs.push(fieldErrors.invalid(path, f, msg));
  const list = finalizers ?? [];
  if (list.includes("orphan") && list.includes("foregroundDeletion"))
    errs.push(fieldErrors.invalid(path, list, "finalizer orphan and foregroundDeletion cannot be both set"));
  return errs;
}

/** ValidateObjectMeta: name (or generateName), namespace by scope, labels, annotations, owners, finalizers. */
export function validateObjectMeta(
  meta: ObjectMeta,
  requiresNamespace: boolean,
  nameFn: NameValidator,
  path = "metadata",
): FieldError[] {
  const errs: FieldError[] = [];
  if (meta.generateName)
    for (const msg of nameFn(meta.generateName, true))
      errs.push(fieldErrors.invalid(child(path, "generateName"), meta.generateName, msg));
  if (!meta.name) errs.push(fieldErrors.required(child(path, "name"), "name or generateName is required"));
  else for (const msg of nameFn(meta.name, false)) errs.push(fieldErrors.invalid(child(path, "name"), meta.name, msg));
  if (requiresNamespace) {
    if (!meta.namespace) errs.push(fieldErrors.required(child(path, "namespace")));
    else
      for (const msg of isDNS1123Label(meta.namespace))
        errs.push(fieldErrors.invalid(child(path, "namespace"), meta.namespace, msg));
  } else if (meta.namespace) {
    errs.push(fieldErrors.forbidden(child(path, "namespace"), "not allowed on this type"));
  }
  // Each part only when present (absent, none reports anything): a path is built only for what is there.
  if (meta.generation !== undefined && meta.generation < 0)
    errs.push(fieldErrors.invalid(child(path, "generation"), meta.generation, isNegativeErrorMsg));
  if (meta.labels) errs.push(...validateLabels(meta.labels, child(path, "labels")));
  if (meta.annotations) errs.push(...validateAnnotations(meta.annotations, child(path, "annotations")));
  if (meta.ownerReferences) errs.push(...validateOwnerReferences(meta.ownerReferences, child(path, "ownerReferences")));
  if (meta.finalizers) errs.push(...validateFinalizers(meta.finalizers, child(path, "finalizers")));
  return errs;
}

/** ValidateObjectMetaUpdate: name, namespace, uid and timestamps are immutable; labels etc. revalidated. */
export function validateObjectMetaUpdate(meta: ObjectMeta, old: ObjectMeta, path = "metadata"): FieldError[] {
  const errs: FieldError[] = [];
  if (old.deletionTimestamp) {
    const extra = (meta.finalizers ?? []).filter((f) => !(old.finalizers ?? []).includes(f));
    if (extra.length)
      errs.push(
        fieldErrors.forbidden(
          child(path, "finalizers"),
          `no new finalizers can be added if the object is being deleted, found new finalizers []string{${[...new Set(extra)].sort().map((f) => JSON.stringify(f)).join(", ")}}`,
        ),
      );
  }
  if ((meta.generation ?? 0) < (old.generation ?? 0))
    errs.push(fieldErrors.invalid(child(path, "generation"), meta.generation ?? 0, "must not be decremented"));
  errs.push(...validateImmutableField(meta.name ?? "", old.name ?? "", child(path, "name")));
  errs.push(...validateImmutableField(meta.namespace ?? "", old.namespace ?? "", child(path, "namespace")));
  errs.push(...validateImmutableField(meta.uid ?? "", old.uid ?? "", child(path, "uid")));
  errs.push(...validateLabels(meta.labels, child(path, "labels")));
  errs.push(...validateAnnotations(meta.annotations, child(path, "annotations")));
  errs.push(...validateOwnerReferences(meta.ownerReferences, child(path, "ownerReferences")));
  return errs;
}
