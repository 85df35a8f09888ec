// The tabwriter `kubectl get --watch` writes through (cli-runtime printers.GetNewTabWriter:
// liggitt/tabwriter with RememberWidths, minwidth 6, padding 3): text is aligned at each
// flush, and a column is never narrower than the widest it was in an earlier flush — so
// watch rows stay under the headers until a wider cell pushes the column out.

/** Width as tabwriter counts it: in runes (code points). */
const runeCount = (text: string): number => Array.from(text).length;

export class RememberingTabWriter {
  private pending = "";
  /** Widest cell (with padding) seen per column depth, across flushes. */
  private readonly maxWidths: number[] = [];

  constructor(
    private readonly minWidth = 6,
    private readonly padding = 3,
  ) {}

  write(text: string): void {
    this.pending += text;
  }

  /** Aligns what was written since the last flush and returns it. */
  flush(): string {
    const text = this.pending;
    this.pending = "";
    if (text === "") return "";
    const endsWithNewline = text.endsWith("\n");
    const lines = (endsWithNewline ? text.slice(0, -1) : text).split("\n").map((line) => line.split("\t"));
    const out: string[] = [];
    const widths: number[] = [];

    const writeLines = (from: number, to: number): void => {
      for (let i = from; i < to; i++) {
        let line = "";
        lines[i].forEach((cell, j) => {
          line += cell;
          if (j < widths.length) line += " ".repeat(Math.max(0, widths[j] - runeCount(cell)));
        });
        out.push(line);
      }
    };

    // Go's format(): a column block is a run of consecutive lines with a tab-terminated cell at this depth.
    const format = (line0: number, line1: number): void => {
      const column = widths.length;
      let start = line0;
      for (let current = line0; current < line1; current++) {
        if (column >= lines[current].length - 1) continue;
        writeLines(start, current);
        start = current;
        let width = this.minWidth;
        for (; current < line1; current++) {
          const cells = lines[current];
          if (column >= cells.length - 1) break;
          width = Math.max(width, runeCount(cells[column]) + this.padding);
        }
        width = this.remember(widths, width);
        widths.push(width);
        format(start, current);
        widths.pop();
        start = current;
      }
      writeLines(start, line1);
    };

    format(0, lines.length);
    return out.join("\n") + (endsWithNewline ? "\n" : "");
  }

  /** RememberWidths: the block's width grows to the remembered one, or the remembered one to it. */
  private remember(widths: number[], width: number): number {
    const depth = widths.length;
    if (this.maxWidths.length < depth) this.maxWidths.push(...widths.slice(this.maxWidths.length));
    if (this.maxWidths.length === depth) {
      this.maxWidths.push(width);
      return width;
    }
    if (this.maxWidths[depth] > width) return this.maxWidths[depth];
    this.maxWidths[depth] = width;
    return width;
  }
}
