// The client-side rate limit of kube-controller-manager's API clients
// (client-go flowcontrol token bucket; --kube-api-qps=20, --kube-api-burst=30
// by default): a controller cannot create pods faster than this, which is why
// a Deployment of thousands of replicas fills up over minutes on a real cluster.
// Here the bucket runs on the virtual clock.
import type { VirtualClock } from "../../clock/virtual-clock";

export const kubeApiQPS = 20;
export const kubeApiBurst = 30;

export class ClientRateLimiter {
  private tokens: number;
  private lastMs: number;

  constructor(
    private readonly clock: VirtualClock,
    private readonly qps = kubeApiQPS,
    private readonly burst = kubeApiBurst,
  ) {
    this.tokens = burst;
    this.lastMs = clock.now();
  }

  private refill(): void {
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.lastMs) * this.qps) / 1000);
    this.lastMs = now;
  }

  /** Whole requests that may be sent now. */
  available(): number {
    this.refill();
    return Math.floor(this.tokens);
  }

  /** Spends one request's token. */
  take(): void {
    this.refill();
    this.tokens -= 1;
  }

  /** Virtual ms until `n` requests (at most the burst) may be sent. */
  msUntil(n: number): number {
    this.refill();
    const missing = Math.min(n, this.burst) - this.tokens;
    return missing <= 0 ? 0 : Math.ceil((missing * 1000) / this.qps);
  }
}
