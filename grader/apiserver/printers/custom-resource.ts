// Custom resources (apiextensions-apiserver tableconvertor): NAME, then the CRD version's
// additionalPrinterColumns, or AGE when it declares none.
import type { KubeObject } from "../types";
import type { TableColumnDefinition, TablePrinter } from "./interface";
import { nameColumn } from "./columns";
import { evaluateSimpleJsonPath } from "./simple-jsonpath";
import { translateTimestampSince } from "./timestamps";

/** One entry of a CRD version's `additionalPrinterColumns`. */
export interface CustomResourceColumnDefinition {
  name: string;
  type: string;
  format?: string;
  description?: string;
  priority?: number;
  jsonPath: string;
}

// serveDefaultColumnsIfEmpty of apiextensions-apiserver.
const defaultColumns: CustomResourceColumnDefinition[] = [
  { name: "Age", type: "date", jsonPath: ".metadata.creationTimestamp" },
];

type Cell = string | number | boolean;

/** A JSON value as jsonpath prints it: maps and lists as compact JSON, the rest as Go's fmt would. */
function printJsonValue(value: unknown): string {
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return String(value);
}

// cellForJSONValue; a value of the wrong type prints as an empty cell (nil upstream).
function cellFor(type: string, value: unknown, now: number): Cell {
  if (value === undefined || value === null) return "";
  switch (type) {
    case "string":
      return printJsonValue(value);
    case "integer":
      return typeof value === "number" ? Math.trunc(value) : "";
    case "number":
      return typeof value === "number" ? value : "";
    case "boolean":
      return typeof value === "boolean" ? value : "";
    case "date": {
      if (typeof value !== "string") return "";
      const age = translateTimestampSince(value, now);
      return age === "<unknown>" && value !== "" ? "<invalid>" : age;
    }
    default:
      return "";
  }
}

/** The printer of a custom resource whose CRD version declares these printer columns. */
export function customResourcePrinter(columns: CustomResourceColumnDefinition[] = []): TablePrinter {
  const served = columns.length > 0 ? columns : defaultColumns;
  const definitions: TableColumnDefinition[] = [
    nameColumn,
    ...served.map((c) => ({
      name: c.name,
      type: c.type as TableColumnDefinition["type"],
      format: c.format ?? "",
      description: c.description || `Custom resource definition column (in JSONPath format): ${c.jsonPath}`,
      priority: c.priority ?? 0,
    })),
  ];
  return {
    columns: definitions,
    row(obj: KubeObject, ctx) {
      return [obj.metadata.name ?? "", ...served.map((c) => cellFor(c.type, evaluateSimpleJsonPath(obj, c.jsonPath), ctx.now))];
    },
  };
}

/** NAME AGE: what a custom resource without printer columns shows. */
export const defaultPrinter: TablePrinter = customResourcePrinter();
