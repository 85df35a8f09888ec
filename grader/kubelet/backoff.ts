// client-go's flowcontrol.Backoff as the kubelet uses it for crash loops and
// image pulls: 10 s doubling up to 5 min; an entry untouched for twice the
// maximum (10 min) starts over.
export const initialBackOffMs = 10_000;
export const maxBackOffMs = 300_000;

interface Entry {
  backoffMs: number;
  lastUpdateMs: number;
}

export class BackOff {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly now: () => number,
    private readonly initialMs = initialBackOffMs,
    private readonly maxMs = maxBackOffMs,
  ) {}

  private expired(eventMs: number, e: Entry): boolean {
    return eventMs - e.lastUpdateMs > this.maxMs * 2;
  }

  /** The current delay of `id` (0 when it has none). */
  get(id: string): number {
    return this.entries.get(id)?.backoffMs ?? 0;
  }

  /** Starts or doubles the delay of `id`. */
  next(id: string, eventMs: number): void {
    const e = this.entries.get(id);
    const backoffMs = !e || this.expired(eventMs, e) ? this.initialMs : Math.min(e.backoffMs * 2, this.maxMs);
    this.entries.set(id, { backoffMs, lastUpdateMs: this.now() });
  }

  /** Whether `id` still waits, counting from `eventMs` (a container's finishedAt). */
  isInBackOffSince(id: string, eventMs: number): boolean {
    const e = this.entries.get(id);
    if (!e || this.expired(eventMs, e)) return false;
    return this.now() - eventMs < e.backoffMs;
  }

  /** Whether `id` still waits, counting from its last update (image pulls). */
  isInBackOffSinceUpdate(id: string): boolean {
    const e = this.entries.get(id);
    if (!e || this.expired(this.now(), e)) return false;
    return this.now() - e.lastUpdateMs < e.backoffMs;
  }

  /** When the wait of `id` ends, counting from `eventMs`. */
  until(id: string, eventMs: number): number {
    return eventMs + this.get(id);
  }

  forget(prefix: string): void {
    for (const k of [...this.entries.keys()]) if (k.startsWith(prefix)) this.entries.delete(k);
  }
}

/** Go's time.Duration String() for whole milliseconds: `10s`, `5m0s`, `1.234s`, `812ms`. */
export function goDuration(ms: number): string {
  if (ms === 0) return "0s";
  if (ms < 1000) return `${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  const sec = `${Number.isInteger(s) ? s : s.toFixed(3).replace(/0+$/, "")}s`;
  if (h > 0) return `${h}h${m}m${sec}`;
  if (m > 0) return `${m}m${sec}`;
  return sec;
}
