// An author's Validate through pg-boss, for a web process without grading
// threads (KUBEDOJO_WORKERS=0 beside a separate `npm run worker`): the web
// side queues a "check-task" job carrying the parsed task and waits for it —
// polling the job, whose output (the failures, or why the check stopped) the
// worker stores on completion. The request that asked for the validation stays
// open meanwhile, as an inline check kept it open before; it only waits on
// I/O, so the web process stays responsive. The pool's limits apply in the
// worker, where a runaway task is terminated.
import type PgBoss from "pg-boss";
import type { Task, TaskCheckFailure } from "@kubedojo/grader";
import { GradingFailure, type GradeWorkerPool } from "./grade-worker-pool";
import { checkTaskQueueName } from "./grading-queue";

export interface CheckTaskJobData {
  task: Task;
}

/** The job's output: the failures, or the message of why the check did not finish. */
export type CheckTaskJobOutput = { failures: TaskCheckFailure[] } | { stopped: string };

export interface QueuedCheckOptions {
  /** How long the author waits for a worker to take and finish the job (default 150 s: the pool's 60 s limit and a queue). */
  waitMs?: number;
  /** How often the job is looked at (default 250 ms). */
  pollMs?: number;
}

/** Runs a check-task job in this process's pool; the output is what the web side reads. */
export async function runCheckTaskJob(pool: GradeWorkerPool, data: CheckTaskJobData): Promise<CheckTaskJobOutput> {
  try {
    return { failures: await pool.checkTask({ task: data.task }) };
  } catch (e) {
    if (e instanceof GradingFailure) return { stopped: e.message };
    throw e;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Queues the check of `task` and waits for a worker's answer; rejects with a GradingFailure the author can read. */
export async function checkTaskThroughQueue(boss: PgBoss, task: Task, options: QueuedCheckOptions = {}): Promise<TaskCheckFailure[]> {
  const waitMs = options.waitMs ?? 150_000;
  const pollMs = options.pollMs ?? 250;
  const data: CheckTaskJobData = { task };
  const id = await boss.send(checkTaskQueueName, data);
  if (!id) throw new GradingFailure("The validation could not be queued; try again.");
  const deadline = Date.now() + waitMs;
  for (;;) {
    const job = await boss.getJobById<CheckTaskJobData>(checkTaskQueueName, id, { includeArchive: true });
    const output = (job as { output?: CheckTaskJobOutput | null } | null)?.output;
    if (job?.state === "completed" && output) {
      if ("failures" in output) return output.failures;
      throw new GradingFailure(output.stopped);
    }
    if (job?.state === "failed" || job?.state === "cancelled") throw new GradingFailure("The grading worker failed on this task; try again.");
    if (Date.now() >= deadline) {
      await boss.cancel(checkTaskQueueName, id).catch(() => undefined);
      const waiting = job?.state === "created" || job?.state === "retry";
      throw new GradingFailure(
        waiting
          ? `No grading worker took the validation within ${Math.round(waitMs / 1000)} s: is a worker (npm run worker) running?`
          : `The validation did not finish within ${Math.round(waitMs / 1000)} s.`,
      );
    }
    await sleep(pollMs);
  }
}
