// Server-side Table printing: what the API server answers to `kubectl get`, and how kubectl shows it.
import type { ResourceInfo } from "../resource-info";
import type { KubeObject } from "../types";
import type { PrintContext, Table } from "./interface";
import { printerFor } from "./registry";

export { printerFor } from "./registry";
export { formatTable, tableLines, type FormatTableOptions } from "./format-table";
export { customResourcePrinter, type CustomResourceColumnDefinition } from "./custom-resource";
export type { PrintContext, Table, TableColumnDefinition, TablePrinter, TableRow } from "./interface";

/** The meta.k8s.io/v1 Table the API server returns for these objects (always with the wide columns). */
export function printTable(resource: ResourceInfo, objs: KubeObject[], ctx: PrintContext): Table {
  const printer = printerFor(resource.group, resource.kind);
  return {
    kind: "Table",
    apiVersion: "meta.k8s.io/v1",
    columnDefinitions: printer.columns,
    rows: objs.map((object) => ({ cells: printer.row(object, ctx), object })),
  };
}
