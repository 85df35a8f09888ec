// Namespace columns of printers.go (printNamespace).
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn } from "./columns";
import { view } from "./object-view";
import { translateTimestampSince } from "./timestamps";

interface NamespaceView {
  metadata: { name?: string; creationTimestamp?: string };
  status?: { phase?: string };
}

export const namespacePrinter: TablePrinter = {
  columns: [nameColumn, column("Status", "string", "The status of the namespace"), ageColumn],
  row(obj, ctx) {
    const ns = view<NamespaceView>(obj);
    return [ns.metadata.name ?? "", ns.status?.phase ?? "", translateTimestampSince(ns.metadata.creationTimestamp, ctx.now)];
  },
};
