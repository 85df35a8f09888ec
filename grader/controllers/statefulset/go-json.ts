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

const htmlUnsafe = /[<>&\u2028\u2029]/;
const htmlUnsafeAll = /[<>&\u2028\u2029]/g;

// JSON.stringify leaves these characters as they are, so the text needs escaping only when the string has one.
function goString(s: string): string {
  const quoted = JSON.stringify(s);
  return htmlUnsafe.test(s) ? quoted.replace(htmlUnsafeAll, (c) => goEscapes[c]) : quoted;
}

// Loops and concatenation rather than map/filter/join: a DaemonSet sync marshals its template this way.
export function goJsonMarshal(value: unknown): string {
  if (Array.isArray(value)) {
    let s = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) s += ",";
      if (i in value) s += goJsonMarshal(value[i]); // a hole joins as nothing, as join() prints it
    }
    return s + "]";
  }
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return goString(value);
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    let s = "{";
    let first = true;
    for (const k of keys) {
      if (record[k] === undefined) continue;
      if (!first) s += ",";
      first = false;
      s += `${goString(k)}:${goJsonMarshal(record[k])}`;
    }
    return s + "}";
  }
  return JSON.stringify(value);
}
