// Go's json.Marshal without indentation (what the JSON printer writes for a watch event):
// one line, HTML-safe escapes, object keys sorted as Go sorts map keys unless an order is given.

/** Go's encoding/json escapes <, > and & (HTML-safe) and U+2028/U+2029. */
function goJsonString(text: string): string {
  return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
}

function encode(value: unknown, topOrder?: string[]): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return goJsonString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => encode(item)).join(",")}]`;
  const record = value as Record<string, unknown>;
  const keys = topOrder ?? Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.filter((k) => record[k] !== undefined).map((k) => `${goJsonString(k)}:${encode(record[k])}`).join(",")}}`;
}

/** One-line JSON; `fieldOrder` is the Go struct's field order of the outermost object (its inner maps are sorted). */
export function compactGoJson(value: unknown, fieldOrder?: string[]): string {
  return encode(value, fieldOrder);
}
