// The grading queue on pg-boss (jobs in Postgres, schema "pgboss"): a job id
// derived from the submission (or the attempt and its deadline) makes
// enqueuing idempotent — pg-boss inserts jobs with ON CONFLICT DO NOTHING —
// so a retried request, a repeated close or the recovery sweep never queue a
// submission twice.
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import { checkTaskQueueName, closeAttemptQueueName, gradeDeadLetterQueueName, gradeQueueName, type GradingQueue } from "./grading-queue";

export interface GradeJobData {
  submissionId: string;
}

export interface CloseAttemptJobData {
  attemptId: string;
}

export interface GradeRetryPolicy {
  /** Retries after the first run (default 2: three runs in all). */
  retryLimit: number;
  /** Seconds before the first retry; doubled with jitter after each (default 1). */
  retryDelaySeconds: number;
  /** A job active longer than this is presumed lost with its process and retried (default 90). */
  expireInSeconds: number;
}

export const defaultGradeRetryPolicy: GradeRetryPolicy = { retryLimit: 2, retryDelaySeconds: 1, expireInSeconds: 90 };

/** A uuid named by a key (sha256-based, version 8 layout), so the same key always gives the same job id. */
export function jobIdFor(key: string): string {
  const h = createHash("sha256").update(key).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Starts pg-boss on a database: creates or migrates its schema, then the queues. */
export async function startPgBoss(databaseUrl: string, options: { supervise?: boolean; retry?: GradeRetryPolicy } = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    application_name: "kubedojo-queue",
    max: 5,
    supervise: options.supervise ?? true,
    schedule: false,
    // Finds jobs whose process died (expired) within a minute, and keeps the tables small.
    maintenanceIntervalSeconds: 30,
  });
  boss.on("error", (e) => console.error(`[kubedojo] queue: ${e.message}`));
  await boss.start();
  await ensureQueues(boss, options.retry ?? defaultGradeRetryPolicy);
  return boss;
}

async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  await boss.createQueue(queue.name, queue); // does nothing when it exists…
  await boss.updateQueue(queue.name, queue); // …so the policy is applied here
}

export async function ensureQueues(boss: PgBoss, retry: GradeRetryPolicy): Promise<void> {
  await ensureQueue(boss, { name: gradeDeadLetterQueueName, policy: "standard", retryLimit: 0 });
  await ensureQueue(boss, {
    name: gradeQueueName,
    policy: "standard",
    retryLimit: retry.retryLimit,
    retryDelay: retry.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: retry.expireInSeconds,
    deadLetter: gradeDeadLetterQueueName,
  });
  await ensureQueue(boss, { name: closeAttemptQueueName, policy: "standard", retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 });
  // Not retried: a task that ran out of time or memory once would again. The
  // author waits for the answer, so a job no worker finishes is abandoned by
  // the web side well before it expires here.
  await ensureQueue(boss, { name: checkTaskQueueName, policy: "standard", retryLimit: 0, expireInSeconds: 300 });
}

/** The GradingQueue on a started pg-boss; `onEnqueued` lets workers in this process wake at once instead of polling. */
export class PgBossGradingQueue implements GradingQueue {
  private readonly listeners = new Set<(queue: string) => void>();

  constructor(readonly boss: PgBoss) {}

  onEnqueued(listener: (queue: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async enqueue(submissionId: string): Promise<void> {
    const data: GradeJobData = { submissionId };
    await this.boss.send(gradeQueueName, data, { id: jobIdFor(`grade:${submissionId}`), singletonKey: submissionId });
    for (const l of this.listeners) l(gradeQueueName);
  }

  async scheduleClose(attemptId: string, at: Date): Promise<void> {
    const data: CloseAttemptJobData = { attemptId };
    await this.boss.send(closeAttemptQueueName, data, {
      id: jobIdFor(`close:${attemptId}:${at.toISOString()}`),
      singletonKey: attemptId,
      startAfter: at,
    });
  }
}
