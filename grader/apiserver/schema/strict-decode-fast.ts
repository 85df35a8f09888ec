// The common case of strict decoding, answered cheaply: does a body decode
// cleanly? A plain recursive check with no paths, frames or error texts built.
// Only when it says no (or cannot tell) does the full decoder of
// strict-decode.ts run, to find the error upstream reports. It must never say
// yes where the full decoder finds an error (strict-decode-fast.test.ts).
import { base64Error } from "./base64-syntax";
import { quantityError } from "./quantity-syntax";
import { rfc3339Error } from "./rfc3339";
import { modelSchema, type FieldType, type ObjectSchema, type ScalarKind } from "./schema";

// Deeper than any built-in object goes in practice; beyond it, the full decoder (no recursion) decides.
const maxDepth = 64;

/** True when `obj` certainly decodes as `root` without any error; false when it may not. */
export function decodesCleanly(obj: unknown, root: ObjectSchema): boolean {
  return isPlainObject(obj) && objectDecodesCleanly(obj, root, 0);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function objectDecodesCleanly(o: Record<string, unknown>, schema: ObjectSchema, depth: number): boolean {
  for (const k in o) {
    const v = o[k];
    if (v === undefined) continue; // not in the body
    const field = schema.byName.get(k);
    if (field === undefined || !valueDecodesCleanly(v, field.type, depth + 1)) return false;
  }
  return true;
}

function valueDecodesCleanly(value: unknown, type: FieldType, depth: number): boolean {
  if (value === null) return true; // null leaves any Go value at its zero value
  switch (type.kind) {
    case "scalar":
      return scalarDecodesCleanly(value, type.scalar);
    case "array": {
      if (!Array.isArray(value) || depth > maxDepth) return false;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item === undefined || !valueDecodesCleanly(item, type.items, depth + 1)) return false;
      }
      return true;
    }
    case "map": {
      if (!isPlainObject(value) || depth > maxDepth) return false;
      for (const k in value) {
        const v = value[k];
        if (v !== undefined && !valueDecodesCleanly(v, type.values, depth + 1)) return false;
      }
      return true;
    }
    case "object": {
      if (!isPlainObject(value) || depth > maxDepth) return false;
      const schema = modelSchema(type.model);
      return schema === undefined || objectDecodesCleanly(value, schema, depth);
    }
  }
}

function isInt32(n: number): boolean {
  return Number.isInteger(n) && n >= -2147483648 && n <= 2147483647;
}

function isInt64(n: number): boolean {
  return Number.isInteger(n) && n >= -(2 ** 63) && n < 2 ** 63;
}

function scalarDecodesCleanly(value: unknown, scalar: ScalarKind): boolean {
  switch (scalar) {
    case "any":
      return true;
    case "string":
      return typeof value === "string";
    case "bool":
      return typeof value === "boolean";
    case "float64":
      return typeof value === "number";
    case "int32":
    case "intstr":
      return (scalar === "intstr" && typeof value === "string") || (typeof value === "number" && isInt32(value));
    case "int64":
      return typeof value === "number" && isInt64(value);
    case "bytes":
      return typeof value === "string" && base64Error(value) === undefined;
    case "quantity":
      // Numbers take the full decoder's way (their JSON text); strings are the common case.
      return typeof value === "string" && isValidQuantity(value);
    case "time":
    case "microtime":
      return typeof value === "string" && isValidTime(value);
  }
}

// Status writes carry the same few timestamps again and again (creation, transitions, starts).
const validTimes = new Set<string>();
const validTimesLimit = 4096;

function isValidTime(value: string): boolean {
  if (validTimes.has(value)) return true;
  if (rfc3339Error(value) !== undefined) return false;
  if (validTimes.size >= validTimesLimit) validTimes.clear();
  validTimes.add(value);
  return true;
}

// Requests and limits repeat the same few quantities on every pod.
const validQuantities = new Set<string>();
const validQuantitiesLimit = 4096;

function isValidQuantity(value: string): boolean {
  if (validQuantities.has(value)) return true;
  if (quantityError(value.trim()) !== undefined) return false;
  if (validQuantities.size >= validQuantitiesLimit) validQuantities.clear();
  validQuantities.add(value);
  return true;
}

// Frozen values (stored objects and their parts) never change: whether one
// decodes cleanly under a model is known after the first check.
const frozenClean = new WeakMap<object, ObjectSchema>();

/**
 * decodesCleanly for the field `field` of an object of `root`, remembered for
 * frozen values: a status write carrying the stored spec back checks it once.
 */
export function fieldDecodesCleanly(root: ObjectSchema, field: string, value: unknown): boolean {
  const type = root.byName.get(field)?.type;
  if (type === undefined || type.kind !== "object" || !isPlainObject(value)) return false;
  const schema = modelSchema(type.model);
  if (schema === undefined) return false;
  const frozen = Object.isFrozen(value);
  if (frozen && frozenClean.get(value) === schema) return true;
  if (!objectDecodesCleanly(value, schema, 1)) return false;
  if (frozen) frozenClean.set(value, schema);
  return true;
}
