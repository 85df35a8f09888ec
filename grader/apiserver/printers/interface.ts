// Server-side Table printing (meta.k8s.io/v1 Table), as the column handlers of
// pkg/printers/internalversion/printers.go: what `kubectl get` shows per kind.
import type { KubeObject } from "../types";

export interface TableColumnDefinition {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date";
  format: string; // "name" for the NAME column, "" otherwise
  description: string;
  /** 0 = always shown; 1 = only with `-o wide`. */
  priority: number;
}

export interface TableRow {
  cells: (string | number | boolean | null)[];
  object: KubeObject;
}

export interface Table {
  kind: "Table";
  apiVersion: "meta.k8s.io/v1";
  columnDefinitions: TableColumnDefinition[];
  rows: TableRow[];
}

export interface PrintContext {
  /** Virtual time now, in ms since the epoch; ages are computed against it. */
  now: number;
}

/** Prints rows for objects of one kind; columns include the wide ones (priority 1). */
export interface TablePrinter {
  columns: TableColumnDefinition[];
  row(obj: KubeObject, ctx: PrintContext): (string | number | boolean)[];
}
