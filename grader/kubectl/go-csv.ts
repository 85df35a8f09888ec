// The first record of Go's encoding/csv reader: how pflag splits a stringSlice value
// (`--image=nginx,busybox`, `--verb="get,list"`).

export type CsvResult = { fields: string[] } | { error: string };

export function readCsvRecord(text: string): CsvResult {
  const fields: string[] = [];
  let pos = 0;
  for (;;) {
    if (text[pos] === '"') {
      let field = "";
      let i = pos + 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) return { error: `parse error on line 1, column ${text.length + 1}: extraneous or missing " in quoted-field` };
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
          continue;
        }
        pos = quote + 1;
        break;
      }
      fields.push(field);
      if (pos >= text.length || text[pos] === "\n" || text[pos] === "\r") return { fields };
      if (text[pos] !== ",") return { error: `parse error on line 1, column ${pos + 1}: extraneous or missing " in quoted-field` };
      pos += 1;
      continue;
    }
    let end = pos;
    while (end < text.length && text[end] !== "," && text[end] !== "\n" && text[end] !== "\r") end += 1;
    const field = text.slice(pos, end);
    const bare = field.indexOf('"');
    if (bare >= 0) return { error: `parse error on line 1, column ${pos + bare + 1}: bare " in non-quoted-field` };
    fields.push(field);
    if (end >= text.length || text[end] !== ",") return { fields };
    pos = end + 1;
  }
}
