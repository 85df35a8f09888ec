// settle(): the cluster lives for a span of virtual time. Components drain
// their queues; then the clock jumps to the next timer (a probe period, a
// back-off, a CronJob schedule, a container's `sleep 5`), runs it, and the
// components drain again — until the span is over. Work is bounded, so a
// crash loop or a CronJob over a year cannot make it spin forever.
import type { Component } from "../controllers/framework/component";
import type { VirtualClock } from "../clock/virtual-clock";

export interface SettleOptions {
  /** How much virtual time passes; default 5 minutes. */
  forMs?: number;
  /** Most units of work (queue items + timers) in this settle; default 200,000. */
  maxSteps?: number;
}

export interface SettleResult {
  /** Virtual time that passed. */
  elapsedMs: number;
  steps: number;
  /** True when the work budget ran out before the span ended: the cluster stopped early, at `elapsedMs`. */
  truncated: boolean;
}

export const defaultSettleMs = 5 * 60 * 1000;
export const defaultMaxSteps = 200_000;

/** Settles without waiting for anything outside the loop (enough when no just-bash shell runs). */
export function settleComponents(clock: VirtualClock, components: readonly Component[], opts: SettleOptions = {}): SettleResult {
  const steps = settleSteps(clock, components, opts);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * Settles, and after every batch of timers waits for `whenIdle()`: just-bash
 * shells resumed by a timer keep running asynchronously until they block
 * again, and their next timer must be in the queue before time moves on.
 */
export async function settleComponentsAsync(
  clock: VirtualClock,
  components: readonly Component[],
  whenIdle: () => Promise<void>,
  opts: SettleOptions = {},
): Promise<SettleResult> {
  const steps = settleSteps(clock, components, opts);
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    await whenIdle();
  }
}

/** The settle loop; it yields wherever an asynchronous driver should let shells run. */
function* settleSteps(clock: VirtualClock, components: readonly Component[], opts: SettleOptions): Generator<void, SettleResult> {
  const start = clock.now();
  const end = start + (opts.forMs ?? defaultSettleMs);
  const maxSteps = opts.maxSteps ?? defaultMaxSteps;
  let steps = 0;
  const budgetLeft = () => steps < maxSteps;

  const drain = () => {
    let busy = true;
    while (busy && budgetLeft()) {
      busy = false;
      // Round-robin one item per component, so no component starves the others.
      for (const c of components) {
        if (c.hasWork() && budgetLeft()) {
          c.processNext();
          steps++;
          busy = true;
        }
      }
    }
  };

  drain();
  yield;
  drain();
  while (budgetLeft()) {
    const due = clock.nextDueAt();
    if (due === undefined || due > end) break;
    clock.advanceTo(due);
    for (let t = clock.takeDue(); t && budgetLeft(); t = clock.takeDue()) {
      t.fn();
      steps++;
    }
    yield;
    drain();
  }
  const truncated = !budgetLeft();
  if (!truncated) clock.advanceTo(end);
  return { elapsedMs: clock.now() - start, steps, truncated };
}
