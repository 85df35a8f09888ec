// resource.Quantity as k8s.io/apimachinery/pkg/api/resource/quantity.go has it:
// an exact fixed-point number that remembers its suffix kind (binary, decimal,
// exponent) and prints itself in upstream's canonical form. Exact arithmetic
// with bigint: the value is `unscaled × 10^exponent`.

export type QuantityFormat = "DecimalExponent" | "BinarySI" | "DecimalSI";

const quantityPattern = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";

/** upstream ErrFormatWrong */
export const quantityFormatErrorText = `quantities must match the regular expression '${quantityPattern}'`;
/** upstream ErrNumeric */
export const quantityNumericErrorText = "unable to parse numeric part of quantity";
/** upstream ErrSuffix */
export const quantitySuffixErrorText = "unable to parse quantity's suffix";

// The smallest step upstream keeps: parsed values are rounded up to 1n.
const nanoExponent = -9;
const maxInt64 = (1n << 63n) - 1n;

interface Suffix {
  base: 2 | 10;
  exponent: number;
  format: QuantityFormat;
}

const decimalSuffixes: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const binarySuffixes: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const decimalSuffixByExponent = new Map(Object.entries(decimalSuffixes).map(([s, e]) => [e, s]));
const binarySuffixByExponent = new Map(Object.entries(binarySuffixes).map(([s, e]) => [e, s]));

function interpretSuffix(s: string): Suffix | undefined {
  if (s in decimalSuffixes) return { base: 10, exponent: decimalSuffixes[s], format: "DecimalSI" };
  if (s in binarySuffixes) return { base: 2, exponent: binarySuffixes[s], format: "BinarySI" };
  if (s.length > 1 && (s[0] === "e" || s[0] === "E")) {
    // strconv.ParseInt: an optional sign then decimal digits only.
    if (!/^[+-]?[0-9]+$/.test(s.slice(1))) return undefined;
    const exponent = Number(s.slice(1));
    if (!Number.isSafeInteger(exponent)) return undefined;
    return { base: 10, exponent, format: "DecimalExponent" };
  }
  return undefined;
}

interface ScannedQuantity {
  positive: boolean;
  num: string; // integer digits without leading zeros ("0" when none)
  denom: string; // fraction digits
  suffix: string;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

// The same scan as upstream's parseQuantityString, so odd inputs ("1.", ".5", "1.G")
// are accepted or refused exactly as a real API server does.
function scanQuantity(str: string): ScannedQuantity {
  let pos = 0;
  const end = str.length;
  let positive = true;
  if (str[0] === "-") {
    positive = false;
    pos++;
  } else if (str[0] === "+") {
    pos++;
  }
  while (pos < end && str[pos] === "0") pos++;
  if (pos >= end) return { positive, num: "0", denom: "", suffix: "" };
  let i = pos;
  while (i < end && isDigit(str[i])) i++;
  const num = str.slice(pos, i) || "0";
  if (i >= end) return { positive, num, denom: "", suffix: "" };
  pos = i;
  let denom = "";
  if (str[pos] === ".") {
    pos++;
    i = pos;
    while (i < end && isDigit(str[i])) i++;
    denom = str.slice(pos, i);
    if (i >= end) return { positive, num, denom, suffix: "" };
    pos = i;
  }
  const suffixStart = pos;
  while (pos < end && "eEinumkKMGTP".includes(str[pos])) pos++;
  if (pos < end && (str[pos] === "-" || str[pos] === "+")) pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  if (pos < end) throw new Error(quantityFormatErrorText);
  return { positive, num, denom, suffix: str.slice(suffixStart) };
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);
const abs = (n: bigint): bigint => (n < 0n ? -n : n);

/** Divides and rounds away from zero (inf.RoundUp, upstream's rounding everywhere). */
function divideAwayFromZero(n: bigint, d: bigint): { result: bigint; exact: boolean } {
  const q = n / d;
  if (q * d === n) return { result: q, exact: true };
  return { result: n < 0n ? q - 1n : q + 1n, exact: false };
}

export class Quantity {
  readonly format: QuantityFormat;
  private readonly unscaled: bigint;
  private readonly exponent: number;
  // The input string, kept when upstream keeps it (already canonical on parse).
  private readonly parsedString: string | undefined;

  constructor(unscaled: bigint, exponent: number, format: QuantityFormat, parsedString?: string) {
    this.unscaled = unscaled;
    this.exponent = exponent;
    this.format = format;
    this.parsedString = parsedString;
  }

  /** The value rescaled so its exponent is `exponent`, rounded away from zero. */
  private scaledTo(exponent: number): { result: bigint; exact: boolean } {
    if (this.exponent >= exponent) return { result: this.unscaled * pow10(this.exponent - exponent), exact: true };
    return divideAwayFromZero(this.unscaled, pow10(exponent - this.exponent));
  }

  /** ceil(q × 1000), rounding away from zero as upstream's MilliValue. */
  milliValue(): bigint {
    return this.scaledTo(-3).result;
  }

  /** The value rounded up (away from zero) to an integer, as upstream's Value. */
  value(): bigint {
    return this.scaledTo(0).result;
  }

  /** ceil(q / 10^exponent), as upstream's ScaledValue. */
  scaledValue(exponent: number): bigint {
    return this.scaledTo(exponent).result;
  }

  cmp(other: Quantity): -1 | 0 | 1 {
    const e = Math.min(this.exponent, other.exponent);
    const a = this.unscaled * pow10(this.exponent - e);
    const b = other.unscaled * pow10(other.exponent - e);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** The sum; when this is zero the result takes the other's format, as upstream's Add. */
  add(other: Quantity): Quantity {
    const e = Math.min(this.exponent, other.exponent);
    const sum = this.unscaled * pow10(this.exponent - e) + other.unscaled * pow10(other.exponent - e);
    return new Quantity(sum, e, this.isZero() ? other.format : this.format);
  }

  sub(other: Quantity): Quantity {
    return this.add(other.neg()).withFormat(this.isZero() ? other.format : this.format);
  }

  neg(): Quantity {
    return new Quantity(-this.unscaled, this.exponent, this.format);
  }

  withFormat(format: QuantityFormat): Quantity {
    return new Quantity(this.unscaled, this.exponent, format);
  }

  isZero(): boolean {
    return this.unscaled === 0n;
  }

  sign(): -1 | 0 | 1 {
    return this.unscaled < 0n ? -1 : this.unscaled > 0n ? 1 : 0;
  }

  equals(other: Quantity): boolean {
    return this.cmp(other) === 0;
  }

  /** Upstream's String(): the parsed text when it was canonical, otherwise the canonical form. */
  toString(): string {
    return this.parsedString ?? this.canonicalString();
  }

  toJSON(): string {
    return this.toString();
  }

  private canonicalString(): string {
    if (this.isZero()) return "0";
    let format = this.format;
    let integer = 0n;
    if (format === "BinarySI") {
      const rounded = this.scaledTo(0);
      if (this.cmp(fromInteger(-1024n)) > 0 && this.cmp(fromInteger(1024n)) < 0) format = "DecimalSI";
      else if (!rounded.exact) format = "DecimalSI"; // never lose precision for a binary suffix
      else integer = rounded.result;
    }
    if (format === "BinarySI") {
      let times = 0;
      while (integer % 1024n === 0n) {
        integer /= 1024n;
        times++;
      }
      return `${integer}${binarySuffixByExponent.get(times * 10) ?? ""}`;
    }
    let mantissa = this.unscaled;
    let exponent = this.exponent;
    while (mantissa % 10n === 0n) {
      mantissa /= 10n;
      exponent++;
    }
    while (exponent % 3 !== 0) {
      mantissa *= 10n;
      exponent--;
    }
    if (format === "DecimalExponent") return exponent === 0 ? `${mantissa}` : `${mantissa}e${exponent}`;
    // Upstream prints no suffix when the exponent has none (beyond E).
    return `${mantissa}${decimalSuffixByExponent.get(exponent) ?? ""}`;
  }
}

function fromInteger(n: bigint): Quantity {
  return new Quantity(n, 0, "DecimalSI");
}

/** resource.NewQuantity(value, format). */
export function newQuantity(value: bigint | number, format: QuantityFormat = "DecimalSI"): Quantity {
  return new Quantity(BigInt(value), 0, format);
}

/** resource.NewMilliQuantity(value, format). */
export function newMilliQuantity(value: bigint | number, format: QuantityFormat = "DecimalSI"): Quantity {
  return new Quantity(BigInt(value), -3, format);
}

/** resource.NewScaledQuantity(value, exponent): value × 10^exponent, DecimalSI. */
export function newScaledQuantity(value: bigint | number, exponent: number): Quantity {
  return new Quantity(BigInt(value), exponent, "DecimalSI");
}

// Quantities are immutable, and the same few strings ("100m", "64Mi") are parsed
// again and again (defaults, validation, QoS, quota, scheduling): parse each once.
// A refused string keeps its error text. Bounded, so odd inputs cannot grow it forever.
const parsedQuantities = new Map<string, Quantity | string>();
const parsedQuantitiesLimit = 4096;

function parseQuantityCached(str: string): Quantity | string {
  if (typeof str !== "string") return parseQuantityString(str); // not JSON text: fails as it always did, uncached
  let result = parsedQuantities.get(str);
  if (result !== undefined) return result;
  try {
    result = parseQuantityString(str);
  } catch (e) {
    if (!(e instanceof Error) || e.constructor !== Error) throw e; // only upstream's refusals are remembered
    result = e.message;
  }
  if (parsedQuantities.size >= parsedQuantitiesLimit) parsedQuantities.clear();
  parsedQuantities.set(str, result);
  return result;
}

/** resource.ParseQuantity; throws Error with upstream's message. A number is read as its JSON text. */
export function parseQuantity(input: string | number): Quantity {
  const result = parseQuantityCached(typeof input === "number" ? String(input) : input);
  if (typeof result === "string") throw new Error(result);
  return result;
}

function parseQuantityString(str: string): Quantity {
  if (str.length === 0) throw new Error(quantityFormatErrorText);
  if (str === "0") return new Quantity(0n, 0, "DecimalSI", "0");
  const { positive, num, denom, suffix } = scanQuantity(str);
  const sfx = interpretSuffix(suffix);
  if (!sfx) throw new Error(quantitySuffixErrorText);

  const digits = BigInt(num + denom);
  let unscaled = positive ? digits : -digits;
  let exponent = -denom.length;
  if (sfx.base === 10) exponent += sfx.exponent;
  else unscaled *= 1n << BigInt(sfx.exponent);

  const parsedString = keepsParsedString(str, num, denom, sfx, digits) ? str : undefined;
  let format = sfx.format;
  if (exponent < nanoExponent) {
    // Round non-zero values up to 1n: asking for a little should get a little.
    unscaled = divideAwayFromZero(unscaled, pow10(nanoExponent - exponent)).result;
    exponent = nanoExponent;
  }
  if (format === "BinarySI") {
    const capped = new Quantity(maxInt64, 0, format);
    const magnitude = new Quantity(abs(unscaled), exponent, format);
    if (magnitude.cmp(capped) > 0) {
      unscaled = unscaled < 0n ? -maxInt64 : maxInt64;
      exponent = 0;
    } else if (unscaled !== 0n && magnitude.cmp(fromInteger(1n)) < 0) {
      format = "DecimalSI";
    }
  }
  return new Quantity(unscaled, exponent, format, parsedString);
}

// Upstream's fast int64 path keeps the input text as the printed form when it is
// already canonical; this reproduces its conditions (precision, scale, overflow).
function keepsParsedString(str: string, num: string, denom: string, sfx: Suffix, digits: bigint): boolean {
  let precision: number;
  let mantissa = 1n;
  let scale = 0;
  if (sfx.format === "BinarySI") {
    if (sfx.exponent < 0 || denom.length !== 0) return false;
    mantissa = 1n << BigInt(sfx.exponent);
    precision = 15 - num.length - Math.trunc((sfx.exponent * 3) / 10) - 1;
  } else {
    scale = sfx.exponent;
    precision = 18 - num.length - denom.length;
  }
  if (precision < 0) return false;
  scale -= denom.length;
  if (scale < nanoExponent) return false;
  if (digits * mantissa > maxInt64) return false;
  if (sfx.format === "BinarySI") return sfx.exponent % 10 === 0 && (digits & 7n) !== 0n;
  const shifted = num + denom;
  return scale % 3 === 0 && !shifted.endsWith("000") && shifted[0] !== "0";
}

export function tryParseQuantity(input: string | number): Quantity | undefined {
  try {
    const result = parseQuantityCached(typeof input === "number" ? String(input) : input);
    return typeof result === "string" ? undefined : result;
  } catch {
    return undefined;
  }
}
