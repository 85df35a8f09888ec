// The functions a kubectl go-template can call: text/template's builtins
// (text/template/funcs.go) and the two kubectl's printer adds (cli-runtime
// pkg/printers/template.go: exists, base64decode). Values: undefined is Go's
// invalid reflect.Value, null a nil interface.
import { GoNumber, goTypeName } from "../jsonpath/go-values";
import { goQuote } from "../go-quote";
import { goSprint, goSprintf, goSprintln } from "./go-fmt";

/** An error a function returned; the template reports "error calling NAME: MESSAGE". */
export class FunctionError extends Error {}

type Kind = "invalid" | "bool" | "int" | "uint" | "float" | "string" | "map" | "slice";

export function kindOf(v: unknown): Kind {
  if (v === undefined || v === null) return "invalid";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "string") return "string";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float";
  if (v instanceof GoNumber) return v.kind === "float64" ? "float" : v.kind === "uint8" ? "uint" : "int";
  return Array.isArray(v) ? "slice" : "map";
}

const plain = (v: unknown): unknown => (v instanceof GoNumber ? v.value : v);
export const typeName = (v: unknown): string => goTypeName(v, "int64-when-integral");

/** text/template's truth: non-zero numbers, non-empty strings, maps and slices, true. */
export function isTrue(v: unknown): boolean {
  switch (kindOf(v)) {
    case "invalid":
      return false;
    case "bool":
      return v as boolean;
    case "string":
      return (v as string).length > 0;
    case "slice":
      return (v as unknown[]).length > 0;
    case "map":
      return Object.keys(v as object).length > 0;
    default:
      return plain(v) !== 0;
  }
}

/** eq's view of a kind: maps and slices are not basic ("other"), no value is "invalid". */
function eqKind(v: unknown): Kind | "other" {
  const k = kindOf(v);
  return k === "map" || k === "slice" ? "other" : k;
}

function eq(a: unknown, ...others: unknown[]): boolean {
  if (others.length === 0) throw new FunctionError("missing argument for comparison");
  const k1 = eqKind(a);
  for (const b of others) {
    const k2 = eqKind(b);
    let truth = false;
    if (k1 !== k2) {
      const signedMix = (k1 === "int" && k2 === "uint") || (k1 === "uint" && k2 === "int");
      if (signedMix) truth = plain(a) === plain(b);
      else if (k1 !== "invalid" && k2 !== "invalid") throw new FunctionError("incompatible types for comparison");
    } else if (k1 === "other") {
      if (kindOf(a) !== kindOf(b)) throw new FunctionError(`non-comparable types ${goSprintf("%s", [a])}: ${typeName(a)}, ${typeName(b)}: ${goSprintf("%s", [b])}`);
      throw new FunctionError(`non-comparable type ${goSprintf("%s", [b])}: ${typeName(b)}`);
    }
    else truth = plain(a) === plain(b) || k1 === "invalid";
    if (truth) return true;
  }
  return false;
}

function lt(a: unknown, b: unknown): boolean {
  const k1 = kindOf(a);
  const k2 = kindOf(b);
  if (k1 === "invalid" || k2 === "invalid" || k1 === "map" || k1 === "slice" || k2 === "map" || k2 === "slice") throw new FunctionError("invalid type for comparison");
  const signedMix = (k1 === "int" && k2 === "uint") || (k1 === "uint" && k2 === "int");
  if (k1 !== k2 && !signedMix) throw new FunctionError("incompatible types for comparison");
  if (k1 === "bool") throw new FunctionError("invalid type for comparison");
  return (plain(a) as number | string) < (plain(b) as number | string);
}

function indexValue(item: unknown, ...indices: unknown[]): unknown {
  let v = item;
  if (v === undefined || v === null) throw new FunctionError("index of untyped nil");
  for (const index of indices) {
    if (v === null || v === undefined) throw new FunctionError("index of nil pointer");
    const k = kindOf(v);
    if (k === "slice" || k === "string") {
      const ik = kindOf(index);
      if (ik !== "int" && ik !== "uint") throw new FunctionError(`cannot index slice/array with type ${index === undefined || index === null ? "<nil>" : typeName(index)}`);
      const i = plain(index) as number;
      const length = k === "string" ? Buffer.byteLength(v as string) : (v as unknown[]).length;
      if (i < 0 || i >= length) throw new FunctionError(`index out of range: ${i}`);
      v = k === "string" ? new GoNumber("uint8", Buffer.from(v as string)[i]) : (v as unknown[])[i];
    } else if (k === "map") {
      if (typeof index !== "string") throw new FunctionError(`value has type ${index === undefined || index === null ? "<nil>" : typeName(index)}; should be string`);
      const record = v as Record<string, unknown>;
      v = Object.prototype.hasOwnProperty.call(record, index) ? record[index] : null;
    } else throw new FunctionError(`can't index item of type ${typeName(v)}`);
  }
  return v;
}

function sliceValue(item: unknown, ...indices: unknown[]): unknown {
  const k = kindOf(item);
  if (k === "invalid") throw new FunctionError("slice of untyped nil");
  if (k !== "string" && k !== "slice") throw new FunctionError(`can't slice item of type ${typeName(item)}`);
  if (indices.length > 3) throw new FunctionError(`too many slice indexes: ${indices.length}`);
  if (k === "string" && indices.length === 3) throw new FunctionError("cannot 3-index slice a string");
  const length = k === "string" ? Buffer.byteLength(item as string) : (item as unknown[]).length;
  const idx = indices.map((x) => {
    const xk = kindOf(x);
    if (xk !== "int" && xk !== "uint") throw new FunctionError(`cannot index slice/array with type ${typeName(x)}`);
    const n = plain(x) as number;
    if (n < 0 || n > length) throw new FunctionError(`index out of range: ${n}`);
    return n;
  });
  const [i = 0, j = length] = idx;
  if (i > j) throw new FunctionError(`invalid slice index: ${i} > ${j}`);
  return k === "string" ? Buffer.from(item as string).subarray(i, j).toString("utf8") : (item as unknown[]).slice(i, j);
}

function length(item: unknown): number {
  if (item === undefined) throw new FunctionError("reflect: call of reflect.Value.Type on zero Value");
  if (item === null) throw new FunctionError("len of nil pointer");
  const k = kindOf(item);
  if (k === "string") return Buffer.byteLength(item as string);
  if (k === "slice") return (item as unknown[]).length;
  if (k === "map") return Object.keys(item as object).length;
  throw new FunctionError(`len of type ${typeName(item)}`);
}

/** kubectl's exists: whether the path of indices leads to a non-nil value. */
function exists(item: unknown, ...indices: unknown[]): boolean {
  let v = item;
  for (const index of indices) {
    if (v === null || v === undefined) return false;
    const k = kindOf(v);
    if (k === "slice" || k === "string") {
      const ik = kindOf(index);
      if (ik !== "int" && ik !== "uint") return false;
      const i = plain(index) as number;
      const len = k === "string" ? Buffer.byteLength(v as string) : (v as unknown[]).length;
      if (i < 0 || i >= len) return false;
      v = k === "string" ? Buffer.from(v as string)[i] : (v as unknown[])[i];
    } else if (k === "map") {
      if (typeof index !== "string") return false;
      const record = v as Record<string, unknown>;
      v = Object.prototype.hasOwnProperty.call(record, index) ? record[index] : null;
    } else return false;
  }
  return v !== null && v !== undefined;
}

/** kubectl's base64decode (encoding/base64 StdEncoding, padding required). */
function base64decode(v: unknown): string {
  if (typeof v !== "string") throw new FunctionError(`wrong type for value; expected string; got ${v === undefined || v === null ? "<nil>" : typeName(v)}`);
  const bad = /[^A-Za-z0-9+/=\r\n]/.exec(v);
  const clean = v.replace(/[\r\n]/g, "");
  const firstPad = clean.indexOf("=");
  let badAt = bad ? bad.index : -1;
  if (badAt < 0 && clean.length % 4 !== 0) badAt = clean.length - (clean.length % 4);
  if (badAt < 0 && firstPad >= 0 && (firstPad < clean.length - 2 || /[^=]/.test(clean.slice(firstPad)))) badAt = firstPad;
  if (badAt >= 0) throw new FunctionError(`base64 decode failed: illegal base64 data at input byte ${badAt}`);
  return Buffer.from(clean, "base64").toString("utf8");
}

function html(args: unknown[]): string {
  return goSprint(args).replace(/[\0"'&<>]/g, (c) => ({ "\0": "\uFFFD", '"': "&#34;", "'": "&#39;", "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c] ?? c);
}

function urlquery(args: unknown[]): string {
  return encodeURIComponent(goSprint(args)).replace(/%20/g, "+").replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function js(args: unknown[]): string {
  return goSprint(args).replace(/[\\'"<>&=\n\r\t]/g, (c) => ({ "\\": "\\\\", "'": "\\'", '"': "\\\"", "<": "\\u003C", ">": "\\u003E", "&": "\\u0026", "=": "\\u003D", "\n": "\\n", "\r": "\\r", "\t": "\\t" })[c] ?? c);
}

/** A function of the template: its arguments evaluated (and/or get them lazily). */
export type TemplateFunction = (args: unknown[]) => unknown;

export const templateFunctions: ReadonlyMap<string, TemplateFunction> = new Map<string, TemplateFunction>([
  ["eq", (a) => eq(a[0], ...a.slice(1))],
  ["ne", (a) => !eq(a[0], a[1])],
  ["lt", (a) => lt(a[0], a[1])],
  ["le", (a) => lt(a[0], a[1]) || eq(a[0], a[1])],
  ["gt", (a) => !lt(a[0], a[1]) && !eq(a[0], a[1])],
  ["ge", (a) => !lt(a[0], a[1])],
  ["not", (a) => !isTrue(a[0])],
  ["len", (a) => new GoNumber("int", length(a[0]))],
  ["index", (a) => indexValue(a[0], ...a.slice(1))],
  ["slice", (a) => sliceValue(a[0], ...a.slice(1))],
  ["print", (a) => goSprint(a)],
  ["printf", (a) => goSprintf(typeof a[0] === "string" ? a[0] : "", a.slice(1))],
  ["println", (a) => goSprintln(a)],
  ["html", html],
  ["js", js],
  ["urlquery", urlquery],
  ["exists", (a) => exists(a[0], ...a.slice(1))],
  ["base64decode", (a) => base64decode(a[0])],
]);

/** Names the parser accepts ("and"/"or" short-circuit and "call" is refused at run time). */
export const templateFunctionNames: ReadonlySet<string> = new Set([...templateFunctions.keys(), "and", "or", "call"]);

/** The argument count a function wants: [fixed, variadic]. */
export const functionArity: Record<string, [number, boolean]> = {
  eq: [1, true], ne: [2, false], lt: [2, false], le: [2, false], gt: [2, false], ge: [2, false], not: [1, false],
  len: [1, false], index: [1, true], slice: [1, true], print: [0, true], printf: [1, true], println: [0, true],
  html: [0, true], js: [0, true], urlquery: [0, true], exists: [1, true], base64decode: [1, false], and: [1, true], or: [1, true], call: [1, true],
};

export { goQuote };
