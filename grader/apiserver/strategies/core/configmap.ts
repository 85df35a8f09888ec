// ConfigMap validation and strategy (pkg/apis/core/validation/validation.go
// ValidateConfigMap/ValidateConfigMapUpdate, pkg/registry/core/configmap/strategy.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { deepEqual } from "../../validation/deep-equal";
import { base64DecodedLength } from "../../validation/go-base64";
import { isConfigMapKey, nameIsDNSSubdomain } from "../../validation/names";
import { validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { key } from "../../validation/path";

/** core.MaxSecretSize, shared by ConfigMaps and Secrets. */
export const maxDataSize = 1024 * 1024;
export const immutableWhenSetMsg = "field is immutable when `immutable` is set";

function stringMap(v: unknown): Record<string, string> {
  return (v ?? {}) as Record<string, string>;
}

function validateConfigMap(cm: KubeObject): FieldError[] {
  const errs = validateObjectMeta(cm.metadata, true, nameIsDNSSubdomain);
  const data = stringMap(cm.data);
  const binary = stringMap(cm.binaryData);
  let total = 0;
  for (const k of Object.keys(data).sort()) {
    for (const msg of isConfigMapKey(k)) errs.push(fieldErrors.invalid(key("data", k), k, msg));
    if (k in binary) errs.push(fieldErrors.invalid(key("data", k), k, "duplicate of key present in binaryData"));
    total += Buffer.byteLength(data[k]);
  }
  for (const k of Object.keys(binary).sort()) {
    for (const msg of isConfigMapKey(k)) errs.push(fieldErrors.invalid(key("binaryData", k), k, msg));
    total += base64DecodedLength(binary[k]);
  }
  // field.NewPath("") — the error is about the whole object.
  if (total > maxDataSize) errs.push(fieldErrors.tooLong("", "", maxDataSize));
  return errs;
}

function validateConfigMapUpdate(cm: KubeObject, old: KubeObject): FieldError[] {
  const errs = validateObjectMetaUpdate(cm.metadata, old.metadata);
  if (old.immutable === true) {
    if (cm.immutable !== true) errs.push(fieldErrors.forbidden("immutable", immutableWhenSetMsg));
    if (!deepEqual(cm.data, old.data)) errs.push(fieldErrors.forbidden("data", immutableWhenSetMsg));
    if (!deepEqual(cm.binaryData, old.binaryData)) errs.push(fieldErrors.forbidden("binaryData", immutableWhenSetMsg));
  }
  errs.push(...validateConfigMap(cm));
  return errs;
}

export const configMapStrategy: Strategy = {
  validate: validateConfigMap,
  validateUpdate: validateConfigMapUpdate,
};
