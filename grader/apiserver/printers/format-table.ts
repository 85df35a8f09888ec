// kubectl's rendering of a server Table (cli-runtime pkg/printers/tableprinter.go: decorateTable
// and printTable through the tabwriter): upper-case headers, wide columns only with -o wide.
import type { Table, TableColumnDefinition } from "./interface";
import { formatLabels } from "./labels";
import { alignTabs } from "./tabwriter";

export interface FormatTableOptions {
  /** `-o wide`: also the priority 1 columns. */
  wide?: boolean;
  /** `--no-headers` */
  noHeaders?: boolean;
  /** Prefix names with `kind/` (or `kind.group/`), as `kubectl get` does for several types or `--show-kind`. */
  showKind?: { group: string; kind: string };
  /** `-A` / `--all-namespaces`: a leading NAMESPACE column. */
  withNamespace?: boolean;
  /** `--show-labels`: a trailing LABELS column. */
  showLabels?: boolean;
}

type Cell = string | number | boolean;

/** schema.GroupKind.String(), lower-cased: `pod`, `deployment.apps`. */
const kindPrefix = (gk: { group: string; kind: string }): string =>
  (gk.group === "" ? gk.kind : `${gk.kind}.${gk.group}`).toLowerCase();

// Terminal escapes are neutralised (WriteEscaped) and a cell stops at its first line break.
function printableCell(cell: Cell): string {
  if (typeof cell !== "string") return String(cell);
  const lineBreak = cell.search(/[\f\n\r]/);
  const text = lineBreak >= 0 ? cell.slice(0, lineBreak) : cell;
  return text.replaceAll("\x1b", "^[").replaceAll("\r", "\\r") + (lineBreak >= 0 ? "..." : "");
}

/** The text `kubectl get` prints for a Table, byte for byte; empty when there are no rows. */
export function formatTable(table: Table, options: FormatTableOptions = {}): string {
  const lines = tableLines(table, options);
  return lines.length === 0 ? "" : alignTabs(lines.map((l) => l + "\n").join(""));
}

/** The lines kubectl hands its tabwriter for a Table (cells joined by tabs, not yet aligned); none without rows. */
export function tableLines(table: Table, options: FormatTableOptions = {}): string[] {
  const columns: TableColumnDefinition[] = [];
  const rows: Cell[][] = table.rows.map(() => []);
  const visible = (c: TableColumnDefinition): boolean => options.wide === true || c.priority === 0;
  const nameIndex = options.showKind
    ? table.columnDefinitions.findIndex((c) => c.format === "name" && c.type === "string")
    : -1;

  if (options.withNamespace) {
    columns.push({ name: "Namespace", type: "string", format: "", description: "", priority: 0 });
    table.rows.forEach((row, i) => rows[i].push(row.object.metadata.namespace ?? ""));
  }
  table.columnDefinitions.forEach((column, j) => {
    if (!visible(column)) return;
    columns.push(column);
    table.rows.forEach((row, i) => {
      const cell = row.cells[j] ?? "";
      rows[i].push(j === nameIndex && options.showKind ? `${kindPrefix(options.showKind)}/${String(cell)}` : cell);
    });
  });
  if (options.showLabels) {
    columns.push({ name: "Labels", type: "string", format: "", description: "", priority: 0 });
    table.rows.forEach((row, i) => rows[i].push(formatLabels(row.object.metadata.labels)));
  }

  // Headers are not printed for a table without rows; kubectl says "No resources found" itself.
  if (table.rows.length === 0) return [];
  const lines: string[] = [];
  if (!options.noHeaders) lines.push(columns.map((c) => c.name.toUpperCase()).join("\t"));
  for (const row of rows) lines.push(row.map(printableCell).join("\t"));
  return lines;
}
