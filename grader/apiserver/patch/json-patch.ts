// JSON patch (RFC 6902) as the API server applies it: decoding errors are
// BadRequest with Go's unmarshal text; any failure while applying (a failing
// `test`, a missing path, an unknown op) is the generic 422 of
// errors.NewGenericServerResponse (apiserver endpoints/handlers/patch.go).
// fast-json-patch is CommonJS: a default import works under Node's ESM loader as well as bundlers.
import jsonPatch, { type Operation } from "fast-json-patch";
import { newBadRequest, newRequestEntityTooLarge } from "../errors";
import { newUnprocessablePatch } from "./errors";
import { goJsonKind } from "./go-format";

/** maxJSONPatchOperations in patch.go. */
const maxJsonPatchOperations = 10000;

function goKind(v: unknown): string {
  const k = goJsonKind(v);
  return k === "boolean" ? "bool" : k;
}

export function applyJsonPatch<T>(current: T, patch: unknown): T {
  if (patch === null) return current; // `null` decodes to an empty patch
  if (!Array.isArray(patch)) {
    throw newBadRequest(`json: cannot unmarshal ${goKind(patch)} into Go value of type jsonpatch.Patch`);
  }
  for (const op of patch) {
    if (op !== null && (typeof op !== "object" || Array.isArray(op))) {
      throw newBadRequest(`json: cannot unmarshal ${goKind(op)} into Go value of type jsonpatch.Operation`);
    }
  }
  if (patch.length > maxJsonPatchOperations) {
    throw newRequestEntityTooLarge(
      `The allowed maximum operations in a JSON patch is ${maxJsonPatchOperations}, got ${patch.length}`,
    );
  }
  // A null operation decodes to an empty one, whose kind is "unknown": it fails to apply.
  if (patch.some((op) => op === null)) throw newUnprocessablePatch();
  const doc = structuredClone(current);
  try {
    return jsonPatch.applyPatch(doc, patch as Operation[], true, true).newDocument;
  } catch {
    throw newUnprocessablePatch();
  }
}
