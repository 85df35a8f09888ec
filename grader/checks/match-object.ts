// Partial matching of a Kubernetes object against what a check expects. Every
// difference is reported at its field path with expected vs actual, e.g.
// `spec.containers[name=app].image: expected "nginx:1.27", got "nginx:1.25"`.
import { tryParseQuantity } from "../apiserver/quantity";
import { schemaFor } from "../apiserver/schema";
import {
  childFieldInfo,
  elementFieldInfo,
  isKnownObject,
  isQuantityField,
  rootFieldInfo,
  type FieldInfo,
} from "./field-info";
import { appendField, appendFilter, parsePathKey } from "./match-path";
import { describeValue } from "./describe-value";

export interface Mismatch {
  /** Where, as `spec.containers[name=app].image` ("" for the object itself). */
  path: string;
  /** What, as `expected "nginx:1.27", got "nginx:1.25"`. */
  message: string;
}

export function mismatchText(m: Mismatch): string {
  return m.path ? `${m.path}: ${m.message}` : m.message;
}

type JsonMap = Record<string, unknown>;

function isMap(v: unknown): v is JsonMap {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Every way `actual` (a whole object of its apiVersion/kind) falls short of the partial object `expected`. */
export function matchObject(expected: JsonMap, actual: JsonMap): Mismatch[] {
  const apiVersion = typeof actual.apiVersion === "string" ? actual.apiVersion : "";
  const kind = typeof actual.kind === "string" ? actual.kind : "";
  const out: Mismatch[] = [];
  matchValue(expected, actual, rootFieldInfo(schemaFor(apiVersion, kind)?.model), "", out);
  return out;
}

/** Partial matching below a field whose schema is `info`; used for objects and for tests of single fields. */
export function matchValue(expected: unknown, actual: unknown, info: FieldInfo, path: string, out: Mismatch[]): void {
  if (expected === null) {
    if (actual !== undefined && actual !== null) out.push({ path, message: `expected no value, got ${describeValue(actual)}` });
    return;
  }
  if (isMap(expected)) {
    if (!isMap(actual)) {
      out.push({ path, message: `expected ${describeValue(expected)}, got ${describeValue(actual)}` });
      return;
    }
    for (const [key, exp] of Object.entries(expected)) {
      const steps = key.includes("[") || (key.includes(".") && isKnownObject(info)) ? parsePathKey(key) : undefined;
      if (steps) matchAlongPath(steps, exp, actual, info, path, out);
      else matchValue(exp, actual[key], childFieldInfo(info, key), appendField(path, key), out);
    }
    return;
  }
  if (Array.isArray(expected)) {
    matchList(expected, actual, info, path, out);
    return;
  }
  if (!scalarEquals(expected, actual, info)) {
    out.push({ path, message: `expected ${describeValue(expected)}, got ${describeValue(actual)}` });
  }
}

function matchAlongPath(
  steps: ReturnType<typeof parsePathKey> & object,
  expected: unknown,
  start: JsonMap,
  startInfo: FieldInfo,
  startPath: string,
  out: Mismatch[],
): void {
  let value: unknown = start;
  let info = startInfo;
  let path = startPath;
  for (const step of steps) {
    if ("field" in step) {
      value = isMap(value) ? value[step.field] : undefined;
      info = childFieldInfo(info, step.field);
      path = appendField(path, step.field);
      continue;
    }
    const list = value;
    path = appendFilter(path, step.filterKey, step.filterValue);
    value = Array.isArray(list)
      ? list.find((el) => isMap(el) && keyText(el[step.filterKey]) === step.filterValue)
      : undefined;
    if (value === undefined) {
      if (expected !== null) {
        out.push({ path, message: `expected an element with ${step.filterKey}=${step.filterValue}, got ${listSummary(list, step.filterKey)}` });
      }
      return;
    }
    info = elementFieldInfo(info);
  }
  matchValue(expected, value, info, path, out);
}

function keyText(v: unknown): string | undefined {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : undefined;
}

function listSummary(list: unknown, key: string): string {
  if (!Array.isArray(list) || list.length === 0) return "none";
  const keys = list.map((el) => (isMap(el) ? keyText(el[key]) : undefined)).filter((k) => k !== undefined);
  return keys.length ? `none (have ${key}=${keys.join(", ")})` : "none";
}

function matchList(expected: unknown[], actual: unknown, info: FieldInfo, path: string, out: Mismatch[]): void {
  if (!Array.isArray(actual)) {
    if (expected.length > 0) out.push({ path, message: `expected ${describeValue(expected)}, got ${describeValue(actual)}` });
    return;
  }
  const element = elementFieldInfo(info);
  const unkeyed: unknown[] = [];
  for (const exp of expected) {
    const mergeKey = info.mergeKey;
    const keyValue = mergeKey && isMap(exp) ? keyText(exp[mergeKey]) : undefined;
    if (mergeKey === undefined || keyValue === undefined) {
      unkeyed.push(exp);
      continue;
    }
    const elementPath = appendFilter(path, mergeKey, keyValue);
    const found = actual.find((el) => isMap(el) && keyText(el[mergeKey]) === keyValue);
    if (found === undefined) {
      out.push({ path: elementPath, message: `expected an element with ${mergeKey}=${keyValue}, got ${listSummary(actual, mergeKey)}` });
      continue;
    }
    matchValue(exp, found, element, elementPath, out);
  }
  if (unkeyed.length) matchAsSubset(unkeyed, actual, element, path, out);
}

// Each expected element needs its own actual element (tolerations as a set): a
// bipartite matching by augmenting paths; lists here are a handful of elements.
function matchAsSubset(expected: unknown[], actual: unknown[], element: FieldInfo, path: string, out: Mismatch[]): void {
  const fits = expected.map((exp) =>
    actual.map((act) => {
      const probe: Mismatch[] = [];
      matchValue(exp, act, element, path, probe);
      return probe.length === 0;
    }),
  );
  const owner: (number | undefined)[] = actual.map(() => undefined);
  const assign = (i: number, seen: boolean[]): boolean => {
    for (let j = 0; j < actual.length; j++) {
      if (!fits[i][j] || seen[j]) continue;
      seen[j] = true;
      const current = owner[j];
      if (current === undefined || assign(current, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  expected.forEach((exp, i) => {
    if (assign(i, actual.map(() => false))) return;
    const what = isMap(exp) || Array.isArray(exp) ? "an element like" : "to contain";
    out.push({ path, message: `expected ${what} ${describeValue(exp)}, got ${describeValue(actual)}` });
  });
}

function scalarEquals(expected: unknown, actual: unknown, info: FieldInfo): boolean {
  if (expected === actual) return true;
  if (isQuantityField(info) && (typeof expected === "string" || typeof expected === "number")) {
    if (typeof actual !== "string" && typeof actual !== "number") return false;
    const a = tryParseQuantity(expected);
    const b = tryParseQuantity(actual);
    return a !== undefined && b !== undefined && a.cmp(b) === 0;
  }
  return false;
}
