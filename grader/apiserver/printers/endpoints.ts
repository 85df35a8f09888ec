// Endpoints columns of printers.go (printEndpoints / formatEndpoints): at most 3 addresses, then `+ N more...`.
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn } from "./columns";
import { view } from "./object-view";
import { translateTimestampSince } from "./timestamps";

interface EndpointsView {
  metadata: { name?: string; creationTimestamp?: string };
  subsets?: { addresses?: { ip: string }[]; ports?: { port: number; name?: string }[] }[];
}

const maxShown = 3;

/** net.JoinHostPort: IPv6 addresses get brackets. */
const joinHostPort = (host: string, port: number): string => (host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`);

export function formatEndpoints(endpoints: EndpointsView): string {
  const subsets = endpoints.subsets ?? [];
  if (subsets.length === 0) return "<none>";
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const subset of subsets) {
    const addresses = subset.addresses ?? [];
    const ports = subset.ports ?? [];
    if (ports.length === 0) {
      // Headless services may have no ports.
      count += addresses.length;
      for (const address of addresses) {
        if (list.length === maxShown) {
          more = true;
          break;
        }
        list.push(address.ip);
      }
      continue;
    }
    for (const port of ports) {
      count += addresses.length;
      for (const address of addresses) {
        if (list.length === maxShown) {
          more = true;
          break;
        }
        list.push(joinHostPort(address.ip, port.port));
      }
    }
  }
  const text = list.join(",");
  return more ? `${text} + ${count - maxShown} more...` : text;
}

export const endpointsPrinter: TablePrinter = {
  columns: [nameColumn, column("Endpoints"), ageColumn],
  row(obj, ctx) {
    const ep = view<EndpointsView>(obj);
    return [ep.metadata.name ?? "", formatEndpoints(ep), translateTimestampSince(ep.metadata.creationTimestamp, ctx.now)];
  },
};
