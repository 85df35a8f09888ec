// endpoints.RepackSubsets (pkg/api/v1/endpoints/util.go): one subset per set of
// addresses sharing the same ports; addresses sorted by IP then uid, ports by
// the md5 of their go-spew `%#v` text (hashutil.DeepHashObject) — which is why
// kube-dns lists dns-tcp, dns, metrics.
import { createHash } from "node:crypto";

type Json = Record<string, unknown>;

export interface EndpointAddress {
  ip: string;
  hostname?: string;
  nodeName?: string;
  targetRef?: Json;
}

export interface EndpointPort {
  name?: string;
  port: number;
  protocol?: string;
  appProtocol?: string;
}

export interface EndpointSubset {
  addresses?: EndpointAddress[];
  notReadyAddresses?: EndpointAddress[];
  ports?: EndpointPort[];
}

/** The bytes DeepHashObject hashes for a v1.EndpointPort (spew, SortKeys, `%#v`). */
export function spewEndpointPort(p: EndpointPort): string {
  // A set appProtocol is a *string: spew prints its address, which upstream makes the order arbitrary; we print the value.
  const app = p.appProtocol === undefined ? "(*string)<nil>" : `(*string)${p.appProtocol}`;
  return `(v1.EndpointPort){Name:(string)${p.name ?? ""} Port:(int32)${p.port} Protocol:(v1.Protocol)${p.protocol ?? ""} AppProtocol:${app}}`;
}

// md5 of a port's spew text, remembered: sorting compares the same few ports again and again.
const portHashes = new Map<string, string>();
const maxPortHashes = 4096;

/** The hex md5 of spewEndpointPort(p): the key ports are sorted by. */
export function portHash(p: EndpointPort): string {
  const text = spewEndpointPort(p);
  let hash = portHashes.get(text);
  if (hash === undefined) {
    if (portHashes.size >= maxPortHashes) portHashes.clear();
    portHashes.set(text, (hash = createHash("md5").update(text).digest("hex")));
  }
  return hash;
}

const uidOf = (a: EndpointAddress) => String(a.targetRef?.uid ?? "");
const addressKey = (a: EndpointAddress) => `${a.ip}\u0000${uidOf(a)}`;
const portKey = (p: EndpointPort) => JSON.stringify([p.name ?? "", p.port, p.protocol ?? "", p.appProtocol ?? null]);

function compareAddresses(a: EndpointAddress, b: EndpointAddress): number {
  if (a.ip !== b.ip) return a.ip < b.ip ? -1 : 1;
  return uidOf(a) < uidOf(b) ? -1 : uidOf(a) > uidOf(b) ? 1 : 0;
}

export function repackSubsets(subsets: EndpointSubset[]): EndpointSubset[] {
  // Each port → the addresses offering it, with their readiness.
  const portAddrs = new Map<string, { port?: EndpointPort; addrs: Map<string, { addr: EndpointAddress; ready: boolean }> }>();
  const noPort = "\u0000none"; // the sentinel for subsets without ports
  for (const ss of subsets) {
    const ports = ss.ports?.length ? ss.ports : [undefined];
    for (const port of ports) {
      const key = port ? portKey(port) : noPort;
      let entry = portAddrs.get(key);
      if (!entry) portAddrs.set(key, (entry = { port, addrs: new Map() }));
      for (const a of ss.addresses ?? []) entry.addrs.set(addressKey(a), { addr: a, ready: true });
      for (const a of ss.notReadyAddresses ?? []) if (!entry.addrs.has(addressKey(a))) entry.addrs.set(addressKey(a), { addr: a, ready: false });
    }
  }
  // Address sets → the ports they share.
  const groups = new Map<string, { addrs: { addr: EndpointAddress; ready: boolean }[]; ports: EndpointPort[] }>();
  for (const { port, addrs } of portAddrs.values()) {
    const list = [...addrs.values()];
    const key = list.map((x) => `${addressKey(x.addr)}\u0000${x.ready}`).sort().join("\u0001");
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { addrs: list, ports: [] }));
    if (port) g.ports.push(port);
  }
  const out: EndpointSubset[] = [];
  for (const g of groups.values()) {
    const subset: EndpointSubset = {};
    const ready = g.addrs.filter((x) => x.ready).map((x) => x.addr).sort(compareAddresses);
    const notReady = g.addrs.filter((x) => !x.ready).map((x) => x.addr).sort(compareAddresses);
    if (ready.length) subset.addresses = ready;
    if (notReady.length) subset.notReadyAddresses = notReady;
    if (g.ports.length) subset.ports = [...g.ports].sort((a, b) => (portHash(a) < portHash(b) ? -1 : portHash(a) > portHash(b) ? 1 : 0));
    out.push(subset);
  }
  // Upstream orders subsets by a hash that includes pointer addresses (arbitrary); we order by first address.
  const first = (s: EndpointSubset) => (s.addresses ?? s.notReadyAddresses ?? [])[0]?.ip ?? "";
  return out.sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0));
}
