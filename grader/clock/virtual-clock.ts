// Virtual time of a simulated cluster: milliseconds since the Unix epoch that
// only move when someone advances them, so every run reads the same times.
// A timer queue lets components ask to be woken at a virtual time; settle()
// (cluster/settle.ts) jumps from timer to timer instead of waiting.
import { TimerQueue, type Timer } from "./timer-queue";

/** 2026-01-01T00:00:00Z: where every fresh cluster's clock starts. */
export const defaultEpochMs = Date.UTC(2026, 0, 1, 0, 0, 0);

export type TimerId = number;

export class VirtualClock {
  private nowMs: number;
  private readonly timers = new TimerQueue();

  constructor(startMs: number = defaultEpochMs) {
    this.nowMs = startMs;
  }

  /** Current virtual time in ms since the epoch. */
  now(): number {
    return this.nowMs;
  }

  /** Moves time forward without running timers (settle() runs them); time never goes back. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance the clock by ${ms} ms`);
    this.nowMs += ms;
  }

  /** Runs `fn` when virtual time reaches `atMs` (at once on the next settle step if it is already past). */
  schedule(atMs: number, fn: () => void, label = ""): TimerId {
    return this.timers.push(Math.max(atMs, this.nowMs), fn, label);
  }

  /** Runs `fn` `delayMs` from now. */
  after(delayMs: number, fn: () => void, label = ""): TimerId {
    return this.schedule(this.nowMs + Math.max(0, delayMs), fn, label);
  }

  cancel(id: TimerId): void {
    this.timers.cancel(id);
  }

  /** When the earliest pending timer is due, or undefined when none is pending. */
  nextDueAt(): number | undefined {
    return this.timers.peek()?.at;
  }

  /** Removes and returns the earliest timer due at or before now, in (time, creation) order. */
  takeDue(): Timer | undefined {
    const next = this.timers.peek();
    if (!next || next.at > this.nowMs) return undefined;
    return this.timers.pop();
  }

  /** Moves the clock to `atMs` (never back). */
  advanceTo(atMs: number): void {
    if (atMs > this.nowMs) this.nowMs = atMs;
  }

  pendingTimers(): number {
    return this.timers.size;
  }
}
