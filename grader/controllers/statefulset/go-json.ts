// encoding/json.Marshal of a map[string]interface{} as Go writes it: keys
// sorted at every level, and <, >, &, U+2028 and U+2029 escaped inside
// strings (Go's HTML-safe default). The bytes of a ControllerRevision's data
// are hashed, so they must be Go's bytes, not JSON.stringify's.
const goEscapes: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

function goString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => goEscapes[c]);
}

export function goJsonMarshal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(goJsonMarshal).join(",")}]`;
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return goString(value);
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${goString(k)}:${goJsonMarshal(record[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
