// `kubectl get --sort-by=FIELD` (kubectl pkg/cmd/get/sorter.go): the relaxed JSONPath is
// evaluated on each object; numbers compare as numbers, strings in natural order
// (github.com/fvbommel/sortorder); an object without the field sorts first.
import { JsonPath, JsonPathParseError } from "../jsonpath";
import { relaxedJsonPathExpression } from "../output/custom-columns";

const isDigit = (c: string): boolean => c >= "0" && c <= "9";

/** sortorder.NaturalLess: runs of digits compare by value, the rest bytewise. */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a[i] ?? "";
    const cb = b[j] ?? "";
    if (isDigit(ca) && isDigit(cb)) {
      let ei = i;
      while (ei < a.length && isDigit(a[ei] ?? "")) ei++;
      let ej = j;
      while (ej < b.length && isDigit(b[ej] ?? "")) ej++;
      const na = a.slice(i, ei).replace(/^0+/, "");
      const nb = b.slice(j, ej).replace(/^0+/, "");
      if (na.length !== nb.length) return na.length < nb.length;
      if (na !== nb) return na < nb;
      if (ei - i !== ej - j) return ei - i < ej - j;
      i = ei;
      j = ej;
      continue;
    }
    if (ca !== cb) return ca < cb;
    i++;
    j++;
  }
  return a.length - i < b.length - j;
}

function isLess(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return naturalLess(a, b);
  if (typeof a === "boolean" && typeof b === "boolean") return !a && b;
  return false;
}

/** Objects sorted by the field (stable); throws the Error kubectl prints for a bad expression. */
export function sortObjectsBy<T>(items: T[], field: string, objectOf: (item: T) => unknown): T[] {
  let parser: JsonPath;
  try {
    parser = new JsonPath(relaxedJsonPathExpression(field), { allowMissingKeys: true });
  } catch (e) {
    if (e instanceof JsonPathParseError) throw new Error(`couldn't parse --sort-by expression ${field}: ${e.message}`, { cause: e });
    throw e;
  }
  const keyed = items.map((item) => {
    const results = parser.findResults(objectOf(item));
    const first = results[0]?.[0];
    return { item, key: first, missing: results.length === 0 || (results[0] ?? []).length === 0 };
  });
  keyed.sort((x, y) => {
    if (x.missing || y.missing) return x.missing === y.missing ? 0 : x.missing ? -1 : 1;
    return isLess(x.key, y.key) ? -1 : isLess(y.key, x.key) ? 1 : 0;
  });
  return keyed.map((k) => k.item);
}
