// The column alignment of Go's text/tabwriter (the liggitt/tabwriter fork kubectl uses), with
// kubectl's settings: minwidth 6, padding 3, padded with spaces, cells aligned left.
// Only tab-terminated cells form columns: the last cell of a line is never padded.

export interface TabwriterOptions {
  minWidth: number;
  padding: number;
}

/** cli-runtime pkg/printers/tabwriter.go */
export const kubectlTabwriterOptions: TabwriterOptions = { minWidth: 6, padding: 3 };

/** Width as tabwriter counts it: in runes (code points), not bytes. */
const runeCount = (text: string): number => Array.from(text).length;

/** Lets a caller widen a column block (tabwriter's RememberWidths): given the enclosing blocks' widths and this block's, the width to use. */
export type ColumnWidthHook = (enclosing: readonly number[], width: number) => number;

/** Aligns tab-separated text into columns. `text` is the whole output; every line ends with "\n". */
export function alignTabs(text: string, options: TabwriterOptions = kubectlTabwriterOptions, columnWidth?: ColumnWidthHook): string {
  const endsWithNewline = text.endsWith("\n");
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split("\n").map((line) => line.split("\t"));
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const cells = lines[i];
      let line = "";
      cells.forEach((cell, j) => {
        line += cell;
        if (j < widths.length) line += " ".repeat(Math.max(0, widths[j] - runeCount(cell)));
      });
      out.push(line);
    }
  };

  // Go's format(): a column block is a run of consecutive lines that have a cell in this column.
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let start = line0;
    for (let current = line0; current < line1; current++) {
      if (column >= lines[current].length - 1) continue;
      writeLines(start, current);
      start = current;
      let width = options.minWidth;
      for (; current < line1; current++) {
        const cells = lines[current];
        if (column >= cells.length - 1) break;
        width = Math.max(width, runeCount(cells[column]) + options.padding);
      }
      widths.push(columnWidth ? columnWidth(widths, width) : width);
      format(start, current);
      widths.pop();
      // As upstream, the loop's increment then passes the line that ended the block: it has no cell here.
      start = current;
    }
    writeLines(start, line1);
  };

  format(0, lines.length);
  return out.join("\n") + (endsWithNewline ? "\n" : "");
}
