// Waiting as kubectl's watch loops do, on the virtual clock: the cluster is
// settled a step at a time until the condition holds or the timeout passes.
import type { Cluster } from "../../cluster/cluster";

/** Lets virtual time pass in `stepMs` slices until `done()` or `timeoutMs`; true when done. */
export function settleUntil(cluster: Cluster, done: () => boolean, timeoutMs: number, stepMs = 1000): boolean {
  if (done()) return true;
  let waited = 0;
  while (waited < timeoutMs) {
    const step = Math.min(stepMs, timeoutMs - waited);
    cluster.settle({ forMs: step });
    waited += step;
    if (done()) return true;
  }
  return false;
}

/** A week, what kubectl waits when the timeout is 0 ("forever"). */
export const foreverMs = 168 * 60 * 60 * 1000;
/** Virtual waiting stops here even when kubectl would wait longer: nothing changes after it in the simulation. */
export const longestSimulatedWaitMs = 60 * 60 * 1000;
