// fmt.Sprintf / Sprint for the values a template sees (decoded JSON: strings,
// int64 or float64 numbers, bools, maps, slices, nil; int/float64 literals),
// with fmt's wording for a verb that does not fit: %!d(string=web).
import { GoNumber, formatGoFloat, formatGoValue, goTypeName } from "../jsonpath/go-values";
import { goQuote } from "../go-quote";

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  zero: boolean;
  space: boolean;
  width?: number;
  precision?: number;
}

const isNumber = (v: unknown): v is number | GoNumber => typeof v === "number" || v instanceof GoNumber;
const numberValue = (v: number | GoNumber): number => (v instanceof GoNumber ? v.value : v);
const isInt = (v: number | GoNumber): boolean => (v instanceof GoNumber ? v.kind !== "float64" : Number.isInteger(v));
const typeName = (v: unknown): string => goTypeName(v, "int64-when-integral");

function pad(text: string, spec: Spec, numeric = false): string {
  const width = spec.width ?? 0;
  const length = [...text].length;
  if (length >= width) return text;
  if (spec.minus) return text + " ".repeat(width - length);
  if (spec.zero && numeric) {
    const sign = /^[+-]/.test(text) ? text[0] : "";
    return sign + "0".repeat(width - length) + text.slice(sign.length);
  }
  return " ".repeat(width - length) + text;
}

function withSign(text: string, negative: boolean, spec: Spec): string {
  return (negative ? "-" : spec.plus ? "+" : spec.space ? " " : "") + text;
}

/** Go's %e digits: at least two exponent digits. */
function goExponent(value: number, precision: number, upper: boolean): string {
  const [m, e] = Math.abs(value).toExponential(precision).split("e");
  const exp = Number(e);
  const text = `${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  return upper ? text.toUpperCase() : text;
}

/** toFixed, but an exact tie rounds to even as strconv does (2.5 → "2"). */
function toFixedHalfEven(value: number, digits: number): string {
  const scaled = value * 10 ** digits;
  const floor = Math.floor(scaled);
  if (scaled - floor === 0.5 && scaled < Number.MAX_SAFE_INTEGER) return ((floor % 2 === 0 ? floor : floor + 1) / 10 ** digits).toFixed(digits);
  return value.toFixed(digits);
}

function formatFloat(value: number, verb: string, spec: Spec): string {
  if (!Number.isFinite(value)) return pad(Number.isNaN(value) ? "NaN" : withSign("Inf", value < 0, { ...spec, plus: spec.plus || value > 0 }), spec);
  const negative = value < 0 || Object.is(value, -0);
  let body: string;
  switch (verb) {
    case "e":
    case "E":
      body = goExponent(value, spec.precision ?? 6, verb === "E");
      break;
    case "f":
    case "F":
      body = toFixedHalfEven(Math.abs(value), spec.precision ?? 6);
      break;
    default: {
      // g, G, v: the shortest representation, or %g's precision.
      if (spec.precision === undefined) body = formatGoFloat(Math.abs(value));
      else {
        const p = spec.precision === 0 ? 1 : spec.precision;
        const exp = Math.floor(Math.log10(Math.abs(value) || 1));
        body = exp < -4 || exp >= p ? goExponent(Number(Math.abs(value).toPrecision(p)), p - 1, false).replace(/\.?0+e/, "e") : String(Number(Math.abs(value).toPrecision(p)));
      }
      if (verb === "G") body = body.toUpperCase();
    }
  }
  return pad(withSign(body, negative, spec), spec, true);
}

function formatInt(value: number, verb: string, spec: Spec): string | undefined {
  const negative = value < 0;
  const abs = Math.abs(value);
  let body: string;
  switch (verb) {
    case "d":
    case "v":
      body = String(abs);
      break;
    case "b":
      body = abs.toString(2);
      break;
    case "o":
      body = (spec.sharp ? "0" : "") + abs.toString(8);
      break;
    case "O":
      body = `0o${abs.toString(8)}`;
      break;
    case "x":
      body = (spec.sharp ? "0x" : "") + abs.toString(16);
      break;
    case "X":
      body = (spec.sharp ? "0X" : "") + abs.toString(16).toUpperCase();
      break;
    case "c":
      return pad(String.fromCodePoint(value), spec);
    case "q":
      return pad(`'${String.fromCodePoint(value)}'`, spec);
    case "U":
      return pad(`U+${abs.toString(16).toUpperCase().padStart(4, "0")}`, spec);
    default:
      return undefined;
  }
  if (spec.precision !== undefined) body = body.padStart(spec.precision, "0");
  return pad(withSign(body, negative, spec), spec, spec.precision === undefined);
}

function formatString(value: string, verb: string, spec: Spec): string | undefined {
  const text = spec.precision === undefined ? value : [...value].slice(0, spec.precision).join("");
  switch (verb) {
    case "s":
    case "v":
      return pad(text, spec);
    case "q":
      return pad(goQuote(text), spec);
    case "x":
    case "X": {
      const hex = Buffer.from(text, "utf8").toString("hex");
      return pad(verb === "X" ? hex.toUpperCase() : hex, spec);
    }
    default:
      return undefined;
  }
}

/** One operand under one verb; undefined when the verb does not apply (a %!verb(...) follows). */
function formatOperand(value: unknown, verb: string, spec: Spec): string | undefined {
  if (verb === "T") return pad(value === null || value === undefined ? "<nil>" : typeName(value), spec);
  if (value === null || value === undefined) return verb === "v" ? pad("<nil>", spec) : undefined;
  if (typeof value === "string") return formatString(value, verb, spec);
  if (typeof value === "boolean") return verb === "t" || verb === "v" ? pad(String(value), spec) : undefined;
  if (isNumber(value)) {
    if (isInt(value)) return formatInt(numberValue(value), verb, spec);
    return "eEfFgGv".includes(verb) ? formatFloat(numberValue(value), verb, spec) : undefined;
  }
  // Maps and slices: the verb applies to every element.
  const element = (v: unknown): string => formatOperand(v, verb, spec) ?? badVerb(v, verb, spec);
  if (Array.isArray(value)) return `[${value.map(element).join(" ")}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `map[${keys.map((k) => `${element(k)}:${element(record[k])}`).join(" ")}]`;
}

function badVerb(value: unknown, verb: string, spec: Spec): string {
  if (value === null || value === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(value)}=${formatOperand(value, "v", spec) ?? ""})`;
}

/** fmt.Sprintf(format, args...). */
export function goSprintf(format: string, args: unknown[]): string {
  let out = "";
  let argIndex = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== "%") {
      out += c;
      continue;
    }
    const spec: Spec = { minus: false, plus: false, sharp: false, zero: false, space: false };
    i++;
    for (; i < format.length && "-+# 0".includes(format[i]); i++) {
      const f = format[i];
      if (f === "-") spec.minus = true;
      else if (f === "+") spec.plus = true;
      else if (f === "#") spec.sharp = true;
      else if (f === "0") spec.zero = !spec.minus;
      else spec.space = true;
    }
    const number = (): number | undefined => {
      if (format[i] === "*") {
        i++;
        const a = args[argIndex++];
        return isNumber(a) ? numberValue(a) : undefined;
      }
      const m = /^[0-9]+/.exec(format.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      return Number(m[0]);
    };
    spec.width = number();
    if (format[i] === ".") {
      i++;
      spec.precision = number() ?? 0;
    }
    if (i >= format.length) {
      out += "%!(NOVERB)";
      break;
    }
    const verb = format[i];
    if (verb === "%") {
      out += "%";
      continue;
    }
    if (argIndex >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const value = args[argIndex++];
    out += formatOperand(value, verb, spec) ?? badVerb(value, verb, spec);
  }
  if (argIndex < args.length) {
    const extra = args.slice(argIndex).map((v) => (v === null || v === undefined ? "<nil>" : `${typeName(v)}=${formatGoValue(v, "int64-when-integral")}`));
    out += `%!(EXTRA ${extra.join(", ")})`;
  }
  return out;
}

/** fmt.Sprint: operands printed with %v, a space between two operands when neither is a string. */
export function goSprint(args: unknown[]): string {
  let out = "";
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== "string" && typeof args[i - 1] !== "string") out += " ";
    out += goPrintValue(a);
  });
  return out;
}

/** fmt.Sprintln: every operand separated by a space, then a newline. */
export function goSprintln(args: unknown[]): string {
  return `${args.map(goPrintValue).join(" ")}\n`;
}

/** %v of one value. */
export function goPrintValue(value: unknown): string {
  return formatGoValue(value, "int64-when-integral");
}
