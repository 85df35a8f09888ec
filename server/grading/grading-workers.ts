// The consumers of the queues in one process: `size` loops on "grade" (one per
// pool thread), one on "grade-failed" (jobs whose every run failed or whose
// process died), one on "close-attempt", and one on "check-task" (authors'
// validations from web processes without threads: one at a time, so
// candidates' grading keeps the other threads). npm start runs them beside the web
// app; npm run worker runs them alone.
import type PgBoss from "pg-boss";
import type { Answer, Task } from "@kubedojo/grader";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { closeAttemptAtDeadline } from "../services/attempt-close";
import { markGrading, recordGrade, recordGradingFailure } from "../services/submissions";
import { GradeWorkerPool, GradingFailure, ensureGradeWorkerBundle, type GradeJob } from "./grade-worker-pool";
import { checkTaskQueueName, closeAttemptQueueName, gradeDeadLetterQueueName, gradeQueueName } from "./grading-queue";
import { runCheckTaskJob, type CheckTaskJobData } from "./task-check-queue";
import type { CloseAttemptJobData, GradeJobData, PgBossGradingQueue } from "./pg-boss-queue";

export interface GradingWorkersOptions {
  prisma: PrismaClient;
  queue: PgBossGradingQueue;
  /** Grading threads; 0 runs none (the close job still runs). */
  size: number;
  timeLimitMs?: number;
  /** Limit of one task validation (the pool's checkTimeLimitMs). */
  checkTimeLimitMs?: number;
  memoryLimitMb?: number;
  /** Lets answers carry test markers (hang, exhaust memory); never set in production. */
  allowTestHooks?: boolean;
  /** How often the queues are polled when nothing wakes them (seconds, ≥ 0.5). */
  pollingIntervalSeconds?: number;
}

export interface GradingWorkers {
  pool: GradeWorkerPool | undefined;
  stop(): Promise<void>;
}

/** An answer containing this line hangs its first grading run (only with allowTestHooks). */
export const hangFirstRunMarker = "# kubedojo-test-hook: hang-first-run";
/** An answer containing this line hangs every grading run (only with allowTestHooks). */
export const hangEveryRunMarker = "# kubedojo-test-hook: hang-every-run";
/** An answer containing this line exhausts the thread's memory (only with allowTestHooks). */
export const exhaustMemoryMarker = "# kubedojo-test-hook: exhaust-memory";

/** How many grading threads this process runs: KUBEDOJO_WORKERS, else one per core. */
export function gradingWorkerCount(env: Record<string, string | undefined>, cores: number): number {
  const raw = env.KUBEDOJO_WORKERS?.trim();
  if (raw === undefined || raw === "") return Math.max(1, cores);
  if (!/^\d+$/.test(raw) || Number(raw) > 256) throw new Error(`KUBEDOJO_WORKERS must be a whole number from 0 to 256, not ${JSON.stringify(raw)}`);
  return Number(raw);
}

function answerOf(form: "MANIFESTS" | "TRANSCRIPT", content: string): Answer | undefined {
  // An empty answer is graded as no answer at all: the setup alone, which scores 0.
  if (!content.trim()) return undefined;
  return form === "MANIFESTS" ? { manifests: content } : { transcript: content };
}

function hookFor(content: string, retryCount: number, allowed: boolean): GradeJob["hook"] {
  if (!allowed) return undefined;
  if (content.includes(hangEveryRunMarker) || (content.includes(hangFirstRunMarker) && retryCount === 0)) return { hangMs: 10 * 60_000 };
  if (content.includes(exhaustMemoryMarker)) return { exhaustMemory: true };
  return undefined;
}

/** Any task of the bank with its reference solution, for new threads to grade once before real work. */
async function warmUpJob(prisma: PrismaClient): Promise<GradeJob | undefined> {
  const task = await prisma.task.findFirst({ where: { active: true }, orderBy: { slug: "asc" }, select: { currentVersion: { select: { definition: true } } } });
  const definition = task?.currentVersion?.definition as unknown as Task | undefined;
  return definition ? { task: definition, answer: definition.solution } : undefined;
}

export async function startGradingWorkers(options: GradingWorkersOptions): Promise<GradingWorkers> {
  const { prisma, queue } = options;
  const boss = queue.boss;
  const deps = { prisma, queue };
  const pool =
    options.size > 0
      ? new GradeWorkerPool({
          size: options.size,
          timeLimitMs: options.timeLimitMs,
          checkTimeLimitMs: options.checkTimeLimitMs,
          memoryLimitMb: options.memoryLimitMb,
          entry: await ensureGradeWorkerBundle(),
          warmUp: await warmUpJob(prisma),
        })
      : undefined;
  const workOptions = { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, includeMetadata: true as const };
  const gradeWorkerIds: string[] = [];

  const gradeOne = async ([job]: PgBoss.JobWithMetadata<GradeJobData>[]) => {
    const { submissionId } = job.data;
    const submission = await prisma.submission.findUnique({
      where: { id: submissionId },
      select: { status: true, form: true, content: true, taskVersion: { select: { definition: true } } },
    });
    // Gone (attempt deleted) or already finished (a re-sent job): nothing to do.
    if (!submission || submission.status === "DONE" || submission.status === "FAILED") return;
    await markGrading(prisma, submissionId, new Date());
    try {
      const result = await pool!.run({
        task: submission.taskVersion.definition as unknown as Task,
        answer: answerOf(submission.form, submission.content),
        hook: hookFor(submission.content, job.retryCount, options.allowTestHooks === true),
      });
      await recordGrade(
        prisma,
        submissionId,
        { score: result.score, maxScore: result.maxScore, result: result as unknown as Prisma.InputJsonValue, graderVersion: result.graderVersion },
        new Date(),
      );
    } catch (e) {
      // The last run records why; earlier ones leave it GRADING for pg-boss to retry.
      if (job.retryCount >= job.retryLimit) {
        const why = e instanceof GradingFailure ? e.message : "Grading failed because of a server error.";
        await recordGradingFailure(prisma, submissionId, `${why} It was tried ${job.retryCount + 1} times.`, new Date());
      }
      throw e;
    }
  };

  if (pool) {
    for (let i = 0; i < pool.size; i++) gradeWorkerIds.push(await boss.work<GradeJobData>(gradeQueueName, workOptions, gradeOne));
    await boss.work<GradeJobData>(gradeDeadLetterQueueName, workOptions, async ([job]) => {
      // Every run failed; when the last one could not say why (its process died), say it here.
      await recordGradingFailure(
        prisma,
        job.data.submissionId,
        "Grading did not finish: the grading worker stopped responding on every try.",
        new Date(),
      );
    });
  }
  if (pool) {
    await boss.work<CheckTaskJobData>(checkTaskQueueName, workOptions, async ([job]) => runCheckTaskJob(pool, job.data));
  }
  await boss.work<CloseAttemptJobData>(closeAttemptQueueName, workOptions, async ([job]) => {
    await closeAttemptAtDeadline(deps, job.data.attemptId);
  });

  // A submission queued in this process wakes an idle loop now instead of at its next poll.
  const unsubscribe = queue.onEnqueued((name) => {
    if (name === gradeQueueName) for (const id of gradeWorkerIds) boss.notifyWorker(id);
  });

  return {
    pool,
    async stop() {
      unsubscribe();
      await boss.offWork(gradeQueueName);
      await boss.offWork(gradeDeadLetterQueueName);
      await boss.offWork(closeAttemptQueueName);
      await boss.offWork(checkTaskQueueName);
      await pool?.close();
    },
  };
}
