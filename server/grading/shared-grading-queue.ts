// The grading queue of this process. `npm start` runs Next in the same process
// as the workers and registers its queue here (on globalThis, because Next's
// server bundle has its own copy of this module), so a submission wakes a
// local worker at once. Anywhere else the queue is started on first use.
import { serverEnv } from "../env";
import type { GradingQueue } from "./grading-queue";
import { PgBossGradingQueue, startPgBoss } from "./pg-boss-queue";

const shared = globalThis as unknown as { kubedojoGradingQueue?: Promise<PgBossGradingQueue> };

export function registerGradingQueue(queue: PgBossGradingQueue): void {
  shared.kubedojoGradingQueue = Promise.resolve(queue);
}

/** The process's pg-boss queue, started on first use. */
export function startedPgBossQueue(): Promise<PgBossGradingQueue> {
  shared.kubedojoGradingQueue ??= startPgBoss(serverEnv().DATABASE_URL, { supervise: false }).then((boss) => new PgBossGradingQueue(boss));
  // A failed start is retried by the next call instead of being remembered.
  shared.kubedojoGradingQueue.catch(() => (shared.kubedojoGradingQueue = undefined));
  return shared.kubedojoGradingQueue;
}

/** The process's grading queue; it connects on the first job. */
export function gradingQueue(): GradingQueue {
  return {
    enqueue: async (submissionId) => (await startedPgBossQueue()).enqueue(submissionId),
    scheduleClose: async (attemptId, at) => (await startedPgBossQueue()).scheduleClose(attemptId, at),
  };
}
