// Lease columns of printers.go (printLease).
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn } from "./columns";
import { view } from "./object-view";
import { translateTimestampSince } from "./timestamps";

interface LeaseView {
  metadata: { name?: string; creationTimestamp?: string };
  spec?: { holderIdentity?: string | null };
}

export const leasePrinter: TablePrinter = {
  columns: [nameColumn, column("Holder"), ageColumn],
  row(obj, ctx) {
    const lease = view<LeaseView>(obj);
    return [lease.metadata.name ?? "", lease.spec?.holderIdentity ?? "", translateTimestampSince(lease.metadata.creationTimestamp, ctx.now)];
  },
};
