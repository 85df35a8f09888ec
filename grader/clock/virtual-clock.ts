// Virtual time of a simulated cluster: milliseconds since the Unix epoch that
// only move when someone advances them, so every run reads the same times.

/** 2026-01-01T00:00:00Z: where every fresh cluster's clock starts. */
export const defaultEpochMs = Date.UTC(2026, 0, 1, 0, 0, 0);

export class VirtualClock {
  private nowMs: number;

  constructor(startMs: number = defaultEpochMs) {
    this.nowMs = startMs;
  }

  /** Current virtual time in ms since the epoch. */
  now(): number {
    return this.nowMs;
  }

  /** Moves time forward; time never goes back. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance the clock by ${ms} ms`);
    this.nowMs += ms;
  }
}
