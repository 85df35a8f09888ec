// The tabwriter `kubectl get --watch` writes through (cli-runtime printers.GetNewTabWriter:
// liggitt/tabwriter with RememberWidths, minwidth 6, padding 3): text is aligned at each
// flush, and a column is never narrower than the widest it was in an earlier flush — so
// watch rows stay under the headers until a wider cell pushes the column out.

import { alignTabs } from "../../apiserver/printers/tabwriter";

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
    return alignTabs(text, { minWidth: this.minWidth, padding: this.padding }, (widths, width) => this.remember(widths, width));
  }

  /** RememberWidths: the block's width grows to the remembered one, or the remembered one to it. */
  private remember(widths: readonly number[], width: number): number {
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
