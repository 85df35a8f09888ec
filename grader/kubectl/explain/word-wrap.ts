// github.com/mitchellh/go-wordwrap v1.0.1 WrapString, which kubectl explain's `wrap`
// template function uses (kubectl pkg/util/term/term_writer.go): breaks only at
// white space, keeps existing newlines, never splits a word, and drops the spaces
// where it breaks.

// unicode.IsSpace, less the no-break space go-wordwrap keeps inside words.
const goSpace = /[\t\v\f\r \u0085\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

export function wrapString(s: string, limit: number): string {
  let out = "";
  let current = 0;
  let word = "";
  let wordLen = 0;
  let space = "";
  let spaceLen = 0;
  for (const ch of s) {
    if (ch === "\n") {
      if (wordLen === 0) {
        if (current + spaceLen <= limit) out += space;
      } else out += space + word;
      space = "";
      spaceLen = 0;
      word = "";
      wordLen = 0;
      out += ch;
      current = 0;
    } else if (goSpace.test(ch)) {
      if (spaceLen === 0 || wordLen > 0) {
        current += spaceLen + wordLen;
        out += space + word;
        space = "";
        spaceLen = 0;
        word = "";
        wordLen = 0;
      }
      space += ch;
      spaceLen++;
    } else {
      word += ch;
      wordLen++;
      if (current + spaceLen + wordLen > limit && wordLen < limit) {
        out += "\n";
        current = 0;
        space = "";
        spaceLen = 0;
      }
    }
  }
  if (wordLen === 0) {
    if (current + spaceLen <= limit) out += space;
  } else out += space + word;
  return out;
}

/** The template's `indent`: pads the first line and every line after a newline. */
export function indentLines(text: string, amount: number): string {
  const pad = " ".repeat(amount);
  return pad + text.replaceAll("\n", "\n" + pad);
}
