// Go's base64.StdEncoding decoding, for the byte counts and the exact
// "illegal base64 data at input byte N" error encoding/json reports for []byte.

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The index Go's decoder reports for `s`, or undefined when `s` decodes. */
export function base64ErrorIndex(s: string): number | undefined {
  let j = 0; // position within the current 4-character quantum
  let quantumStart = 0;
  for (let si = 0; si < s.length; si++) {
    const c = s[si];
    if (c === "\n" || c === "\r") continue;
    if (j === 0) quantumStart = si;
    if (c === "=") {
      // Padding is only valid in the last two places of the final quantum.
      if (j < 2) return si;
      const rest = s.slice(si).replace(/[\r\n]/g, "");
      const expected = j === 2 ? "==" : "=";
      if (!rest.startsWith(expected)) return s.length;
      if (rest.length > expected.length) return si + expected.length;
      return undefined;
    }
    if (!alphabet.includes(c)) return si;
    j = (j + 1) % 4;
  }
  return j === 0 ? undefined : quantumStart;
}

/** The number of bytes `s` decodes to (assumes it is valid). */
export function base64DecodedLength(s: string): number {
  return Buffer.from(s, "base64").length;
}
