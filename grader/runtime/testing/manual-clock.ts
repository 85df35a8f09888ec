// A minimal RuntimeClock for tests and the bench: a sorted timer queue that
// runs due timers in (time, insertion) order. runUntil is synchronous (fast
// path only); settleUntil also waits for just-bash shells between timers.
import type { RuntimeClock, TimerId } from "../clock";
import { shellActivityOf } from "../shell-activity";

interface Timer {
  id: TimerId;
  atMs: number;
  fn: () => void;
}

export class ManualClock implements RuntimeClock {
  private nowMs: number;
  private timers: Timer[] = [];
  private nextId = 1;

  constructor(startMs = Date.UTC(2026, 0, 1)) {
    this.nowMs = startMs;
  }

  now(): number {
    return this.nowMs;
  }

  schedule(atMs: number, fn: () => void): TimerId {
    const timer = { id: this.nextId++, atMs: Math.max(atMs, this.nowMs), fn };
    // Insert after every timer due at the same time or earlier: FIFO among equals.
    let i = this.timers.length;
    while (i > 0 && this.timers[i - 1].atMs > timer.atMs) i--;
    this.timers.splice(i, 0, timer);
    return timer.id;
  }

  cancel(id: TimerId): void {
    const i = this.timers.findIndex((t) => t.id === id);
    if (i >= 0) this.timers.splice(i, 1);
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Runs every timer due up to untilMs, then leaves the clock at untilMs. */
  runUntil(untilMs: number): void {
    while (this.timers.length > 0 && this.timers[0].atMs <= untilMs) {
      const timer = this.timers.shift()!;
      this.nowMs = timer.atMs;
      timer.fn();
    }
    this.nowMs = Math.max(this.nowMs, untilMs);
  }

  /** As runUntil, waiting for running just-bash shells before each next timer. */
  async settleUntil(untilMs: number): Promise<void> {
    const activity = shellActivityOf(this);
    await activity.whenIdle();
    while (this.timers.length > 0 && this.timers[0].atMs <= untilMs) {
      const timer = this.timers.shift()!;
      this.nowMs = timer.atMs;
      timer.fn();
      await activity.whenIdle();
    }
    this.nowMs = Math.max(this.nowMs, untilMs);
  }

  /** Advances by ms (see settleUntil). */
  settleFor(ms: number): Promise<void> {
    return this.settleUntil(this.nowMs + ms);
  }
}
