// EndpointSlice columns of printers.go (printEndpointSlice).
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn } from "./columns";
import { view } from "./object-view";
import { translateTimestampSince } from "./timestamps";

interface EndpointSliceView {
  metadata: { name?: string; creationTimestamp?: string };
  addressType?: string;
  ports?: { port?: number; name?: string }[];
  endpoints?: { addresses?: string[] }[];
}

const maxShown = 3;

/** listWithMoreString: `a,b,c + 2 more...`, `<unset>` when empty. */
function listWithMore(items: string[]): string {
  const text = items.slice(0, maxShown).join(",");
  if (items.length > maxShown) return `${text} + ${items.length - maxShown} more...`;
  return text === "" ? "<unset>" : text;
}

export const endpointSlicePrinter: TablePrinter = {
  columns: [nameColumn, column("AddressType"), column("Ports"), column("Endpoints"), ageColumn],
  row(obj, ctx) {
    const slice = view<EndpointSliceView>(obj);
    const ports = (slice.ports ?? []).map((p) => (p.port != null ? String(p.port) : p.name != null ? p.name : "*"));
    const addresses = (slice.endpoints ?? []).flatMap((e) => e.addresses ?? []);
    return [
      slice.metadata.name ?? "",
      slice.addressType ?? "",
      listWithMore(ports),
      listWithMore(addresses),
      translateTimestampSince(slice.metadata.creationTimestamp, ctx.now),
    ];
  },
};
