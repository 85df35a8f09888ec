// Small accessors for defaulting plain JSON objects in place.

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The object at `key`, created empty when absent (Go: a nil pointer replaced by &T{}). */
export function ensureObject(parent: JsonObject, key: string): JsonObject {
  const v = parent[key];
  if (isObject(v)) return v;
  const created: JsonObject = {};
  parent[key] = created;
  return created;
}

/** The object at `key`, or undefined. */
export function objectAt(parent: JsonObject, key: string): JsonObject | undefined {
  const v = parent[key];
  return isObject(v) ? v : undefined;
}

/** The objects of the array at `key` (non-objects skipped). */
export function objectsAt(parent: JsonObject, key: string): JsonObject[] {
  const v = parent[key];
  return Array.isArray(v) ? v.filter(isObject) : [];
}

/** Go's `if x == nil` / `if x == ""` / `if x == 0` for a JSON field: absent, null, "" or 0. */
export function isUnset(v: unknown): boolean {
  return v === undefined || v === null || v === "" || v === 0;
}

/** Go's `if ptr == nil` for a JSON field: absent or null. */
export function isNil(v: unknown): boolean {
  return v === undefined || v === null;
}

/** Sets `key` to `value` when it is absent or null. */
export function defaultNil(o: JsonObject, key: string, value: unknown): void {
  if (isNil(o[key])) o[key] = value;
}

/** Sets `key` to `value` when it is absent, null or the zero value ("" / 0). */
export function defaultZero(o: JsonObject, key: string, value: unknown): void {
  if (isUnset(o[key])) o[key] = value;
}
