// The clock a container process runs on. The cluster's virtual clock (grader/clock)
// implements it; the runtime only asks for the time and for timers.

export type TimerId = number;

export interface RuntimeClock {
  /** Current virtual time in ms since the Unix epoch. */
  now(): number;
  /** Runs fn once the virtual time reaches atMs (never in the past: atMs < now() means "now"). */
  schedule(atMs: number, fn: () => void): TimerId;
  /** Forgets a timer that has not fired yet; a fired or unknown id is ignored. */
  cancel(id: TimerId): void;
}
