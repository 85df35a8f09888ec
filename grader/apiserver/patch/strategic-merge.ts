// Applying a strategic merge patch, with the semantics of
// k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (StrategicMergeMapPatch):
// lists with a merge strategy merge element by merge key, other lists and maps
// marked "replace" are replaced, null deletes, and the directives $patch
// (replace|delete|merge), $retainKeys, $setElementOrder/<list> and
// $deleteFromPrimitiveList/<list> work as upstream. Order of merged lists follows
// upstream's normalizeElementOrder.
import { goFormatValue } from "./go-format";
import {
  StrategicMergeError,
  errBadPatchFormatForPrimitiveList,
  errBadPatchFormatForRetainKeys,
  errBadPatchFormatForSetElementOrderList,
  errNoListOfLists,
} from "./errors";
import type { PatchSchema } from "./patch-meta";

export type JsonMap = Record<string, unknown>;

const directiveMarker = "$patch";
const deleteDirective = "delete";
const replaceDirective = "replace";
const mergeDirective = "merge";
const retainKeysDirective = "$retainKeys";
const deleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList";
const setElementOrderPrefix = "$setElementOrder";

export interface MergeOptions {
  /** true when applying a patch to an object; false when merging two patches. */
  mergeParallelList: boolean;
  /** true when applying: a null for a field the original lacks is dropped. */
  ignoreUnmatchedNulls: boolean;
}

const applyOptions: MergeOptions = { mergeParallelList: true, ignoreUnmatchedNulls: true };

const isMap = (v: unknown): v is JsonMap => typeof v === "object" && v !== null && !Array.isArray(v);

// reflect.TypeOf(v) of a decoded JSON value, as mergepatch.ErrBadArgType prints it.
function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return "%!s(<nil>)";
  if (Array.isArray(v)) return "[]interface {}";
  if (typeof v === "object") return "map[string]interface {}";
  if (typeof v === "number") return Number.isInteger(v) ? "int64" : "float64";
  if (typeof v === "boolean") return "bool";
  return "string";
}

// The Go type a JSON value decodes to; two values "have the same type" when these match.
function jsonType(v: unknown): string {
  if (v === null || v === undefined) return "nil";
  if (Array.isArray(v)) return "slice";
  return typeof v === "object" ? "map" : typeof v;
}

const errBadArgType = (expected: string, actual: unknown) =>
  new StrategicMergeError(`expected a ${expected}, but received a ${goTypeName(actual)}`);
const errNoMergeKey = (m: JsonMap, key: string) =>
  new StrategicMergeError(`map: ${goFormatValue(m)} does not contain declared merge key: ${key}`);
const errBadPatchType = (t: unknown, m: JsonMap) =>
  new StrategicMergeError(`unknown patch type: ${goFormatValue(t)} in map: ${goFormatValue(m)}`);

/** StrategicMergeMapPatch: `original` and `patch` are consumed (mutated). */
export function strategicMergeMapPatch(original: JsonMap, patch: JsonMap, schema: PatchSchema): JsonMap {
  return mergeMap(original, patch, schema, applyOptions);
}

/** Merges patches as MergeStrategicMergeMapPatchUsingLookupPatchMeta (keeps nulls and parallel lists). */
export function mergeStrategicPatches(schema: PatchSchema, ...patches: JsonMap[]): JsonMap {
  let merged: JsonMap = {};
  for (const p of patches) merged = mergeMap(merged, p, schema, { mergeParallelList: false, ignoreUnmatchedNulls: false });
  return merged;
}

function handleDirectiveInMergeMap(directive: unknown, patch: JsonMap): JsonMap {
  if (directive === replaceDirective) {
    delete patch[directiveMarker];
    return patch;
  }
  if (directive === deleteDirective) return {};
  throw errBadPatchType(directive, patch);
}

function retainKeysStrategy(strategies: string[]): string {
  if (strategies.length > 2) throw new StrategicMergeError(`unexpected patch strategy: ${strategies.join(",")}`);
  return strategies.find((s) => s !== "retainKeys") ?? "";
}

export function mergeMap(
  original: JsonMap | undefined,
  patch: JsonMap,
  schema: PatchSchema,
  options: MergeOptions,
): JsonMap {
  if (directiveMarker in patch) return handleDirectiveInMergeMap(patch[directiveMarker], patch);
  const target: JsonMap = original ?? {};
  applyRetainKeysDirective(target, patch, options);
  mergePatchIntoOriginal(target, patch, schema, options);

  for (const [patchKey, patchV] of Object.entries(patch)) {
    let k = patchKey;
    let isDeleteList = false;
    if (patchKey.startsWith(deleteFromPrimitiveListPrefix)) {
      if (!options.mergeParallelList) {
        target[patchKey] = patchV;
        continue;
      }
      k = extractKey(patchKey, deleteFromPrimitiveListPrefix);
      isDeleteList = true;
    }

    if (patchV === null) {
      delete target[k];
      if (options.ignoreUnmatchedNulls) continue;
    }

    if (!(k in target) || jsonType(target[k]) !== jsonType(patchV)) {
      if (!isDeleteList) takePatchValue(target, k, patchV, options);
      continue;
    }

    const { schema: sub, meta } = schema.lookup(k);
    const strategy = retainKeysStrategy(meta.strategies);
    if (isMap(target[k])) {
      target[k] = strategy === replaceDirective ? patchV : mergeMap(target[k] as JsonMap, patchV as JsonMap, sub, options);
    } else if (Array.isArray(target[k])) {
      target[k] = mergeSliceHandler(target[k] as unknown[], patchV as unknown[], sub, strategy, meta.mergeKey ?? "", isDeleteList, options);
    } else {
      takePatchValue(target, k, patchV, options);
    }
  }
  return target;
}

// A value the original lacks (or of another type) is taken from the patch, minus directives.
function takePatchValue(target: JsonMap, k: string, patchV: unknown, options: MergeOptions): void {
  if (options.ignoreUnmatchedNulls) discardNullValues(patchV);
  const { value, keep } = removeDirectives(patchV);
  if (keep) target[k] = value;
  else delete target[k];
}

function extractKey(s: string, prefix: string): string {
  const slash = s.indexOf("/");
  if (slash < 0 || s.slice(0, slash) !== prefix) {
    if (prefix === deleteFromPrimitiveListPrefix) throw errBadPatchFormatForPrimitiveList();
    throw errBadPatchFormatForSetElementOrderList();
  }
  return s.slice(slash + 1);
}

function applyRetainKeysDirective(original: JsonMap, patch: JsonMap, options: MergeOptions): void {
  if (!(retainKeysDirective in patch)) return;
  const retainKeys = patch[retainKeysDirective];
  delete patch[retainKeysDirective];
  if (!options.mergeParallelList) {
    if (!(retainKeysDirective in original)) original[retainKeysDirective] = retainKeys;
    return;
  }
  if (!Array.isArray(retainKeys)) throw errBadPatchFormatForRetainKeys();
  const retained = new Set(retainKeys);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || k.startsWith(deleteFromPrimitiveListPrefix) || k.startsWith(setElementOrderPrefix)) continue;
    if (!retained.has(k)) throw errBadPatchFormatForRetainKeys();
  }
  for (const k of Object.keys(original)) if (!retained.has(k)) delete original[k];
}

// Processes `$setElementOrder/<list>` together with `<list>` (precedence: the
// directive's order, then the patch's, then the live object's).
function mergePatchIntoOriginal(original: JsonMap, patch: JsonMap, schema: PatchSchema, options: MergeOptions): void {
  for (const key of Object.keys(patch)) {
    if (!key.startsWith(setElementOrderPrefix)) continue;
    const setOrder = patch[key];
    if (!options.mergeParallelList) {
      if (key in original) {
        if (JSON.stringify(original[key]) !== JSON.stringify(setOrder)) throw errBadPatchFormatForSetElementOrderList();
      } else {
        original[key] = setOrder;
      }
    }
    delete patch[key];
    if (!Array.isArray(setOrder)) throw errBadArgType("[]interface {}", setOrder);
    const listKey = extractKey(key, setElementOrderPrefix);
    const foundOriginal = listKey in original;
    const foundPatch = listKey in patch;
    let originalList: unknown[] = [];
    let patchList: unknown[] = [];
    if (foundOriginal) {
      if (!Array.isArray(original[listKey])) throw errBadArgType("[]interface {}", original[listKey]);
      originalList = original[listKey] as unknown[];
    }
    if (foundPatch) {
      if (!Array.isArray(patch[listKey])) throw errBadArgType("[]interface {}", patch[listKey]);
      patchList = patch[listKey] as unknown[];
    }
    const { schema: sub, meta } = schema.lookup(listKey);
    const strategy = retainKeysStrategy(meta.strategies);
    const mergeKey = meta.mergeKey ?? "";
    validatePatchWithSetOrderList(patchList, setOrder, mergeKey);

    let merged: unknown[];
    if (foundOriginal && !foundPatch) merged = originalList;
    else if (!foundOriginal && foundPatch) merged = removeDirectives(patchList).value as unknown[];
    else if (foundOriginal && foundPatch) merged = mergeSliceHandler(originalList, patchList, sub, strategy, mergeKey, false, options);
    else continue;

    const [patchItems, serverOnly] = mergeKey
      ? partitionMapsByPresentInList(merged, setOrder, mergeKey)
      : partitionPrimitivesByPresentInList(merged, setOrder);
    const kind = sliceElementKind(originalList, patchList);
    original[listKey] = normalizeElementOrder(patchItems, serverOnly, setOrder, originalList, mergeKey, kind);
    delete patch[listKey];
  }
}

function validatePatchWithSetOrderList(patchList: unknown[], setOrder: unknown[], mergeKey: string): void {
  if (setOrder.length === 0 || patchList.length === 0) return;
  const nonDelete = mergeKey ? extractToDeleteItems(patchList)[0] : patchList;
  let p = 0;
  let s = 0;
  while (p < nonDelete.length && s < setOrder.length) {
    if (isMap(nonDelete[p]) && directiveMarker in (nonDelete[p] as JsonMap)) {
      p++;
      continue;
    }
    if (mergeKeyValueEqual(nonDelete[p], setOrder[s], mergeKey)) p++;
    s++;
  }
  if (p < nonDelete.length && s >= setOrder.length) {
    throw new StrategicMergeError(
      `The order in patch list:\n${goFormatValue(patchList)}\n doesn't match ${setElementOrderPrefix} list:\n${goFormatValue(setOrder)}\n`,
    );
  }
}

function mergeKeyValueEqual(left: unknown, right: unknown, mergeKey: string): boolean {
  if (!mergeKey) return left === right;
  if (!isMap(left)) throw errBadArgType("map[string]interface {}", left);
  if (!isMap(right)) throw errBadArgType("map[string]interface {}", right);
  if (!(mergeKey in left)) throw errNoMergeKey(left, mergeKey);
  if (!(mergeKey in right)) throw errNoMergeKey(right, mergeKey);
  return left[mergeKey] === right[mergeKey];
}

function mergeSliceHandler(
  original: unknown[],
  patch: unknown[],
  schema: PatchSchema,
  strategy: string,
  mergeKey: string,
  isDeleteList: boolean,
  options: MergeOptions,
): unknown[] {
  // Delete lists are handled the same way whatever the field's strategy.
  if (strategy === mergeDirective || isDeleteList) return mergeSlice(original, patch, schema, mergeKey, options, isDeleteList);
  return patch;
}

type ElementKind = "map" | "scalar";

function sliceElementKind(...slices: unknown[][]): ElementKind {
  let prev: string | undefined;
  for (const s of slices) {
    for (const v of s) {
      const t = jsonType(v);
      if (prev === undefined) {
        prev = t;
        if (t === "slice") throw errNoListOfLists();
      } else if (prev !== t) {
        throw new StrategicMergeError(`list element types are not identical: ${goFormatValue(slices)}`);
      }
    }
  }
  if (prev === undefined) throw new StrategicMergeError("no elements in any of the given slices");
  return prev === "map" ? "map" : "scalar";
}

function mergeSlice(
  original: unknown[],
  patch: unknown[],
  schema: PatchSchema,
  mergeKey: string,
  options: MergeOptions,
  isDeleteList: boolean,
): unknown[] {
  if (original.length === 0 && patch.length === 0) return original;
  const kind = sliceElementKind(original, patch);
  let merged: unknown[];
  let base = original;
  let patchItemsList = patch;
  if (kind !== "map") {
    if (options.mergeParallelList && isDeleteList) return deleteFromSlice(original, patch);
    merged = deduplicateScalars([...original, ...patch]);
  } else {
    if (!mergeKey) throw new StrategicMergeError(`cannot merge lists without merge key for ${schema.name()}`);
    [base, patchItemsList] = mergeSliceWithSpecialElements(original, patch, mergeKey);
    merged = mergeSliceWithoutSpecialElements(base, patchItemsList, mergeKey, schema, options);
  }
  const [patchItems, serverOnly] = mergeKey
    ? partitionMapsByPresentInList(merged, patchItemsList, mergeKey)
    : partitionPrimitivesByPresentInList(merged, patchItemsList);
  return normalizeElementOrder(patchItems, serverOnly, patchItemsList, base, mergeKey, kind);
}

// Elements carrying `$patch`: delete removes matching entries, replace makes the
// rest of the patch list the whole list.
function mergeSliceWithSpecialElements(original: unknown[], patch: unknown[], mergeKey: string): [unknown[], unknown[]] {
  const plain: unknown[] = [];
  let replace = false;
  let result = original;
  for (const v of patch) {
    const m = v as JsonMap;
    if (!(directiveMarker in m)) {
      plain.push(v);
      continue;
    }
    const directive = m[directiveMarker];
    if (directive === deleteDirective) {
      if (!(mergeKey in m)) throw errNoMergeKey(m, mergeKey);
      result = deleteMatchingEntries(result, mergeKey, m[mergeKey]);
    } else if (directive === replaceDirective) {
      replace = true;
    } else if (directive === mergeDirective) {
      throw new StrategicMergeError("merging lists cannot yet be specified in the patch");
    } else {
      throw errBadPatchType(directive, m);
    }
  }
  return replace ? [plain, []] : [result, plain];
}

function findByMergeKey(list: unknown[], key: string, value: unknown): number {
  for (let i = 0; i < list.length; i++) {
    if (!isMap(list[i])) throw new StrategicMergeError(`value for key ${i} is not a map`);
    const m = list[i] as JsonMap;
    if (key in m && m[key] === value) return i;
  }
  return -1;
}

function deleteMatchingEntries(original: unknown[], mergeKey: string, value: unknown): unknown[] {
  const result = [...original];
  for (let i = findByMergeKey(result, mergeKey, value); i >= 0; i = findByMergeKey(result, mergeKey, value)) {
    result.splice(i, 1);
  }
  return result;
}

function mergeSliceWithoutSpecialElements(
  original: unknown[],
  patch: unknown[],
  mergeKey: string,
  schema: PatchSchema,
  options: MergeOptions,
): unknown[] {
  const result = [...original];
  for (const v of patch) {
    const m = v as JsonMap;
    if (!(mergeKey in m)) throw errNoMergeKey(m, mergeKey);
    const i = findByMergeKey(result, mergeKey, m[mergeKey]);
    if (i >= 0) {
      result[i] = mergeMap(result[i] as JsonMap, m, schema, options);
    } else {
      // Upstream appends the element as sent; nulls and directives in it would decode to
      // zero values, which our JSON objects express by leaving the field out.
      if (options.ignoreUnmatchedNulls) discardNullValues(m);
      result.push(removeDirectives(m).value);
    }
  }
  return result;
}

function deleteFromSlice(current: unknown[], toDelete: unknown[]): unknown[] {
  const drop = new Set(toDelete);
  return current.filter((v) => !drop.has(v));
}

// Upstream's in-place dedupe moves the last element into each duplicate's slot (the three-way diff keeps that order too).
export function deduplicateScalars(input: unknown[]): unknown[] {
  const s = [...input];
  let length = s.length - 1;
  for (let i = 0; i < length; i++) {
    for (let j = i + 1; j <= length; j++) {
      if (s[i] === s[j]) {
        s[j] = s[length];
        s.length = length;
        length--;
        j--;
      }
    }
  }
  return s;
}

function partitionPrimitivesByPresentInList(list: unknown[], by: unknown[]): [unknown[], unknown[]] {
  const inPatch = new Set(by);
  return [list.filter((v) => inPatch.has(v)), list.filter((v) => !inPatch.has(v))];
}

function partitionMapsByPresentInList(list: unknown[], by: unknown[], mergeKey: string): [unknown[], unknown[]] {
  const inPatch: unknown[] = [];
  const serverOnly: unknown[] = [];
  for (const v of list) {
    if (!isMap(v)) throw errBadArgType("map[string]interface {}", v);
    if (!(mergeKey in v)) throw errNoMergeKey(v, mergeKey);
    (findByMergeKey(by, mergeKey, v[mergeKey]) >= 0 ? inPatch : serverOnly).push(v);
  }
  return [inPatch, serverOnly];
}

function removeDirectives(obj: unknown): { value: unknown; keep: boolean } {
  if (isMap(obj)) {
    if (directiveMarker in obj) return { value: undefined, keep: false };
    for (const [k, v] of Object.entries(obj)) {
      const r = removeDirectives(v);
      if (r.keep) obj[k] = r.value;
      else delete obj[k];
    }
    return { value: obj, keep: true };
  }
  if (Array.isArray(obj)) {
    const res: unknown[] = [];
    for (const v of obj) {
      const r = removeDirectives(v);
      if (r.keep) res.push(r.value);
    }
    return { value: res, keep: true };
  }
  return { value: obj, keep: true };
}

function discardNullValues(v: unknown): void {
  if (isMap(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (x === null) delete v[k];
      else discardNullValues(x);
    }
  } else if (Array.isArray(v)) {
    for (const x of v) discardNullValues(x);
  }
}

function extractToDeleteItems(list: unknown[]): [unknown[], unknown[]] {
  const keep: unknown[] = [];
  const toDelete: unknown[] = [];
  for (const v of list) {
    if (!isMap(v)) throw errBadArgType("map[string]interface {}", v);
    (v[directiveMarker] === deleteDirective ? toDelete : keep).push(v);
  }
  return [keep, toDelete];
}

function indexIn(list: unknown[], item: unknown, mergeKey: string, kind: ElementKind): number {
  const valueOf = (x: unknown): unknown => (kind === "map" ? (isMap(x) ? x[mergeKey] : undefined) : x);
  const wanted = valueOf(item);
  return list.findIndex((x) => valueOf(x) === wanted);
}

function normalizeElementOrder(
  patchItems: unknown[],
  serverOnly: unknown[],
  patchOrder: unknown[],
  serverOrder: unknown[],
  mergeKey: string,
  kind: ElementKind,
): unknown[] {
  const sortedPatch = normalizeSliceOrder(patchItems, patchOrder, mergeKey, kind);
  const sortedServer = normalizeSliceOrder(serverOnly, serverOrder, mergeKey, kind);
  return mergeSortedSlice(sortedServer, sortedPatch, serverOrder, mergeKey, kind);
}

// sort.SliceStable with upstream's (non-strict) less: an insertion sort, as Go runs
// for short slices, so lists of under 20 elements come out exactly as upstream's.
function normalizeSliceOrder(toSort: unknown[], order: unknown[], mergeKey: string, kind: ElementKind): unknown[] {
  let items = [...toSort];
  let toDelete: unknown[] = [];
  if (kind === "map") {
    for (const list of [items, order]) {
      for (const item of list) {
        if (!isMap(item)) throw errBadArgType("map[string]interface {}", item);
        if (!(mergeKey in item)) throw errNoMergeKey(item, mergeKey);
      }
    }
    [items, toDelete] = extractToDeleteItems(items);
  }
  const less = (a: unknown, b: unknown): boolean => {
    const ia = indexIn(order, a, mergeKey, kind);
    if (ia >= 0) {
      const ib = indexIn(order, b, mergeKey, kind);
      if (ib >= 0) return ia < ib;
    }
    return true;
  };
  for (let i = 1; i < items.length; i++) {
    for (let j = i; j > 0 && less(items[j], items[j - 1]); j--) {
      [items[j], items[j - 1]] = [items[j - 1], items[j]];
    }
  }
  return [...items, ...toDelete];
}

function mergeSortedSlice(left: unknown[], right: unknown[], serverOrder: unknown[], mergeKey: string, kind: ElementKind): unknown[] {
  const out: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i >= left.length) out.push(right[j++]);
    else if (j >= right.length) out.push(left[i++]);
    else {
      const li = indexIn(serverOrder, left[i], mergeKey, kind);
      const ri = indexIn(serverOrder, right[j], mergeKey, kind);
      if (li >= 0 && ri >= 0 && li < ri) out.push(left[i++]);
      else out.push(right[j++]);
    }
  }
  return out;
}
