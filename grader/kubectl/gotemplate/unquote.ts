// strconv.Unquote for the string literals of a template: "..." with Go escapes, or `raw`.
const simpleEscapes: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"', "'": "'" };

export function unquoteGoString(quoted: string): string {
  if (quoted.startsWith("`")) return quoted.slice(1, -1).replace(/\r/g, "");
  const body = quoted.slice(1, -1);
  let out = "";
  const bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length > 0) out += Buffer.from(bytes).toString("utf8");
    bytes.length = 0;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      flush();
      out += c;
      continue;
    }
    const e = body[++i];
    if (e in simpleEscapes) {
      flush();
      out += simpleEscapes[e];
    } else if (e === "x") {
      bytes.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (e >= "0" && e <= "7") {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else if (e === "u" || e === "U") {
      const n = e === "u" ? 4 : 8;
      flush();
      out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 1 + n), 16));
      i += n;
    }
  }
  flush();
  return out;
}
