// How the JSONPath engine sees decoded JSON as Go values: maps are map[string]interface{},
// arrays []interface{}, numbers int64 (objects from the server, which kubectl decodes as
// unstructured) or float64 (typed objects kubectl built itself, re-decoded with encoding/json).
// Literal numbers in a template are Go ints or floats.
import { goQuote } from "../go-quote";

/** A number whose Go type is fixed: a template literal, or a byte of a string. */
export class GoNumber {
  constructor(
    readonly kind: "int" | "float64" | "uint8",
    readonly value: number,
  ) {}
}

export type NumberDecoding = "int64-when-integral" | "float64";

export type GoKind = "invalid" | "bool" | "int" | "uint" | "float" | "string" | "map" | "slice";

export function goKindOf(value: unknown): GoKind {
  if (value === null || value === undefined) return "invalid";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "string") return "string";
  if (value instanceof GoNumber) return value.kind === "int" ? "int" : value.kind === "uint8" ? "uint" : "float";
  if (Array.isArray(value)) return "slice";
  if (typeof value === "object") return "map";
  return "invalid";
}

/** The kind of a JSON number under the decoding in use. */
export function decodedNumberKind(value: number, decoding: NumberDecoding): "int" | "float" {
  return decoding === "int64-when-integral" && Number.isInteger(value) ? "int" : "float";
}

/** Go's strconv.FormatFloat(v, 'g', -1, 64), which %v uses for float64. */
export function formatGoFloat(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "+Inf" : "-Inf";
  if (value === 0) return Object.is(value, -0) ? "-0" : "0";
  const [mantissa, expText] = value.toExponential().split("e");
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? "-" : "+";
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const digits = (mantissa ?? "").replace("-", "").replace(".", "");
  const negative = value < 0 ? "-" : "";
  if (exp < 0) return `${negative}0.${"0".repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
  const fraction = digits.slice(exp + 1);
  return `${negative}${intPart}${fraction ? `.${fraction}` : ""}`;
}

function formatNumber(value: number | GoNumber, decoding: NumberDecoding): string {
  if (value instanceof GoNumber) return value.kind === "float64" ? formatGoFloat(value.value) : String(value.value);
  return decodedNumberKind(value, decoding) === "int" ? String(value) : formatGoFloat(value);
}

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Go's %#v of a decoded JSON value inside an interface{} (what the jsonpath error message shows). */
export function formatGoSyntax(value: unknown, decoding: NumberDecoding, inInterface = false): string {
  if (value === null || value === undefined) return "interface {}(nil)";
  if (typeof value === "string") return goQuote(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number" || value instanceof GoNumber) {
    const text = formatNumber(value, decoding);
    // An int literal inside an interface is shown with its type, as %#v does for non-default types.
    return value instanceof GoNumber && value.kind === "uint8" && inInterface ? `0x${value.value.toString(16)}` : text;
  }
  if (Array.isArray(value)) return `[]interface {}{${value.map((v) => formatGoSyntax(v, decoding, true)).join(", ")}}`;
  const record = value as Record<string, unknown>;
  const entries = Object.keys(record)
    .sort(byteOrder)
    .map((k) => `${goQuote(k)}:${formatGoSyntax(record[k], decoding, true)}`);
  return `map[string]interface {}{${entries.join(", ")}}`;
}

/** Go's %v (fmt.Fprint) of a decoded JSON value: `map[a:1 b:[x y]]`, `<nil>`. */
export function formatGoValue(value: unknown, decoding: NumberDecoding): string {
  if (value === null || value === undefined) return "<nil>";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number" || value instanceof GoNumber) return formatNumber(value, decoding);
  if (Array.isArray(value)) return `[${value.map((v) => formatGoValue(v, decoding)).join(" ")}]`;
  const record = value as Record<string, unknown>;
  const entries = Object.keys(record)
    .sort(byteOrder)
    .map((k) => `${k}:${formatGoValue(record[k], decoding)}`);
  return `map[${entries.join(" ")}]`;
}

/** reflect's Type().String() of a value, as in "string is not array or slice". */
export function goTypeName(value: unknown, decoding: NumberDecoding): string {
  if (value instanceof GoNumber) return value.kind;
  if (typeof value === "number") return decodedNumberKind(value, decoding) === "int" ? "int64" : "float64";
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "bool";
  if (Array.isArray(value)) return "[]interface {}";
  return "map[string]interface {}";
}

/** Go's encoding/json: HTML-safe strings, map keys sorted. */
export function goJsonString(text: string): string {
  return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
}

/** json.Marshal (compact) or json.MarshalIndent(v, "", "    ") of a decoded value. */
export function marshalGoJson(value: unknown, indent?: string, prefix = ""): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof GoNumber) return String(value.value);
  if (typeof value === "string") return goJsonString(value);
  if (typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
  const inner = indent === undefined ? "" : prefix + indent;
  const open = indent === undefined ? "" : `\n${inner}`;
  const sep = indent === undefined ? "," : `,\n${inner}`;
  const close = indent === undefined ? "" : `\n${prefix}`;
  const colon = indent === undefined ? ":" : ": ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[${open}${value.map((v) => marshalGoJson(v, indent, inner)).join(sep)}${close}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort(byteOrder);
  if (keys.length === 0) return "{}";
  return `{${open}${keys.map((k) => `${goJsonString(k)}${colon}${marshalGoJson(record[k], indent, inner)}`).join(sep)}${close}}`;
}
