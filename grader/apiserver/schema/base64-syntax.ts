// Go's base64.StdEncoding.Decode errors (encoding/base64), as encoding/json
// reports them for []byte fields: `illegal base64 data at input byte N`.

const alphabet = /[A-Za-z0-9+/]/;

/** undefined when `s` decodes, else the error text with Go's byte offset. */
export function base64Error(s: string): string | undefined {
  const src = Buffer.from(s, "utf8");
  const at = (n: number) => `illegal base64 data at input byte ${n}`;
  const isNewline = (b: number) => b === 0x0a || b === 0x0d;
  let si = 0;
  while (si < src.length) {
    let j = 0;
    // One quantum of four characters, newlines ignored.
    while (j < 4) {
      while (si < src.length && isNewline(src[si])) si++;
      if (si === src.length) {
        if (j === 0) return undefined;
        return at(si - j);
      }
      const c = String.fromCharCode(src[si]);
      si++;
      if (alphabet.test(c) && src[si - 1] < 0x80) {
        j++;
        continue;
      }
      if (c !== "=") return at(si - 1);
      // Padding: only in the last two places of a quantum.
      if (j < 2) return at(si - 1);
      if (j === 2) {
        while (si < src.length && isNewline(src[si])) si++;
        if (si === src.length) return at(src.length);
        if (src[si] !== 0x3d) return at(si - 1);
        si++;
      }
      while (si < src.length && isNewline(src[si])) si++;
      return si < src.length ? at(si) : undefined;
    }
  }
  return undefined;
}
