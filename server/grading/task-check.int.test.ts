// An author's Validate runs in the grading workers, never on the web
// process's thread: through the process's own pool, or through the
// "check-task" queue to a separate worker (KUBEDOJO_WORKERS=0 beside
// `npm run worker`). A draft whose setup loops for as long as the shell lets
// it (thousands of kubectl calls) is stopped at the pool's limit with a message on the whole file, the web
// side's event loop keeps turning meanwhile, and the pool validates the next
// draft normally (its thread was replaced).
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { parseTaskText } from "@kubedojo/grader";
import { createPrismaClient } from "../db";
import type { Actor } from "../auth/authorization";
import { createAuthoredTask, newTaskTemplate, saveTaskDraft, validateTaskDraft, type AuthoringDeps } from "../services/authored-tasks";
import { GradeWorkerPool, ensureGradeWorkerBundle } from "./grade-worker-pool";
import { startGradingWorkers, type GradingWorkers } from "./grading-workers";
import { PgBossGradingQueue, startPgBoss } from "./pg-boss-queue";
import { poolTaskChecker, queueTaskChecker } from "./shared-task-checker";
import { checkTaskThroughQueue } from "./task-check-queue";

const url = inject("databaseUrl");
const prisma = createPrismaClient(url);
const checkLimitMs = 2_000;
let author: Actor;

beforeAll(async () => {
  await ensureGradeWorkerBundle();
}, 120_000);
afterAll(async () => {
  await prisma.$disconnect();
});
beforeEach(async () => {
  await prisma.user.deleteMany();
  await prisma.task.deleteMany({ where: { source: "AUTHORED" } });
  author = { id: (await prisma.user.create({ data: { name: "ines", email: "ines@example.com", role: "INSTRUCTOR" } })).id, role: "INSTRUCTOR" };
});

// A loop just inside the workstation shell's loop budget (5,000 iterations), each one starting a pod
// that the cluster then schedules and runs through every later command's settle: far beyond the 2 s
// limit, and (pods left behind) a setup the grader cannot save and reuse between answers.
const runawaySetup = "setup: |\n  for i in $(seq 1 4999); do kubectl run spin-$i --image=nginx:1.27 >/dev/null; done\nprompt: |";
const withRunawaySetup = (yaml: string) => yaml.replace("prompt: |", runawaySetup);

/** The longest gap between ticks of a 20 ms timer while `work` runs: how long the event loop was held. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number; elapsedMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 20);
  const started = performance.now();
  try {
    const value = await work();
    return { value, stallMs: Math.max(stallMs, performance.now() - last), elapsedMs: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

async function runawayDraft(deps: AuthoringDeps): Promise<string> {
  const draft = await createAuthoredTask(deps, author);
  if (!draft.ok) throw new Error(draft.message);
  const saved = await saveTaskDraft(deps, author, draft.value.taskId, withRunawaySetup(draft.value.yaml));
  if (!saved.ok || saved.value.problems.length) throw new Error("the runaway draft should parse");
  return draft.value.taskId;
}

async function expectStoppedAndResponsive(deps: AuthoringDeps, taskId: string) {
  const { value, stallMs, elapsedMs } = await longestStall(async () => {
    const validating = validateTaskDraft(deps, author, taskId);
    // The database answers meanwhile, as the web process's other requests would.
    const t = performance.now();
    await prisma.$queryRaw`SELECT 1`;
    const queryMs = performance.now() - t;
    return { validation: await validating, queryMs };
  });
  expect(value.validation).toEqual({
    ok: true,
    value: {
      valid: false,
      problems: [{ path: "", message: `Validating the task took longer than ${checkLimitMs / 1000} s and was stopped. Make the setup, the answers or the horizon lighter.` }],
    },
  });
  // Stopped at the limit, not after the many seconds the setup would take (slack for a loaded machine and the queue's polling).
  expect(elapsedMs).toBeGreaterThanOrEqual(checkLimitMs);
  expect(elapsedMs).toBeLessThan(checkLimitMs + 8_000);
  // Inline, the check would hold the event loop for seconds at a time.
  expect(stallMs).toBeLessThan(1_000);
  expect(value.queryMs).toBeLessThan(1_000);
}

describe("validation in this process's grading pool", () => {
  let pool: GradeWorkerPool;
  beforeAll(async () => {
    pool = new GradeWorkerPool({ size: 1, checkTimeLimitMs: checkLimitMs, entry: await ensureGradeWorkerBundle() });
  });
  afterAll(async () => {
    await pool.close();
  });

  it("stops a draft whose setup loops at the pool's limit, stays responsive, then validates the next draft", { timeout: 120_000 }, async () => {
    const deps = { prisma, checkTask: poolTaskChecker(pool) };
    await expectStoppedAndResponsive(deps, await runawayDraft(deps));
    const fine = await createAuthoredTask(deps, author);
    if (!fine.ok) throw new Error(fine.message);
    expect(await validateTaskDraft(deps, author, fine.value.taskId)).toEqual({ ok: true, value: { valid: true, problems: [] } });
  });
});

describe("validation through the check-task queue (a web process without threads, a separate worker)", () => {
  let boss: PgBoss;
  let workers: GradingWorkers | undefined;
  beforeAll(async () => {
    boss = await startPgBoss(url, { supervise: false });
  }, 60_000);
  afterAll(async () => {
    await workers?.stop();
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
  });

  it("says so when no worker takes the job", { timeout: 60_000 }, async () => {
    const task = parseTaskText(newTaskTemplate("0b7e2b52-5a0c-4a53-9d4e-2a7f8f1c9e10"), "task.yaml").value!;
    await expect(checkTaskThroughQueue(boss, task, { waitMs: 1_000, pollMs: 100 })).rejects.toThrow(
      "No grading worker took the validation within 1 s: is a worker (npm run worker) running?",
    );
  });

  it("validates in the worker's pool: a good draft, a wrong near miss on its field, a runaway setup stopped at the limit", { timeout: 180_000 }, async () => {
    workers = await startGradingWorkers({ prisma, queue: new PgBossGradingQueue(boss), size: 1, checkTimeLimitMs: checkLimitMs, pollingIntervalSeconds: 0.5 });
    const deps = { prisma, checkTask: queueTaskChecker(boss) };
    const draft = await createAuthoredTask(deps, author);
    if (!draft.ok) throw new Error(draft.message);
    expect(await validateTaskDraft(deps, author, draft.value.taskId)).toEqual({ ok: true, value: { valid: true, problems: [] } });

    // A "near miss" that is in fact right: the worker's checkTask says so, on the near miss's field.
    const nearMiss = `nearMisses:\n  - description: the right answer\n    transcript: |\n      kubectl run web --image=nginx:1.27\n    failsChecks: [pod-running]\n`;
    await saveTaskDraft(deps, author, draft.value.taskId, draft.value.yaml.replace("explanation: |", `${nearMiss}explanation: |`));
    const invalid = await validateTaskDraft(deps, author, draft.value.taskId);
    expect(invalid).toMatchObject({ ok: true, value: { valid: false, problems: [{ path: "nearMisses[0]" }] } });

    await expectStoppedAndResponsive(deps, await runawayDraft(deps));
  });
});
