// Patches as the API server applies them to the stored object
// (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/patch.go). The result is
// plain JSON; decoding it (strict fields, types) and validation are the caller's.
import type { PatchType } from "../api-interface";
import { newBadRequest, newUnknownServerError, StatusError } from "../errors";
import type { ResourceInfo } from "../resource-info";
import type { KubeObject } from "../types";
import { newUnprocessablePatch, StrategicMergeError } from "./errors";
import { goJsonKind } from "./go-format";
import { applyJsonPatch } from "./json-patch";
import { applyMergePatch } from "./merge-patch";
import { patchSchemaFor } from "./patch-meta";
import { strategicMergeMapPatch, type JsonMap } from "./strategic-merge";

export { createThreeWayMergePatch, createTwoWayMergePatch } from "./three-way";
export { strategicMergeMapPatch, mergeStrategicPatches } from "./strategic-merge";
export { patchSchemaFor } from "./patch-meta";

/** What a custom resource answers to a strategic merge patch (415 from the REST handler). */
export const unsupportedStrategicMergeText =
  "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml";

export function applyPatch(type: PatchType, current: KubeObject, patch: unknown, resource: ResourceInfo): KubeObject {
  switch (type) {
    case "json":
      return applyJsonPatch(current, patch);
    case "merge":
      return applyMergePatch(current, patch) as KubeObject;
    case "strategic":
      return applyStrategicMergePatch(current, patch, resource);
  }
}

/** StrategicMergeMapPatch against the kind's schema, errors mapped by interpretStrategicMergePatchError. */
export function applyStrategicMergePatch(current: KubeObject, patch: unknown, resource: ResourceInfo): KubeObject {
  const schema = patchSchemaFor(resource);
  if (!schema) {
    throw new StatusError({
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: unsupportedStrategicMergeText,
      reason: "UnsupportedMediaType",
      code: 415,
    });
  }
  if (patch === null) return structuredClone(current);
  if (typeof patch !== "object" || Array.isArray(patch)) {
    const kind = goJsonKind(patch) === "boolean" ? "bool" : goJsonKind(patch);
    throw newBadRequest(`json: cannot unmarshal ${kind} into Go value of type map[string]interface {}`);
  }
  try {
    return strategicMergeMapPatch(structuredClone(current) as JsonMap, structuredClone(patch) as JsonMap, schema) as KubeObject;
  } catch (e) {
    if (!(e instanceof StrategicMergeError)) throw e;
    if (e.kind === "badRequest") throw newBadRequest(e.message);
    if (e.kind === "unprocessable") throw newUnprocessablePatch();
    throw newUnknownServerError(e.message);
  }
}
