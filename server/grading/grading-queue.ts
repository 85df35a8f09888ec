// The grading queue as the services see it: two kinds of job, both idempotent.
// The pg-boss implementation is server/grading/pg-boss-queue.ts; tests may
// pass a recording fake.

export interface GradingQueue {
  /** Queues the grading of a stored submission; enqueuing the same submission twice queues one job. */
  enqueue(submissionId: string): Promise<void>;
  /** Queues the closing of a timed attempt at its deadline; scheduling it twice queues one job. */
  scheduleClose(attemptId: string, at: Date): Promise<void>;
}

/** Queue names in pg-boss. */
export const gradeQueueName = "grade";
export const gradeDeadLetterQueueName = "grade-failed";
export const closeAttemptQueueName = "close-attempt";
/** An author's Validate, when the web process has no grading threads of its own (see task-check-queue.ts). */
export const checkTaskQueueName = "check-task";
