// slowStartBatch (pkg/controller/replicaset/replica_set.go): calls `fn` in
// batches of 1, 2, 4, … so that a failing request (quota, admission) is tried
// a few times rather than `count` times. Every call of a batch runs (upstream
// runs them in parallel); the first batch with a failure is the last.
export const slowStartInitialBatchSize = 1;

export interface SlowStartResult {
  successes: number;
  error?: Error;
}

export function slowStartBatch(count: number, initialBatchSize: number, fn: () => Error | undefined): SlowStartResult {
  let remaining = count;
  let successes = 0;
  for (let batch = Math.min(remaining, initialBatchSize); batch > 0; batch = Math.min(2 * batch, remaining)) {
    let firstError: Error | undefined;
    for (let i = 0; i < batch; i++) {
      const err = fn();
      if (err) firstError ??= err;
      else successes++;
    }
    if (firstError) return { successes, error: firstError };
    remaining -= batch;
  }
  return { successes };
}
