// jsonmergepatch.CreateThreeWayJSONMergePatch (k8s.io/apimachinery/pkg/util/jsonmergepatch):
// what `kubectl apply` sends for kinds without a strategic merge schema (custom
// resources): additions and changes from live to manifest, deletions from
// last-applied to manifest, as one JSON merge patch.
type JsonMap = Record<string, unknown>;

const isMap = (v: unknown): v is JsonMap => typeof v === "object" && v !== null && !Array.isArray(v);

/** RFC 7386 patch turning `from` into `to`. */
function createMergePatch(from: JsonMap, to: JsonMap): JsonMap {
  const patch: JsonMap = {};
  for (const [k, v] of Object.entries(to)) {
    if (!(k in from)) patch[k] = v;
    else if (isMap(from[k]) && isMap(v)) {
      const sub = createMergePatch(from[k] as JsonMap, v);
      if (Object.keys(sub).length > 0) patch[k] = sub;
    } else if (JSON.stringify(from[k]) !== JSON.stringify(v)) patch[k] = v;
  }
  for (const k of Object.keys(from)) if (!(k in to)) patch[k] = null;
  return patch;
}

// keepOrDeleteNullInObj: keep only the nulls (deletions) or only the rest.
function keepNulls(patch: JsonMap, keep: boolean): JsonMap {
  const out: JsonMap = {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) {
      if (keep) out[k] = null;
    } else if (isMap(v)) {
      const sub = keepNulls(v, keep);
      if (Object.keys(sub).length > 0 || (!keep && Object.keys(v).length === 0)) out[k] = sub;
    } else if (!keep) out[k] = v;
  }
  return out;
}

function mergeInto(target: JsonMap, patch: JsonMap): JsonMap {
  for (const [k, v] of Object.entries(patch)) {
    target[k] = isMap(v) && isMap(target[k]) ? mergeInto(target[k] as JsonMap, v) : v;
  }
  return target;
}

export function createThreeWayJsonMergePatch(original: JsonMap, modified: JsonMap, current: JsonMap): JsonMap {
  const additions = keepNulls(createMergePatch(current, modified), false);
  const deletions = keepNulls(createMergePatch(original, modified), true);
  return mergeInto(deletions, additions);
}
