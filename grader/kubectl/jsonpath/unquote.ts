// strconv.Unquote, extended to single-quoted strings as client-go's UnquoteExtend does.

const simpleEscapes: Record<string, string> = { a: "\u0007", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\u000b", "\\": "\\" };

/** The text of a quoted literal; undefined where Go reports "invalid syntax". */
export function unquoteExtend(quoted: string): string | undefined {
  if (quoted.length < 2) return undefined;
  const quote = quoted[0];
  if ((quote !== '"' && quote !== "'") || quoted[quoted.length - 1] !== quote) return undefined;
  const body = quoted.slice(1, -1);
  // Bytes, so \x and octal escapes can build UTF-8 sequences as Go does.
  const bytes: number[] = [];
  const pushText = (text: string): void => {
    bytes.push(...new TextEncoder().encode(text));
  };
  for (let i = 0; i < body.length; ) {
    const ch = body[i] ?? "";
    if (ch === quote) return undefined;
    if (ch !== "\\") {
      const cp = body.codePointAt(i) ?? 0;
      const text = String.fromCodePoint(cp);
      pushText(text);
      i += text.length;
      continue;
    }
    const esc = body[i + 1];
    if (esc === undefined) return undefined;
    if (simpleEscapes[esc] !== undefined) {
      pushText(simpleEscapes[esc]);
      i += 2;
    } else if (esc === "'" || esc === '"') {
      if (esc !== quote) return undefined;
      pushText(esc);
      i += 2;
    } else if (esc === "x" || esc === "u" || esc === "U") {
      const n = esc === "x" ? 2 : esc === "u" ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + n);
      if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
      const value = parseInt(hex, 16);
      if (esc === "x") bytes.push(value);
      else {
        if (value > 0x10ffff || (value >= 0xd800 && value < 0xe000)) return undefined;
        pushText(String.fromCodePoint(value));
      }
      i += 2 + n;
    } else if (esc >= "0" && esc <= "7") {
      const oct = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(oct)) return undefined;
      const value = parseInt(oct, 8);
      if (value > 255) return undefined;
      bytes.push(value);
      i += 4;
    } else return undefined;
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
