// Splits a test command line into words as a POSIX shell would (quotes and backslashes
// only: the test files use no expansions), so tests see the argv kubectl saw.
export function splitShellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? "";
    if (ch === " " || ch === "\t") {
      if (word !== null) words.push(word);
      word = null;
    } else if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? "") + line.slice(i + 1, end);
      i = end;
    } else if (ch === '"') {
      word = word ?? "";
      for (i += 1; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === "\\" && '"\\$`'.includes(line[i + 1] ?? "")) i += 1;
        word += line[i];
      }
    } else if (ch === "\\") {
      word = (word ?? "") + (line[i + 1] ?? "");
      i += 1;
    } else word = (word ?? "") + ch;
  }
  if (word !== null) words.push(word);
  return words;
}

/** The command lines of a testdata file: one per line, `#` comments and blank lines skipped. */
export function commandLines(text: string): string[] {
  return text.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("#"));
}
