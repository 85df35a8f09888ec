// Deterministic NodePort allocation from 30000-32767. Upstream picks at random;
// the simulation takes the first free port from a fixed sequence. Stateless like
// ClusterIPAllocator: the core passes the node ports in use.

export const nodePortRange = { base: 30000, size: 2768 };

export class NodePortAllocator {
  private readonly used: Set<number>;

  constructor(used: Iterable<number>) {
    this.used = new Set(used);
  }

  contains(port: number): boolean {
    return port >= nodePortRange.base && port < nodePortRange.base + nodePortRange.size;
  }

  isUsed(port: number): boolean {
    return this.used.has(port);
  }

  /** The range as the allocator's errors print it: `30000-32767`. */
  rangeText(): string {
    return `${nodePortRange.base}-${nodePortRange.base + nodePortRange.size - 1}`;
  }

  allocateNext(): number | undefined {
    for (let p = nodePortRange.base; p < nodePortRange.base + nodePortRange.size; p++)
      if (!this.used.has(p)) {
        this.used.add(p);
        return p;
      }
    return undefined;
  }

  allocate(port: number): void {
    this.used.add(port);
  }
}
