// `kubectl get -L a,b/c` (cli-runtime tableprinter.go decorateTable, ColumnLabels): one
// column per label key, headed by the key's last segment, valued by the object's label.
import type { Table } from "../../apiserver/printers";

export function addLabelColumns(table: Table, keys: string[]): Table {
  if (keys.length === 0) return table;
  return {
    ...table,
    columnDefinitions: [
      ...table.columnDefinitions,
      ...keys.map((k) => ({ name: k.split("/").pop() ?? k, type: "string" as const, format: "", description: "", priority: 0 })),
    ],
    rows: table.rows.map((row) => ({ ...row, cells: [...row.cells, ...keys.map((k) => row.object.metadata.labels?.[k] ?? "")] })),
  };
}
