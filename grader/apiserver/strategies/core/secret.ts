// Secret validation and strategy (pkg/apis/core/validation/validation.go
// ValidateSecret/ValidateSecretUpdate, pkg/registry/core/secret/strategy.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { deepEqual } from "../../validation/deep-equal";
import { base64DecodedLength, base64ErrorIndex } from "../../validation/go-base64";
import { isConfigMapKey, nameIsDNSSubdomain } from "../../validation/names";
import { validateImmutableField, validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child, key } from "../../validation/path";
import { immutableWhenSetMsg, maxDataSize } from "./configmap";

function dataOf(s: KubeObject): Record<string, string> {
  return (s.data ?? {}) as Record<string, string>;
}

/**
 * The decoding error a Secret with bad base64 in `data` gets (encoding/json on []byte),
 * for the schema/decoding helper: `illegal base64 data at input byte N`; undefined when all decode.
 */
export function checkSecretBase64(obj: KubeObject): string | undefined {
  const data = dataOf(obj);
  for (const k of Object.keys(data)) {
    const at = base64ErrorIndex(data[k]);
    if (at !== undefined) return `illegal base64 data at input byte ${at}`;
  }
  return undefined;
}

/** v1 → internal conversion: stringData entries overwrite data, base64-encoded. */
export function mergeSecretStringData(obj: KubeObject): void {
  const sd = obj.stringData as Record<string, string> | undefined;
  if (!sd) return;
  const data = { ...dataOf(obj) };
  for (const [k, v] of Object.entries(sd)) data[k] = Buffer.from(v, "utf8").toString("base64");
  obj.data = data;
  delete obj.stringData;
}

/** Go's json.Unmarshal into map[string]interface{}: the first error, roughly as Go words it. */
function goJsonObjectError(text: string): string | undefined {
  const t = text.trim();
  if (t === "") return "unexpected end of JSON input";
  let v: unknown;
  try {
    v = JSON.parse(t);
  } catch {
    const c = t[0];
    if (!"{[\"-0123456789tfn".includes(c)) return `invalid character '${c}' looking for beginning of value`;
    return "unexpected end of JSON input";
  }
  if (v === null) return undefined;
  if (Array.isArray(v)) return "json: cannot unmarshal array into Go value of type map[string]interface {}";
  if (typeof v !== "object") return `json: cannot unmarshal ${typeof v === "string" ? "string" : typeof v === "boolean" ? "bool" : "number"} into Go value of type map[string]interface {}`;
  return undefined;
}

function decoded(v: string): string {
  return Buffer.from(v, "base64").toString("utf8");
}

function validateSecret(secret: KubeObject): FieldError[] {
  const errs = validateObjectMeta(secret.metadata, true, nameIsDNSSubdomain);
  const data = dataOf(secret);
  let total = 0;
  for (const k of Object.keys(data).sort()) {
    for (const msg of isConfigMapKey(k)) errs.push(fieldErrors.invalid(key("data", k), k, msg));
    total += base64DecodedLength(data[k]);
  }
  if (total > maxDataSize) errs.push(fieldErrors.tooLong("data", "", maxDataSize));
  const redacted = "<secret contents redacted>";
  switch (secret.type ?? "") {
    case "kubernetes.io/service-account-token":
      if (!secret.metadata.annotations?.["kubernetes.io/service-account.name"])
        errs.push(fieldErrors.required(key(child("metadata", "annotations"), "kubernetes.io/service-account.name")));
      break;
    case "kubernetes.io/dockercfg": {
      if (!(".dockercfg" in data)) {
        errs.push(fieldErrors.required(key("data", ".dockercfg")));
        break;
      }
      const e = goJsonObjectError(decoded(data[".dockercfg"]));
      if (e) errs.push(fieldErrors.invalid(key("data", ".dockercfg"), redacted, e));
      break;
    }
    case "kubernetes.io/dockerconfigjson": {
      if (!(".dockerconfigjson" in data)) {
        errs.push(fieldErrors.required(key("data", ".dockerconfigjson")));
        break;
      }
      const e = goJsonObjectError(decoded(data[".dockerconfigjson"]));
      if (e) errs.push(fieldErrors.invalid(key("data", ".dockerconfigjson"), redacted, e));
      break;
    }
    case "kubernetes.io/basic-auth":
      if (!("username" in data) && !("password" in data)) {
        errs.push(fieldErrors.required(key("data", "username")));
        errs.push(fieldErrors.required(key("data", "password")));
      }
      break;
    case "kubernetes.io/ssh-auth":
      if (!data["ssh-privatekey"]) errs.push(fieldErrors.required(key("data", "ssh-privatekey")));
      break;
    case "kubernetes.io/tls":
      if (!("tls.crt" in data)) errs.push(fieldErrors.required(key("data", "tls.crt")));
      if (!("tls.key" in data)) errs.push(fieldErrors.required(key("data", "tls.key")));
      break;
  }
  return errs;
}

function validateSecretUpdate(secret: KubeObject, old: KubeObject): FieldError[] {
  const errs = validateObjectMetaUpdate(secret.metadata, old.metadata);
  errs.push(...validateImmutableField(secret.type ?? "", old.type ?? "", "type"));
  if (old.immutable === true) {
    if (secret.immutable !== true) errs.push(fieldErrors.forbidden("immutable", immutableWhenSetMsg));
    if (!deepEqual(secret.data, old.data)) errs.push(fieldErrors.forbidden("data", immutableWhenSetMsg));
  }
  errs.push(...validateSecret(secret));
  return errs;
}

export const secretStrategy: Strategy = {
  prepareForCreate: mergeSecretStringData,
  prepareForUpdate: (s) => mergeSecretStringData(s),
  validate: validateSecret,
  validateUpdate: validateSecretUpdate,
};
