// Go's %v for decoded JSON values (map[string]interface{}, []interface{}, ...), so
// patch errors that print a map read as upstream's: `map[image:x name:web]`.
export function goFormatValue(v: unknown): string {
  if (v === null || v === undefined) return "<nil>";
  if (Array.isArray(v)) return `[${v.map(goFormatValue).join(" ")}]`;
  if (typeof v === "object") {
    const entries = Object.keys(v as Record<string, unknown>)
      .sort()
      .map((k) => `${k}:${goFormatValue((v as Record<string, unknown>)[k])}`);
    return `map[${entries.join(" ")}]`;
  }
  return String(v);
}

/** The name Go's encoding/json uses for a JSON value's kind in an UnmarshalTypeError. */
export function goJsonKind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "object") return "object";
  return typeof v; // "string" | "number" | "boolean" → Go says "bool"
}
