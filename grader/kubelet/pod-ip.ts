// Pod IPs from the node's podCIDR, handed out in order as host-local IPAM does
// (never .0/.1; the bootstrap's system pods already hold the first few).
export class PodIPAllocator {
  private readonly next = new Map<string, number>();

  /** Remembers an address already in use on `node` (system pods, a restored cluster). */
  reserve(node: string, cidr: string, ip: string): void {
    const base = cidrBase(cidr);
    if (!base || !ip.startsWith(base.prefix)) return;
    const host = Number(ip.slice(base.prefix.length));
    if (host + 1 > (this.next.get(node) ?? 2)) this.next.set(node, host + 1);
  }

  allocate(node: string, cidr: string): string {
    const base = cidrBase(cidr) ?? { prefix: "10.244.0." };
    let n = this.next.get(node) ?? 2;
    if (n > 254) n = 2; // wrapped: a /24 holds 253 pods
    this.next.set(node, n + 1);
    return `${base.prefix}${n}`;
  }
}

function cidrBase(cidr: string): { prefix: string } | undefined {
  const m = /^(\d+\.\d+\.\d+\.)\d+\/\d+$/.exec(cidr);
  return m ? { prefix: m[1] } : undefined;
}

