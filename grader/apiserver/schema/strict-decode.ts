// What the API server's JSON serializer reports when it decodes a request body
// into a built-in type with fieldValidation=Strict (kubectl v1.34's default):
// sigs.k8s.io/json UnmarshalStrict, i.e. encoding/json case-sensitive with
// unknown- and duplicate-field detection (internal/golang/encoding/json/decode.go
// and kubernetes_patch.go), then runtime.NewStrictDecodingError
// (apimachinery pkg/runtime/error.go).
//
// Semantics kept from encoding/json:
// - keys are visited in the order of the body; kubectl marshals maps with
//   sorted keys, so we visit sorted keys;
// - the first type mismatch is remembered and decoding goes on; it wins over
//   strict errors;
// - an error from a type's own UnmarshalJSON (Quantity, IntOrString, Time)
//   stops decoding at once and wins over everything;
// - unknown fields are collected (deduplicated, at most 100) and not entered.
import { goQuote } from "../errors";
import { base64Error } from "./base64-syntax";
import { quantityError } from "./quantity-syntax";
import { rfc3339Error } from "./rfc3339";
import { decodesCleanly } from "./strict-decode-fast";
import { modelSchema, type FieldType, type ObjectSchema } from "./schema";

export type DecodeFailure =
  | { type: "strict"; errors: string[] } // runtime.strictDecodingError
  | { type: "fatal"; message: string }; // any other decoding error

// encoding/json's errorContext: the innermost struct and the dotted path of
// struct fields (no indices, no map keys) leading to the value.
interface ErrorContext {
  struct: string;
  field: string;
}

interface Frame {
  value: unknown;
  type: FieldType;
  strictPath: string; // sigs.k8s.io/json's path: `spec.containers[0].image`
  context: ErrorContext | undefined;
}

const maxStrictErrors = 100;

/** The JSON kind of a value as encoding/json names it in UnmarshalTypeError. */
function jsonKind(v: unknown): "null" | "string" | "number" | "bool" | "array" | "object" {
  if (v === null) return "null";
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "array";
  return "object";
}

/** A number as Go's json.Marshal (and so kubectl's request body) writes it. */
export function goJsonNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    // Go uses exponent form with a two-digit exponent: 1e-07, 1e+21.
    return n.toExponential().replace(/e([+-])(\d)$/, "e$10$2");
  }
  return String(n);
}

function typeErrorText(value: string, goType: string, ctx: ErrorContext | undefined): string {
  if (ctx) return `json: cannot unmarshal ${value} into Go struct field ${ctx.struct}.${ctx.field} of type ${goType}`;
  return `json: cannot unmarshal ${value} into Go value of type ${goType}`;
}

// A JSON integer literal fits Go's strconv.ParseInt and the field's width.
function fitsInt(n: number, bits: 32 | 64): boolean {
  if (!Number.isInteger(n) || !/^-?\d+$/.test(goJsonNumber(n))) return false;
  return bits === 32 ? n >= -2147483648 && n <= 2147483647 : n >= -(2 ** 63) && n < 2 ** 63;
}

/** The keys of a JSON object as encoding/json would meet them in kubectl's body. */
// On the hot path of every request: a plain loop and the default (code unit) sort, no closures.
function sortedKeys(o: Record<string, unknown>): string[] {
  const keys: string[] = [];
  for (const k in o) if (o[k] !== undefined) keys.push(k);
  return keys.sort();
}

/** Strictly decodes `obj` as the model `root`; undefined when it decodes cleanly. */
export function strictDecodeFailure(obj: unknown, root: ObjectSchema): DecodeFailure | undefined {
  return decodesCleanly(obj, root) ? undefined : fullDecodeFailure(obj, root);
}

/** strictDecodeFailure without the quick check first: the decoder that finds upstream's error. */
export function fullDecodeFailure(obj: unknown, root: ObjectSchema): DecodeFailure | undefined {
  const strictErrors: string[] = [];
  const seenStrict = new Set<string>();
  let savedError: string | undefined;
  const saveError = (text: string) => {
    savedError ??= text;
  };

  const stack: Frame[] = [
    { value: obj, type: { kind: "object", model: root.model, goType: root.goType }, strictPath: "", context: undefined },
  ];
  while (stack.length) {
    const { value, type, strictPath, context } = stack.pop()!;
    const kind = jsonKind(value);
    switch (type.kind) {
      case "scalar": {
        const failure = scalarFailure(value, kind, type, context);
        if (failure?.fatal !== undefined) return { type: "fatal", message: failure.fatal };
        if (failure?.saved !== undefined) saveError(failure.saved);
        break;
      }
      case "array": {
        if (kind === "null") break;
        if (kind !== "array") {
          saveError(typeErrorText(kind, type.goType, context));
          break;
        }
        const items = value as unknown[];
        for (let i = items.length - 1; i >= 0; i--) {
          stack.push({ value: items[i], type: type.items, strictPath: `${strictPath}[${i}]`, context });
        }
        break;
      }
      case "map": {
        if (kind === "null") break;
        if (kind !== "object") {
          saveError(typeErrorText(kind, type.goType, context));
          break;
        }
        const o = value as Record<string, unknown>;
        const keys = sortedKeys(o);
        for (let i = keys.length - 1; i >= 0; i--) {
          const k = keys[i];
          stack.push({ value: o[k], type: type.values, strictPath: strictPath ? `${strictPath}.${k}` : k, context });
        }
        break;
      }
      case "object": {
        if (kind === "null") break;
        if (kind !== "object") {
          saveError(typeErrorText(kind, type.goType, context));
          break;
        }
        const schema = modelSchema(type.model);
        if (!schema) break;
        const o = value as Record<string, unknown>;
        const children: Frame[] = [];
        for (const k of sortedKeys(o)) {
          const path = strictPath ? `${strictPath}.${k}` : k;
          const field = schema.byName.get(k);
          if (!field) {
            const text = `unknown field ${goQuote(path)}`;
            if (strictErrors.length < maxStrictErrors && !seenStrict.has(text)) {
              seenStrict.add(text);
              strictErrors.push(text);
            }
            continue;
          }
          const ctx = { struct: schema.typeName, field: context ? `${context.field}.${k}` : k };
          children.push({ value: o[k], type: field.type, strictPath: path, context: ctx });
        }
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
        break;
      }
    }
  }
  if (savedError !== undefined) return { type: "fatal", message: savedError };
  if (strictErrors.length) return { type: "strict", errors: strictErrors };
  return undefined;
}

/** An error that stops decoding at once (`fatal`), or one remembered while decoding goes on (`saved`). */
type ScalarFailure = { fatal: string; saved?: undefined } | { saved: string; fatal?: undefined };

/** Checks one scalar (called for every scalar of every request: no closures here). */
function scalarFailure(
  value: unknown,
  kind: ReturnType<typeof jsonKind>,
  type: Extract<FieldType, { kind: "scalar" }>,
  ctx: ErrorContext | undefined,
): ScalarFailure | undefined {
  if (kind === "null") return undefined; // null leaves any Go value at its zero value
  switch (type.scalar) {
    case "any":
      return undefined;
    case "string":
      return kind !== "string" ? { saved: typeErrorText(kind, type.goType, ctx) } : undefined;
    case "bool":
      return kind !== "bool" ? { saved: typeErrorText(kind, type.goType, ctx) } : undefined;
    case "float64":
      return kind !== "number" ? { saved: typeErrorText(kind, type.goType, ctx) } : undefined;
    case "int32":
    case "int64":
      if (kind !== "number") return { saved: typeErrorText(kind, type.goType, ctx) };
      if (!fitsInt(value as number, type.scalar === "int32" ? 32 : 64)) {
        return { saved: typeErrorText(`number ${goJsonNumber(value as number)}`, type.goType, ctx) };
      }
      return undefined;
    case "bytes": {
      if (kind !== "string") return { saved: typeErrorText(kind, type.goType, ctx) };
      // A base64 error is saved as it is, without field context.
      const err = base64Error(value as string);
      return err !== undefined ? { saved: err } : undefined;
    }
    case "intstr":
      // IntOrString.UnmarshalJSON: a JSON string is the string form, anything else must be an int32.
      if (kind === "string") return undefined;
      if (kind !== "number") return { fatal: typeErrorText(kind, "int32", ctx) };
      if (!fitsInt(value as number, 32)) return { fatal: typeErrorText(`number ${goJsonNumber(value as number)}`, "int32", ctx) };
      return undefined;
    case "quantity": {
      // Quantity.UnmarshalJSON parses the string, or the literal of anything else.
      const literal = kind === "string" ? (value as string) : kind === "number" ? goJsonNumber(value as number) : "{";
      const err = quantityError(literal.trim());
      return err !== undefined ? { fatal: err } : undefined;
    }
    case "time":
    case "microtime": {
      // metav1.Time.UnmarshalJSON first decodes a Go string, then parses it.
      if (kind !== "string") return { fatal: typeErrorText(kind, "string", ctx) };
      const err = type.scalar === "time" ? rfc3339Error(value as string) : microTimeError(value as string);
      return err !== undefined ? { fatal: err } : undefined;
    }
  }
}

// metav1.MicroTime parses RFC3339Micro; the only difference that matters here is
// that its layout has fixed microseconds. Accept any RFC 3339 time.
function microTimeError(value: string): string | undefined {
  const err = rfc3339Error(value);
  return err?.replace('"2006-01-02T15:04:05Z07:00"', '"2006-01-02T15:04:05.000000Z07:00"');
}
