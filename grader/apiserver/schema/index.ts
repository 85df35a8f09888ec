// Strict decoding of built-in kinds, as the API server decodes a request body
// when kubectl v1.34 sends fieldValidation=Strict.
import { goQuote, newBadRequest } from "../errors";
import type { KubeObject } from "../types";
import { schemaFor } from "./schema";
import { strictDecodeFailure } from "./strict-decode";

export { schemaFor, modelSchema, fieldTypeAt, objectSchemaOf, walkSchema, parseFieldType } from "./schema";
export type { FieldType, FieldSchema, ObjectSchema, ScalarKind } from "./schema";
export { builtinKinds, type BuiltinKind } from "./kinds";
export { strictDecodeFailure, type DecodeFailure } from "./strict-decode";

/** Decodes an object of a kind the models do not know (a custom resource); throws like decodeStrict. */
export type CustomResourceDecoder = (obj: KubeObject) => void;

/** The version part of an apiVersion: `apps/v1` → `v1`. */
function versionOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf("/");
  return slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
}

/**
 * Throws a BadRequest StatusError worded as the API server's, when `obj` has
 * unknown fields or values of the wrong type (apiserver handlers'
 * transformDecodeError: `Pod in version "v1" cannot be handled as a Pod: ...`).
 * Kinds without a built-in schema go to `customResource` (CRD schemas), or pass.
 */
export function decodeStrict(obj: KubeObject, customResource?: CustomResourceDecoder): void {
  const schema = schemaFor(obj.apiVersion, obj.kind);
  if (!schema) {
    customResource?.(obj);
    return;
  }
  const failure = strictDecodeFailure(obj, schema);
  if (!failure) return;
  const cause = failure.type === "strict" ? `strict decoding error: ${failure.errors.join(", ")}` : failure.message;
  throw newBadRequest(
    `${obj.kind} in version ${goQuote(versionOf(obj.apiVersion))} cannot be handled as a ${obj.kind}: ${cause}`,
  );
}
