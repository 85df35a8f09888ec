// Everything a process needs to grade: pg-boss (schema and queues created at
// start), the queue the services use, the worker threads and the recovery
// sweep. Used by `npm start` (beside the web app) and `npm run worker`.
// It also registers how this process validates authors' tasks: in its own
// threads when it has some, else through the "check-task" queue.
import { availableParallelism } from "node:os";
import { createPrismaClient } from "../db";
import { recoverStrandedWork } from "./recover-stranded-work";
import { gradingWorkerCount, startGradingWorkers, type GradingWorkers } from "./grading-workers";
import { PgBossGradingQueue, startPgBoss } from "./pg-boss-queue";
import { poolTaskChecker, queueTaskChecker, registerTaskChecker } from "./shared-task-checker";

export interface GradingRuntime {
  queue: PgBossGradingQueue;
  workers: GradingWorkers;
  stop(): Promise<void>;
}

const sweepEveryMs = 60_000;

export async function startGradingRuntime(databaseUrl: string, options: { workers?: number } = {}): Promise<GradingRuntime> {
  const prisma = createPrismaClient(databaseUrl);
  const boss = await startPgBoss(databaseUrl);
  const queue = new PgBossGradingQueue(boss);
  const size = options.workers ?? gradingWorkerCount(process.env, availableParallelism());
  const workers = await startGradingWorkers({ prisma, queue, size });
  registerTaskChecker(workers.pool ? poolTaskChecker(workers.pool) : queueTaskChecker(boss));
  const sweep = () =>
    recoverStrandedWork({ prisma, queue }).catch((e: unknown) => console.error(`[kubedojo] recovery sweep: ${e instanceof Error ? e.message : String(e)}`));
  const timer = setInterval(() => void sweep(), sweepEveryMs);
  timer.unref();
  void sweep();
  return {
    queue,
    workers,
    async stop() {
      clearInterval(timer);
      await workers.stop();
      await boss.stop({ graceful: true, timeout: 5_000, wait: true }).catch(() => undefined);
      await prisma.$disconnect();
    },
  };
}
