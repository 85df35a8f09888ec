// A controller's work queue (client-go workqueue): keys, deduplicated while
// waiting, handed out in the order they were first added. Delayed adds go
// through the virtual clock.
import type { VirtualClock } from "../../clock/virtual-clock";

export class KeyQueue {
  private readonly order: string[] = [];
  private readonly waiting = new Set<string>();
  private head = 0;

  constructor(private readonly clock: VirtualClock) {}

  add(key: string): void {
    if (this.waiting.has(key)) return;
    this.waiting.add(key);
    this.order.push(key);
  }

  /** Adds `key` after `delayMs` of virtual time (requeue with back-off, resync). */
  addAfter(key: string, delayMs: number): void {
    this.clock.after(delayMs, () => this.add(key), `requeue ${key}`);
  }

  get length(): number {
    return this.waiting.size;
  }

  /** The next key to process, or undefined when the queue is empty. */
  next(): string | undefined {
    if (this.head >= this.order.length) return undefined;
    const key = this.order[this.head++];
    this.waiting.delete(key);
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order.splice(0, this.head);
      this.head = 0;
    }
    return key;
  }
}

/** `namespace/name`, or `name` for cluster-scoped objects (cache.MetaNamespaceKeyFunc). */
export function objectKey(namespace: string | undefined, name: string | undefined): string {
  return namespace ? `${namespace}/${name ?? ""}` : (name ?? "");
}

export function splitKey(key: string): { namespace: string; name: string } {
  const i = key.indexOf("/");
  return i < 0 ? { namespace: "", name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) };
}
