// The PrefixWriter of k8s.io/kubectl/pkg/describe/describe.go over tabbedString's tabwriter
// (minwidth 0, padding 2, spaces): two spaces per level; Flush() ends a block of aligned
// columns, so the Events table is aligned on its own.
import { alignTabs } from "../../apiserver/printers/tabwriter";

const describeTabwriterOptions = { minWidth: 0, padding: 2 };

export class DescribeWriter {
  private blocks: string[] = [""];

  /** Writes `text` indented by `level` steps of two spaces. */
  write(level: number, text: string): void {
    this.blocks[this.blocks.length - 1] += "  ".repeat(level) + text;
  }

  /** Aligns what was written so far apart from what follows. */
  flush(): void {
    this.blocks.push("");
  }

  /** What was written with its tabs as they are: a PrefixWriter straight onto a buffer (printTemplate in polymorphichelpers/history.go). */
  raw(): string {
    return this.blocks.join("");
  }

  toString(): string {
    return this.blocks.map((b) => alignTabs(b, describeTabwriterOptions)).join("");
  }
}
