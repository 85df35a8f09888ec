// just-bash runs asynchronously: after a timer resumes a shell (its `sleep` ended)
// the shell keeps running in microtasks and real-time ticks until it blocks again
// (next `sleep`, `tail -f`) or exits. A clock that settles must wait for that
// before it looks for the next timer, or the shell's next timer is scheduled late.
// This tracker says, per clock, how many shells are running right now.
import type { RuntimeClock } from "./clock";

export class ShellActivity {
  private running = 0;
  private waiters: Array<() => void> = [];

  /** Number of shells between "resumed" and "blocked again or exited". */
  get busy(): number {
    return this.running;
  }

  begin(): void {
    this.running++;
  }

  end(): void {
    if (this.running === 0) return;
    this.running--;
    if (this.running === 0) {
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    }
  }

  /** Resolves once no shell on this clock is running (at once if none is). */
  whenIdle(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

const activities = new WeakMap<RuntimeClock, ShellActivity>();

/** The one activity tracker of a clock: the clock's settle loop awaits `whenIdle()` when `busy > 0`. */
export function shellActivityOf(clock: RuntimeClock): ShellActivity {
  let activity = activities.get(clock);
  if (!activity) {
    activity = new ShellActivity();
    activities.set(clock, activity);
  }
  return activity;
}
