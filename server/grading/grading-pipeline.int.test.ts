// The grading pipeline end to end on a real PostgreSQL: pg-boss queues, the
// worker-thread pool running grade(), grades stored exactly once.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../db";
import { finishExam, saveAnswer, startExam, startPractice, submitPractice, type ServiceDeps } from "../services/attempts";
import { recordGrade } from "../services/submissions";
import { makeTaskBankFixture, type TaskBankFixture } from "../tasks/task-bank-fixture";
import { syncTaskBankFromDisk } from "../tasks/sync-task-bank";
import { hangEveryRunMarker, hangFirstRunMarker, startGradingWorkers, type GradingWorkers } from "./grading-workers";
import { PgBossGradingQueue, startPgBoss } from "./pg-boss-queue";

const databaseUrl = inject("databaseUrl");
const prisma = createPrismaClient(databaseUrl);
let bank: TaskBankFixture;
let queue: PgBossGradingQueue;
let workers: GradingWorkers;
let clock: Date | undefined;
let deps: ServiceDeps;
let userId: string;

const configmap = "application-environment-configuration-and-security/configmap-env";
const solutionOf = (slug: string): string => (parse(readFileSync(bank.file(`${slug}/task.yaml`), "utf8")) as { solution: { manifests: string } }).solution.manifests;

beforeAll(async () => {
  bank = makeTaskBankFixture();
  const synced = await syncTaskBankFromDisk(prisma, bank.dir);
  if (!synced.ok) throw new Error("fixture bank refused");
  // One retry, quickly, and a short time limit, so failures show within seconds.
  const boss = await startPgBoss(databaseUrl, { retry: { retryLimit: 1, retryDelaySeconds: 1, expireInSeconds: 30 } });
  queue = new PgBossGradingQueue(boss);
  workers = await startGradingWorkers({ prisma, queue, size: 2, timeLimitMs: 3_000, allowTestHooks: true, pollingIntervalSeconds: 0.5 });
  deps = { prisma, queue, now: () => clock ?? new Date() };
  await workers.pool!.ready();
}, 120_000);

afterAll(async () => {
  await workers?.stop();
  await queue?.boss.stop({ graceful: false, wait: true });
  bank.cleanup();
  await prisma.$disconnect();
});

/** Deletes every user; a grade the previous test's job is still storing can make it a deadlock's victim: retried, as PostgreSQL advises. */
async function deleteAllUsers(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await prisma.user.deleteMany();
      return;
    } catch (e) {
      if (attempt >= 5 || (e as { code?: string }).code !== "P2034") throw e;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

beforeEach(async () => {
  clock = undefined;
  await deleteAllUsers();
  userId = (await prisma.user.create({ data: { email: "ada@example.com", name: "Ada" } })).id;
});

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(`expected success, got: ${r.message}`);
  return r.value;
};

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const finished = (submissionId: string) =>
  until(`submission ${submissionId} to finish`, () =>
    prisma.submission.findFirst({ where: { id: submissionId, status: { in: ["DONE", "FAILED"] } }, include: { grade: true } }),
  );

async function practiceSubmit(content: string): Promise<string> {
  const { attemptId } = value(await startPractice(deps, userId, configmap));
  const { taskVersionId } = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  value(await saveAnswer(deps, userId, attemptId, taskVersionId!, { form: "MANIFESTS", content }));
  return value(await submitPractice(deps, userId, attemptId)).submissionId;
}

describe("the grading pipeline", () => {
  // How fast is the HTTP bench's business (npm run bench); here only what is stored.
  it("grades the reference solution with full marks and every check passed", async () => {
    const submissionId = await practiceSubmit(solutionOf(configmap));
    const done = await finished(submissionId);
    expect(done.status).toBe("DONE");
    expect(done.grade).toMatchObject({ score: 4, maxScore: 4 });
    const result = done.grade!.result as { checks: { passed: boolean }[] };
    expect(result.checks.every((c) => c.passed)).toBe(true);
  });

  it("retries a job whose worker thread is killed mid-grading, and stores exactly one grade", async () => {
    const submissionId = await practiceSubmit(`${solutionOf(configmap)}\n${hangFirstRunMarker}\n`);
    const [thread] = await until("a worker thread busy with the job", async () => {
      const busy = workers.pool!.busyThreadIds();
      return busy.length ? busy : undefined;
    });
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: submissionId } })).toMatchObject({ status: "GRADING" });
    await workers.pool!.killThread(thread);
    const done = await finished(submissionId);
    expect(done).toMatchObject({ status: "DONE", error: null, grade: { score: 4, maxScore: 4 } });
    expect(await prisma.grade.count({ where: { submissionId } })).toBe(1);
    // A late duplicate of the same job (a retry racing a slow first run) stores nothing more.
    const again = await recordGrade(prisma, submissionId, { score: 0, maxScore: 4, result: {}, graderVersion: "x" }, new Date());
    expect(again).toBe(false);
    expect(await prisma.grade.findMany({ where: { submissionId }, select: { score: true } })).toEqual([{ score: 4 }]);
    expect(workers.pool!.size).toBe(2); // the killed thread was replaced
  });

  it("stops a grading over its time limit, retries it, then records the failure for the candidate", async () => {
    const submissionId = await practiceSubmit(`${solutionOf(configmap)}\n${hangEveryRunMarker}\n`);
    const done = await finished(submissionId);
    expect(done).toMatchObject({ status: "FAILED", grade: null });
    expect(done.error).toBe("Grading took longer than 3 s and was stopped. It was tried 2 times.");
  }, 30_000);

  it("grades an exam closed at its deadline with the answers saved before it, and sets the exam's score", async () => {
    clock = new Date(Date.now() - 119 * 60_000); // the exam started almost two hours ago
    const { attemptId } = value(await startExam(deps, userId, "mock-1"));
    const { deadline } = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    const tasks = await prisma.examVersionTask.findMany({
      where: { examVersion: { attempts: { some: { id: attemptId } } } },
      orderBy: { position: "asc" },
      select: { taskVersionId: true, taskVersion: { select: { task: { select: { slug: true, points: true } } } } },
    });
    const first = tasks[0];
    expect(first.taskVersion.task.slug).toBe(configmap);
    clock = new Date(deadline!.getTime() - 1_000);
    value(await saveAnswer(deps, userId, attemptId, first.taskVersionId, { form: "MANIFESTS", content: solutionOf(configmap) }));
    clock = new Date(deadline!.getTime() + 1_000);
    const late = await saveAnswer(deps, userId, attemptId, first.taskVersionId, { form: "MANIFESTS", content: "kind: Nothing" });
    expect(late).toMatchObject({ ok: false, status: 410 });
    const attempt = await until("the exam's score", () => prisma.attempt.findFirst({ where: { id: attemptId, score: { not: null } } }), 30_000);
    const submissions = await prisma.submission.findMany({ where: { attemptId }, include: { grade: true } });
    expect(submissions.map((s) => s.status)).toEqual(["DONE", "DONE", "DONE"]);
    const graded = submissions.find((s) => s.taskVersionId === first.taskVersionId)!;
    expect(graded.content).toBe(solutionOf(configmap));
    expect(graded.grade).toMatchObject({ score: 4, maxScore: 4 });
    // The two untouched tasks score 0; the exam's maximum is the sum of the tasks' points.
    expect(attempt).toMatchObject({ status: "CLOSED", closeReason: "DEADLINE", score: 4, maxScore: tasks.reduce((s, t) => s + t.taskVersion.task.points, 0) });
  }, 40_000);

  it("closes an exam through the close-attempt job queued at its deadline", async () => {
    clock = new Date(Date.now() - 120 * 60_000 + 1_500); // the deadline is 1.5 s from now
    const { attemptId } = value(await startExam(deps, userId, "mock-1"));
    clock = undefined;
    const closed = await until("the close job", () => prisma.attempt.findFirst({ where: { id: attemptId, status: "CLOSED" } }), 20_000);
    expect(closed.closeReason).toBe("DEADLINE");
    expect(closed.closedAt!.getTime()).toBeGreaterThanOrEqual(closed.deadline!.getTime());
    expect(await prisma.submission.count({ where: { attemptId } })).toBe(3);
  }, 30_000);

  it("grades every task of a finished exam, one submission each", async () => {
    const { attemptId } = value(await startExam(deps, userId, "mock-1"));
    const result = value(await finishExam(deps, userId, attemptId));
    for (const id of result.submissionIds) expect(await finished(id)).toMatchObject({ status: "DONE", grade: { score: 0 } });
    await until("the exam's score", () => prisma.attempt.findFirst({ where: { id: attemptId, score: 0 } }));
  }, 30_000);
});
