// Deterministic ClusterIP allocation from the service CIDR (10.96.0.0/12 by default).
// Upstream picks a random free address; the simulation takes the next free one in
// order so the same task always gives the same IPs. The allocator keeps no state of
// its own: the core passes the addresses in use (read from the Services it stores).
import { formatIPv4, parseIPv4 } from "./ip";

export const defaultServiceCIDR = "10.96.0.0/12";
/** The default cluster's `kubernetes` (10.96.0.1) and `kube-dns` (10.96.0.10) Services. */
export const reservedClusterIPs = ["10.96.0.1", "10.96.0.10"];

export class ClusterIPAllocator {
  private readonly first: number;
  private readonly last: number;
  private readonly used: Set<string>;

  constructor(used: Iterable<string>, cidr = defaultServiceCIDR) {
    const [base, bits] = cidr.split("/");
    const size = 2 ** (32 - Number(bits));
    const network = parseIPv4(base)!;
    this.first = network + 1; // the network address is never handed out
    this.last = network + size - 2; // nor the broadcast address
    this.used = new Set([...used, ...reservedClusterIPs]);
  }

  /** Whether `ip` lies in the range (for a user-chosen clusterIP). */
  contains(ip: string): boolean {
    const n = parseIPv4(ip);
    return n !== undefined && n >= this.first && n <= this.last;
  }

  isUsed(ip: string): boolean {
    return this.used.has(ip);
  }

  /** The next free address, marked used; undefined when the range is full. */
  allocateNext(): string | undefined {
    for (let n = this.first; n <= this.last; n++) {
      const ip = formatIPv4(n);
      if (!this.used.has(ip)) {
        this.used.add(ip);
        return ip;
      }
    }
    return undefined;
  }

  allocate(ip: string): void {
    this.used.add(ip);
  }
}
