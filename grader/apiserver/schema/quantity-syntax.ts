// Whether a string parses as a resource.Quantity, with the error text of
// k8s.io/apimachinery/pkg/api/resource/quantity.go ParseQuantity (v0.34).

export const quantityFormatError =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const quantitySuffixError = "unable to parse quantity's suffix";

const decimalSuffixes = new Set(["n", "u", "m", "", "k", "M", "G", "T", "P", "E"]);
const binarySuffixes = new Set(["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]);
const suffixLetters = "eEinumkKMGTP";
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** The suffix of a quantity (after sign, digits and fraction), or undefined when the shape is wrong. */
function scanSuffix(str: string): string | undefined {
  let pos = 0;
  if (str[0] === "-" || str[0] === "+") pos++;
  while (isDigit(str[pos])) pos++;
  if (str[pos] === ".") {
    pos++;
    while (isDigit(str[pos])) pos++;
  }
  const suffixStart = pos;
  while (pos < str.length && suffixLetters.includes(str[pos])) pos++;
  if (str[pos] === "-" || str[pos] === "+") pos++;
  while (isDigit(str[pos])) pos++;
  return pos === str.length ? str.slice(suffixStart) : undefined;
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
