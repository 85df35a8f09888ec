// kubectl's -o json: Go's json.MarshalIndent with four spaces. Typed objects (what the
// generators build) keep their Go field order; objects from the server are maps, so sorted.

/** Go's encoding/json escapes <, > and & (HTML-safe) and U+2028/U+2029. */
function goJsonString(text: string): string {
  return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
}

function encode(value: unknown, indent: string, sortKeys: boolean): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return goJsonString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => inner + encode(item, inner, sortKeys)).join(",\n")}\n${indent}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined);
  if (sortKeys) keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (keys.length === 0) return "{}";
  return `{\n${keys.map((k) => `${inner}${goJsonString(k)}: ${encode(record[k], inner, sortKeys)}`).join(",\n")}\n${indent}}`;
}

export function toJson(value: unknown, options: { sortKeys: boolean }): string {
  return `${encode(value, "", options.sortKeys)}\n`;
}
