// JSON with object keys sorted at every level (undefined members left out):
// one text per value, for comparing objects whatever their key order and for
// hashing templates. Loops and concatenation rather than map/filter/join,
// because controllers compare their objects this way on every sync.
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let s = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) s += ",";
      const item = canonicalJson(value[i]) as string | undefined;
      if (item !== undefined) s += item; // as join() prints an undefined item: nothing
    }
    return s + "]";
  }
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    let s = "{";
    let first = true;
    for (const k of keys) {
      if (record[k] === undefined) continue;
      if (!first) s += ",";
      first = false;
      s += `${JSON.stringify(k)}:${canonicalJson(record[k])}`;
    }
    return s + "}";
  }
  return JSON.stringify(value);
}
