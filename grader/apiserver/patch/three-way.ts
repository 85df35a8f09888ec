// Patch creation for `kubectl apply`, `kubectl edit` and friends, with the
// semantics of k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (v0.34):
// diffMaps/diffLists build a strategic merge patch from two documents;
// CreateThreeWayMergePatch combines the additions and changes from the live
// object to the new manifest with the deletions from the last-applied one.
import { deduplicateScalars } from "./strategic-merge";
import { StrategicMergeError, errNoListOfLists } from "./errors";
import { goFormatValue } from "./go-format";
import type { PatchSchema } from "./patch-meta";
import { mergeMap, type JsonMap } from "./strategic-merge";

interface DiffOptions {
  /** Emit `$setElementOrder/<list>` parallel lists. */
  setElementOrder: boolean;
  /** Keep only deletions. */
  ignoreChangesAndAdditions: boolean;
  /** Keep only additions and changes. */
  ignoreDeletions: boolean;
  /** The field has the retainKeys strategy: emit `$retainKeys`. */
  buildRetainKeysDirective: boolean;
}

const directiveMarker = "$patch";
const deleteDirective = "delete";
const retainKeysDirective = "$retainKeys";
const deleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList";
const setElementOrderPrefix = "$setElementOrder";

const isMap = (v: unknown): v is JsonMap => typeof v === "object" && v !== null && !Array.isArray(v);

// reflect.TypeOf of a decoded JSON value (all numbers are float64).
function goType(v: unknown): string {
  if (v === null || v === undefined) return "nil";
  if (Array.isArray(v)) return "slice";
  return typeof v === "object" ? "map" : typeof v;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isMap(a) && isMap(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

// fmt.Sprintf("%v", v) for the scalars that appear in merge keys and primitive lists.
function goString(v: unknown): string {
  if (v === null || v === undefined) return "<nil>";
  if (typeof v === "object") return goFormatValue(v);
  return String(v);
}

const byGoString = (a: unknown, b: unknown): number => {
  const x = goString(a);
  const y = goString(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** sortScalars: by the %v text. */
function sortScalars(s: unknown[]): unknown[] {
  return [...s].sort(byGoString);
}


function retainKeysAndStrategy(strategies: string[]): { retainKeys: boolean; strategy: string } {
  const retainKeys = strategies.includes("retainKeys");
  if (strategies.length > 2) throw new StrategicMergeError(`unexpected patch strategy: ${strategies.join(",")}`);
  return { retainKeys, strategy: strategies.find((s) => s !== "retainKeys") ?? "" };
}

function hasAdditionalNewField(original: JsonMap, modified: JsonMap): boolean {
  return Object.entries(original).some(([k, v]) => v !== null && !(k in modified));
}

function diffMaps(original: JsonMap, modified: JsonMap, schema: PatchSchema, options: DiffOptions): JsonMap {
  const patch: JsonMap = {};
  const retainKeysList: unknown[] = [];
  for (const [key, modifiedValue] of Object.entries(modified)) {
    if (options.buildRetainKeysDirective && modifiedValue !== null) retainKeysList.push(key);
    if (!(key in original)) {
      if (!options.ignoreChangesAndAdditions) patch[key] = modifiedValue;
      continue;
    }
    const originalValue = original[key];
    if (key === directiveMarker) {
      if (typeof originalValue !== "string" || typeof modifiedValue !== "string") {
        throw new StrategicMergeError(`invalid value for special key: ${directiveMarker}`);
      }
      if (originalValue !== modifiedValue) patch[directiveMarker] = modifiedValue;
      continue;
    }
    if (goType(originalValue) !== goType(modifiedValue)) {
      if (!options.ignoreChangesAndAdditions) patch[key] = modifiedValue;
      continue;
    }
    if (isMap(originalValue)) {
      handleMapDiff(key, originalValue, modifiedValue as JsonMap, patch, schema, options);
    } else if (Array.isArray(originalValue)) {
      handleSliceDiff(key, originalValue, modifiedValue as unknown[], patch, schema, options);
    } else if (!options.ignoreChangesAndAdditions && !deepEqual(originalValue, modifiedValue)) {
      patch[key] = modifiedValue;
    }
  }
  if (!options.ignoreDeletions) {
    for (const key of Object.keys(original)) if (!(key in modified)) patch[key] = null;
  }
  if (retainKeysList.length > 0 && (Object.keys(patch).length > 0 || hasAdditionalNewField(original, modified))) {
    patch[retainKeysDirective] = sortScalars(retainKeysList);
  }
  return patch;
}

function handleMapDiff(key: string, original: JsonMap, modified: JsonMap, patch: JsonMap, schema: PatchSchema, options: DiffOptions): void {
  const { schema: sub, meta } = schema.lookup(key);
  const { retainKeys, strategy } = retainKeysAndStrategy(meta.strategies);
  if (strategy === "replace") {
    if (!options.ignoreChangesAndAdditions) patch[key] = modified;
    return;
  }
  const value = diffMaps(original, modified, sub, { ...options, buildRetainKeysDirective: retainKeys });
  if (Object.keys(value).length > 0) patch[key] = value;
}

function handleSliceDiff(key: string, original: unknown[], modified: unknown[], patch: JsonMap, schema: PatchSchema, options: DiffOptions): void {
  const { schema: sub, meta } = schema.lookup(key);
  const { retainKeys, strategy } = retainKeysAndStrategy(meta.strategies);
  if (strategy !== "merge") {
    if (!options.ignoreChangesAndAdditions && !deepEqual(original, modified)) patch[key] = modified;
    return;
  }
  const lists = diffLists(original, modified, sub, meta.mergeKey ?? "", { ...options, buildRetainKeysDirective: retainKeys });
  if (lists.patchList.length > 0) patch[key] = lists.patchList;
  if (lists.deleteList.length > 0) patch[`${deleteFromPrimitiveListPrefix}/${key}`] = lists.deleteList;
  if (lists.setOrderList.length > 0) patch[`${setElementOrderPrefix}/${key}`] = lists.setOrderList;
}

interface ListDiff {
  patchList: unknown[];
  deleteList: unknown[];
  setOrderList: unknown[];
}

function sliceElementType(...slices: unknown[][]): string {
  let prev: string | undefined;
  for (const s of slices) {
    for (const v of s) {
      const t = goType(v);
      if (prev === undefined) {
        if (t === "slice") throw errNoListOfLists();
        prev = t;
      } else if (prev !== t) {
        throw new StrategicMergeError(`list element types are not identical: ${goFormatValue(slices)}`);
      }
    }
  }
  if (prev === undefined) throw new StrategicMergeError("no elements in any of the given slices");
  return prev;
}

function mergeKeyValue(item: unknown, mergeKey: string): unknown {
  if (!isMap(item)) throw new StrategicMergeError(`expected a map, but received a ${goType(item)}`);
  if (!(mergeKey in item)) throw new StrategicMergeError(`map: ${goFormatValue(item)} does not contain declared merge key: ${mergeKey}`);
  return item[mergeKey];
}

// normalizeSliceOrder: items in `order` first by their position there; `$patch: delete` items last.
function normalizeSliceOrder(toSort: unknown[], order: unknown[], mergeKey: string, kind: string): unknown[] {
  let keep = toSort;
  let toDelete: unknown[] = [];
  if (kind === "map") {
    for (const item of [...toSort, ...order]) mergeKeyValue(item, mergeKey);
    keep = toSort.filter((v) => (v as JsonMap)[directiveMarker] !== deleteDirective);
    toDelete = toSort.filter((v) => (v as JsonMap)[directiveMarker] === deleteDirective);
  }
  const value = (item: unknown) => (kind === "map" ? (item as JsonMap)[mergeKey] : item);
  const indexOf = (item: unknown) => order.findIndex((o) => value(o) === value(item));
  const sorted = keep
    .map((item, i) => ({ item, i, at: indexOf(item) }))
    .sort((a, b) => (a.at >= 0 && b.at >= 0 ? a.at - b.at : 0) || a.i - b.i)
    .map((e) => e.item);
  return [...sorted, ...toDelete];
}

function isOrderSame(original: unknown[], modified: unknown[], mergeKey: string): boolean {
  if (original.length !== modified.length) return false;
  return modified.every((item, i) => mergeKeyValue(original[i], mergeKey) === mergeKeyValue(item, mergeKey));
}

function diffLists(original: unknown[], modified: unknown[], schema: PatchSchema, mergeKey: string, options: DiffOptions): ListDiff {
  const none: ListDiff = { patchList: [], deleteList: [], setOrderList: [] };
  if (original.length === 0) {
    if (modified.length === 0 || options.ignoreChangesAndAdditions) return none;
    return { patchList: modified, deleteList: [], setOrderList: [] };
  }
  const kind = sliceElementType(original, modified);
  if (kind === "map") {
    const diff = diffListsOfMaps(original, modified, schema, mergeKey, options);
    const patchList = [...normalizeSliceOrder(diff.patch, modified, mergeKey, kind), ...diff.deletions];
    const orderSame = isOrderSame(original, modified, mergeKey);
    let setOrderList: unknown[] = [];
    if (
      options.setElementOrder &&
      ((!options.ignoreChangesAndAdditions && (patchList.length > 0 || !orderSame)) || (!options.ignoreDeletions && patchList.length > 0))
    ) {
      setOrderList = modified.map((v) => ({ [mergeKey]: (v as JsonMap)[mergeKey] }));
    }
    return { patchList, deleteList: [], setOrderList };
  }
  const sortedOriginal = sortScalars(original);
  const scalars = diffListsOfScalars(sortedOriginal, modified, options);
  const patchList = normalizeSliceOrder(scalars.add, modified, mergeKey, kind);
  let setOrderList: unknown[] = [];
  if (
    options.setElementOrder &&
    ((!options.ignoreDeletions && scalars.deletions.length > 0) || (!options.ignoreChangesAndAdditions && !deepEqual(sortedOriginal, modified)))
  ) {
    setOrderList = modified;
  }
  return { patchList, deleteList: scalars.deletions, setOrderList };
}

function diffListsOfScalars(sortedOriginal: unknown[], modified: unknown[], options: DiffOptions): { add: unknown[]; deletions: unknown[] } {
  const sortedModified = sortScalars(modified);
  const add: unknown[] = [];
  const deletions: unknown[] = [];
  let oi = 0;
  let mi = 0;
  while (oi < sortedOriginal.length || mi < sortedModified.length) {
    const oIn = oi < sortedOriginal.length;
    const mIn = mi < sortedModified.length;
    const o = oIn ? goString(sortedOriginal[oi]) : "";
    const m = mIn ? goString(sortedModified[mi]) : "";
    if (oIn && mIn && o === m) {
      oi++;
      mi++;
    } else if (!oIn || (mIn && o > m)) {
      if (!options.ignoreChangesAndAdditions) add.push(sortedModified[mi]);
      mi++;
    } else {
      if (!options.ignoreDeletions) deletions.push(sortedOriginal[oi]);
      oi++;
    }
  }
  return { add, deletions: deduplicateScalars(deletions) };
}

function diffListsOfMaps(
  original: unknown[],
  modified: unknown[],
  schema: PatchSchema,
  mergeKey: string,
  options: DiffOptions,
): { patch: unknown[]; deletions: unknown[] } {
  const byKey = (a: unknown, b: unknown) => byGoString(mergeKeyValue(a, mergeKey), mergeKeyValue(b, mergeKey));
  const originalSorted = [...original].sort(byKey);
  const modifiedSorted = [...modified].sort(byKey);
  const patch: unknown[] = [];
  const deletions: unknown[] = [];
  let oi = 0;
  let mi = 0;
  while (oi < originalSorted.length || mi < modifiedSorted.length) {
    const oIn = oi < originalSorted.length;
    const mIn = mi < modifiedSorted.length;
    const oElem = oIn ? (originalSorted[oi] as JsonMap) : undefined;
    const mElem = mIn ? (modifiedSorted[mi] as JsonMap) : undefined;
    const oKey = oElem ? goString(mergeKeyValue(oElem, mergeKey)) : "";
    const mKey = mElem ? goString(mergeKeyValue(mElem, mergeKey)) : "";
    if (oElem && mElem && oKey === mKey) {
      const value = diffMaps(oElem, mElem, schema, options);
      if (Object.keys(value).length > 0) {
        value[mergeKey] = mElem[mergeKey];
        patch.push(value);
      }
      oi++;
      mi++;
    } else if (mElem && (!oElem || oKey > mKey)) {
      if (!options.ignoreChangesAndAdditions) patch.push(mElem);
      mi++;
    } else if (oElem) {
      if (!options.ignoreDeletions) deletions.push({ [mergeKey]: oElem[mergeKey], [directiveMarker]: deleteDirective });
      oi++;
    }
  }
  return { patch, deletions };
}

const noOptions: DiffOptions = {
  setElementOrder: false,
  ignoreChangesAndAdditions: false,
  ignoreDeletions: false,
  buildRetainKeysDirective: false,
};

/** CreateTwoWayMergeMapPatch: the patch that turns `original` into `modified`. */
export function createTwoWayMergePatch(original: JsonMap, modified: JsonMap, schema: PatchSchema): JsonMap {
  return diffMaps(structuredClone(original), structuredClone(modified), schema, { ...noOptions, setElementOrder: true });
}

/**
 * CreateThreeWayMergePatch with overwrite=true (kubectl apply's default): the
 * changes and additions from `current` (live) to `modified` (new manifest),
 * plus the deletions from `original` (last-applied) to `modified`. Fields only
 * the live object has (set by controllers or defaults) are left alone.
 */
export function createThreeWayMergePatch(original: JsonMap, modified: JsonMap, current: JsonMap, schema: PatchSchema): JsonMap {
  const delta = diffMaps(structuredClone(current), structuredClone(modified), schema, {
    ...noOptions,
    ignoreDeletions: true,
    setElementOrder: true,
  });
  const deletions = diffMaps(structuredClone(original), structuredClone(modified), schema, {
    ...noOptions,
    setElementOrder: true,
    ignoreChangesAndAdditions: true,
  });
  return mergeMap(deletions, delta, schema, { mergeParallelList: false, ignoreUnmatchedNulls: false });
}
