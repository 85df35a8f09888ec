// JSON merge patch (RFC 7386) as evanphx/json-patch v4 MergePatch does it: null
// deletes, objects merge recursively, anything else replaces; nulls inside a
// replacing value are pruned. A patch that is not an object or array is
// ErrBadJSONPatch, which the API server returns as BadRequest.
import { newBadRequest } from "../errors";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** ErrBadJSONPatch */
export const badJsonPatchText = "Invalid JSON Patch";

function pruneNulls(v: unknown): unknown {
  if (isObject(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (x === null) delete v[k];
      else pruneNulls(x);
    }
  } else if (Array.isArray(v)) {
    for (const x of v) if (x !== null) pruneNulls(x);
  }
  return v;
}

function mergeDocs(doc: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) {
      delete doc[k];
      continue;
    }
    const cur = doc[k];
    if (cur === undefined || cur === null || !isObject(cur)) {
      doc[k] = pruneNulls(v);
    } else if (isObject(v)) {
      mergeDocs(cur, v);
    } else {
      doc[k] = v;
    }
  }
}

/** Returns the merged document (an array patch yields the array itself, as upstream). */
export function applyMergePatch(current: unknown, patch: unknown): unknown {
  if (Array.isArray(patch)) return pruneNulls(structuredClone(patch));
  if (!isObject(patch)) throw newBadRequest(badJsonPatchText);
  const patchCopy = structuredClone(patch);
  if (!isObject(current)) return pruneNulls(patchCopy);
  const doc = structuredClone(current);
  mergeDocs(doc, patchCopy);
  return doc;
}
