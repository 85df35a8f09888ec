// Column definitions as printers.go declares them. Descriptions are upstream's
// where printers.go spells them out; those it takes from the OpenAPI docs are left empty.
import type { TableColumnDefinition } from "./interface";

type ColumnType = TableColumnDefinition["type"];

/** The NAME column every kind starts with. */
export const nameColumn: TableColumnDefinition = {
  name: "Name",
  type: "string",
  format: "name",
  description: "",
  priority: 0,
};

/** The AGE column (a human duration since creationTimestamp). */
export const ageColumn: TableColumnDefinition = column("Age");

/** A column shown by default. */
export function column(name: string, type: ColumnType = "string", description = ""): TableColumnDefinition {
  return { name, type, format: "", description, priority: 0 };
}

/** A column shown only with `-o wide`. */
export function wideColumn(name: string, type: ColumnType = "string", description = ""): TableColumnDefinition {
  return { name, type, format: "", description, priority: 1 };
}

/** The wide CONTAINERS and IMAGES columns of workload kinds. */
export const containersColumn = wideColumn("Containers", "string", "Names of each container in the template.");
export const imagesColumn = wideColumn("Images", "string", "Images referenced by each container in the template.");
