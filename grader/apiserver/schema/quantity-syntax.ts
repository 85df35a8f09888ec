// Whether a string parses as a resource.Quantity, with the error text of
// k8s.io/apimachinery/pkg/api/resource/quantity.go ParseQuantity (v0.34).

export const quantityFormatError =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const quantitySuffixError = "unable to parse quantity's suffix";

const decimalSuffixes = new Set(["n", "u", "m", "", "k", "M", "G", "T", "P", "E"]);
const binarySuffixes = new Set(["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]);
const suffixLetters = "eEinumkKMGTP";

// Character codes, read within bounds: indexing past a string's end is a slow path in V8.
const isDigitAt = (str: string, pos: number) => {
  const c = str.charCodeAt(pos); // NaN past the end
  return c >= 48 && c <= 57;
};
const isSignAt = (str: string, pos: number) => {
  const c = str.charCodeAt(pos);
  return c === 43 || c === 45; // + -
};

/** The suffix of a quantity (after sign, digits and fraction), or undefined when the shape is wrong. */
function scanSuffix(str: string): string | undefined {
  const end = str.length;
  let pos = 0;
  if (isSignAt(str, 0)) pos++;
  while (pos < end && isDigitAt(str, pos)) pos++;
  if (pos < end && str.charCodeAt(pos) === 46) {
    // "."
    pos++;
    while (pos < end && isDigitAt(str, pos)) pos++;
  }
  const suffixStart = pos;
  while (pos < end && suffixLetters.includes(str[pos])) pos++;
  if (pos < end && isSignAt(str, pos)) pos++;
  while (pos < end && isDigitAt(str, pos)) pos++;
  return pos === end ? str.slice(suffixStart) : undefined;
}

/** undefined when `str` is a valid quantity, else ParseQuantity's error text. */
export function quantityError(str: string): string | undefined {
  if (str.length === 0) return quantityFormatError;
  if (str === "0") return undefined;
  const suffix = scanSuffix(str);
  if (suffix === undefined) return quantityFormatError;
  if (decimalSuffixes.has(suffix) || binarySuffixes.has(suffix)) return undefined;
  // An exponent: e3, E-2.
  if (suffix.length > 1 && (suffix[0] === "e" || suffix[0] === "E") && /^[+-]?\d+$/.test(suffix.slice(1))) {
    return undefined;
  }
  return quantitySuffixError;
}
