// The comparisons a filter uses (client-go third_party/forked/golang/template/funcs.go):
// only same-kind basic values compare; anything else is an error with Go's text.
import { GoNumber, decodedNumberKind, goKindOf, type GoKind, type NumberDecoding } from "./go-values";

export class ComparisonError extends Error {}

const badType = (): ComparisonError => new ComparisonError("invalid type for comparison");
const badComparison = (): ComparisonError => new ComparisonError("incompatible types for comparison");

function basicKind(value: unknown, decoding: NumberDecoding): GoKind {
  const kind = typeof value === "number" ? decodedNumberKind(value, decoding) : goKindOf(value);
  if (kind === "invalid" || kind === "map" || kind === "slice") throw badType();
  return kind;
}

const plain = (value: unknown): unknown => (value instanceof GoNumber ? value.value : value);

function kindsAgree(k1: GoKind, k2: GoKind): void {
  const signedMix = (k1 === "int" && k2 === "uint") || (k1 === "uint" && k2 === "int");
  if (k1 !== k2 && !signedMix) throw badComparison();
}

export function goEqual(a: unknown, b: unknown, decoding: NumberDecoding): boolean {
  kindsAgree(basicKind(a, decoding), basicKind(b, decoding));
  return plain(a) === plain(b);
}

export function goLess(a: unknown, b: unknown, decoding: NumberDecoding): boolean {
  const k1 = basicKind(a, decoding);
  const k2 = basicKind(b, decoding);
  kindsAgree(k1, k2);
  if (k1 === "bool") throw badType();
  const x = plain(a) as number | string;
  const y = plain(b) as number | string;
  return x < y;
}

export function compareByOperator(operator: string, a: unknown, b: unknown, decoding: NumberDecoding): boolean {
  switch (operator) {
    case "<":
      return goLess(a, b, decoding);
    case ">":
      return !(goLess(a, b, decoding) || goEqual(a, b, decoding));
    case "==":
      return goEqual(a, b, decoding);
    case "!=":
      return !goEqual(a, b, decoding);
    case "<=":
      return goLess(a, b, decoding) || goEqual(a, b, decoding);
    case ">=":
      return !goLess(a, b, decoding);
    default:
      throw new ComparisonError(`unrecognized filter operator ${operator}`);
  }
}
