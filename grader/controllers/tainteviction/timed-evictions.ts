// The taint eviction controller's TimedWorkerQueue
// (pkg/controller/tainteviction/timed_workers.go) on the virtual clock: one
// pending eviction per pod (`namespace/name`), fired at its time. A fired
// eviction waits in `due` until the controller's next unit of work runs it.
import type { TimerId, VirtualClock } from "../../clock/virtual-clock";

interface PendingEviction {
  createdAt: number;
  fireAt: number;
  /** The clock timer while it has not fired; undefined once due. */
  timer?: TimerId;
}

export class TimedEvictions {
  private readonly pending = new Map<string, PendingEviction>();
  private readonly due: string[] = [];

  constructor(private readonly clock: VirtualClock) {}

  has(key: string): boolean {
    return this.pending.has(key);
  }

  /** When the pending eviction of `key` was first scheduled, or undefined when there is none. */
  createdAt(key: string): number | undefined {
    return this.pending.get(key)?.createdAt;
  }

  /** Schedules the eviction of `key` at `fireAt`; an eviction already pending for it is kept (AddWork). */
  add(key: string, createdAt: number, fireAt: number): void {
    if (this.pending.has(key)) return;
    const entry: PendingEviction = { createdAt, fireAt };
    this.pending.set(key, entry);
    entry.timer = this.clock.schedule(fireAt, () => {
      entry.timer = undefined;
      if (this.pending.get(key) === entry) this.due.push(key);
    }, `taint eviction ${key}`);
  }

  /** Drops the pending eviction of `key`; true when there was one (CancelWork). */
  cancel(key: string): boolean {
    const entry = this.pending.get(key);
    if (!entry) return false;
    if (entry.timer !== undefined) this.clock.cancel(entry.timer);
    this.pending.delete(key);
    return true;
  }

  hasDue(): boolean {
    return this.due.length > 0;
  }

  /** The next fired eviction, removed from the queue (the worker then runs it); undefined when none is due. */
  takeDue(): string | undefined {
    while (this.due.length > 0) {
      const key = this.due.shift()!;
      const entry = this.pending.get(key);
      if (entry && entry.timer === undefined) {
        this.pending.delete(key);
        return key;
      }
    }
    return undefined;
  }
}
