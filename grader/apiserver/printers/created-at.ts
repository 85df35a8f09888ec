// The API server's default table convertor (apiserver pkg/registry/rest/table.go): NAME and CREATED AT
// for kinds without column handlers, such as Role, ClusterRole, LimitRange and CustomResourceDefinition.
import type { TablePrinter } from "./interface";
import { nameColumn } from "./columns";
import { formatRFC3339 } from "./timestamps";

export const createdAtPrinter: TablePrinter = {
  columns: [nameColumn, { name: "Created At", type: "date", format: "", description: "", priority: 0 }],
  row: (obj) => [obj.metadata.name ?? "", formatRFC3339(obj.metadata.creationTimestamp)],
};
