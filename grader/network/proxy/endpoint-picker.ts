// Which endpoint a new connection gets. kube-proxy picks at random (iptables
// statistic mode); here each Service port keeps a round-robin counter, so the
// same sequence of requests always reaches the same pods. ClientIP session
// affinity sends a client back to the endpoint it had while that one is ready.

export class EndpointPicker {
  private readonly counters = new Map<string, number>();
  private readonly affinity = new Map<string, string>();

  /** Index into candidates (endpoint IPs in a stable order) for the next connection on key. */
  pick(key: string, candidates: string[], clientIp?: string): number {
    if (clientIp !== undefined) {
      const remembered = this.affinity.get(`${key}|${clientIp}`);
      const at = remembered === undefined ? -1 : candidates.indexOf(remembered);
      if (at >= 0) return at;
    }
    const n = this.counters.get(key) ?? 0;
    this.counters.set(key, n + 1);
    const index = n % candidates.length;
    if (clientIp !== undefined) this.affinity.set(`${key}|${clientIp}`, candidates[index]);
    return index;
  }
}
