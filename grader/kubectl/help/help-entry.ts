// How help-data.ts stores one help text compactly: the `Options:` entries are shared between
// commands (most commands repeat --output, --template, --dry-run ... word for word) and the
// closing line every command prints is left out.

/** [text before the options, indexes into optionBlocks, text after them (less the footer), false when the text has no footer]. */
export type HelpEntry = [head: string, options: number[], tail: string, hasFooter?: false];

/** The line kubectl's usage template ends every command's help with (templates.go). */
export const globalOptionsFooter = 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';

// `kubectl <cmd> --help` heads its flags "Options:"; `kubectl options` has its own sentence.
const optionsHeader = /(?:^|\n)(?:Options:\n|The following options can be passed to any command:\n\n)/;

/** The help text an entry stands for. */
export function joinHelpEntry(entry: HelpEntry, optionBlocks: readonly string[]): string {
  const [head, options, tail, hasFooter] = entry;
  let text = head;
  // Each entry is followed by a blank line (templates.HelpFlagPrinter).
  for (const index of options) text += `${optionBlocks[index] ?? ""}\n\n`;
  text += tail;
  return hasFooter === false ? text : text + globalOptionsFooter;
}

/** Splits a help text into an entry, interning its option blocks; throws if the entry would not give the text back. */
export function splitHelpText(text: string, intern: (block: string) => number, optionBlocks: readonly string[]): HelpEntry {
  const hasFooter = text.endsWith(globalOptionsFooter);
  const body = hasFooter ? text.slice(0, text.length - globalOptionsFooter.length) : text;
  const match = optionsHeader.exec(body);
  const options: number[] = [];
  let head = body;
  let tail = "";
  if (match) {
    const start = match.index + match[0].length;
    let pos = start;
    // A flag's usage never holds an empty line (continuation lines start with a tab).
    while (body.startsWith("    ", pos)) {
      const end = body.indexOf("\n\n", pos);
      if (end < 0) throw new Error(`unterminated option at ${pos}: ${body.slice(pos, pos + 80)}`);
      options.push(intern(body.slice(pos, end)));
      pos = end + 2;
    }
    head = body.slice(0, start);
    tail = body.slice(pos);
  }
  const entry: HelpEntry = hasFooter ? [head, options, tail] : [head, options, tail, false];
  if (joinHelpEntry(entry, optionBlocks) !== text) throw new Error(`help text does not round-trip: ${text.slice(0, 80)}`);
  return entry;
}
