// Authoring a task in the app against a real PostgreSQL and the real grader:
// validation reports every problem on its field (the schema's, and what
// `kubesim tasks check` proves), publishing is refused until it validates,
// versions are kept for exams made earlier, export and import round-trip.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../db";
import { GradeWorkerPool, ensureGradeWorkerBundle } from "../grading/grade-worker-pool";
import { poolTaskChecker } from "../grading/shared-task-checker";
import { taskCatalog } from "../queries/catalog";
import { syncTaskBankFromDisk } from "../tasks/sync-task-bank";
import { makeTaskBankFixture, type TaskBankFixture } from "../tasks/task-bank-fixture";
import type { Actor } from "../auth/authorization";
import {
  createAuthoredTask,
  exportTaskYaml,
  importTaskYaml,
  publishTask,
  saveTaskDraft,
  validateTaskDraft,
  type AuthoringDeps,
} from "./authored-tasks";
import { composeExam } from "./exam-windows";

const prisma = createPrismaClient(inject("databaseUrl"));
let bank: TaskBankFixture;
// Validation runs in grading threads, as in the app (one thread is enough here).
let pool: GradeWorkerPool;
let deps: AuthoringDeps;
let ines: Actor;
let olga: Actor;
let stu: Actor;

beforeAll(async () => {
  pool = new GradeWorkerPool({ size: 1, entry: await ensureGradeWorkerBundle() });
  bank = makeTaskBankFixture();
  const synced = await syncTaskBankFromDisk(prisma, bank.dir);
  if (!synced.ok) throw new Error("fixture bank refused");
}, 120_000);
afterAll(async () => {
  await pool.close();
  bank.cleanup();
  await prisma.$disconnect();
});
beforeEach(async () => {
  await prisma.user.deleteMany();
  await prisma.exam.deleteMany({ where: { source: "AUTHORED" } });
  await prisma.task.deleteMany({ where: { source: "AUTHORED" } });
  const make = async (name: string, role: Actor["role"]) => ({ id: (await prisma.user.create({ data: { name, email: `${name}@example.com`, role } })).id, role });
  ines = await make("ines", "INSTRUCTOR");
  olga = await make("olga", "INSTRUCTOR");
  stu = await make("stu", "STUDENT");
  deps = { prisma, checkTask: poolTaskChecker(pool) };
});

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(`expected success, got: ${r.message}`);
  return r.value;
};

// A "near miss" that is in fact right (kubectl run names the container after the pod): the grader passes it.
const wrongNearMiss = `nearMisses:
  - description: the pod runs, but under a container name the author did not expect
    transcript: |
      kubectl run web --image=nginx:1.27
    failsChecks: [pod-running]
`;
const rightNearMiss = `nearMisses:
  - description: the wrong image tag
    transcript: |
      kubectl run web --image=nginx:1.25
    failsChecks: [pod-running]
`;

describe("authoring a task", () => {
  it("starts from a template that validates, and reports a failing near miss on its field until it is fixed; then publishes", { timeout: 120_000 }, async () => {
    const draft = value(await createAuthoredTask(deps, ines));
    expect(draft.problems).toEqual([]);
    expect(value(await validateTaskDraft(deps, ines, draft.taskId))).toEqual({ valid: true, problems: [] });

    value(await saveTaskDraft(deps, ines, draft.taskId, draft.yaml + wrongNearMiss));
    const invalid = value(await validateTaskDraft(deps, ines, draft.taskId));
    expect(invalid.valid).toBe(false);
    expect(invalid.problems).toEqual([{ path: "nearMisses[0]", message: expect.stringContaining("should fail [pod-running] but fails []") }]);
    const refused = await publishTask(deps, ines, draft.taskId);
    expect(refused).toMatchObject({ ok: false, status: 422, problems: invalid.problems });
    expect((await prisma.task.findUniqueOrThrow({ where: { id: draft.taskId } })).currentVersionId).toBeNull();

    value(await saveTaskDraft(deps, ines, draft.taskId, draft.yaml + rightNearMiss));
    const published = value(await publishTask(deps, ines, draft.taskId));
    expect(published).toEqual({ taskId: draft.taskId, slug: "application-design-and-build/run-a-web-pod", version: 1, newVersion: true });
    const catalog = await taskCatalog(prisma, stu.id, {});
    expect(catalog.domains.flatMap((d) => d.tasks.map((t) => t.slug))).toContain(published.slug);
  });

  it("reports every schema problem with its field path, and refuses a changed uuid", async () => {
    const draft = value(await createAuthoredTask(deps, ines));
    const broken = draft.yaml.replace("points: 2\nsuggestedMinutes", "points: zero\nsuggestedMinutes").replace(/^uuid: .*$/m, `uuid: ${randomUUID()}`).replace("difficulty: easy", "difficulty: trivial");
    const saved = value(await saveTaskDraft(deps, ines, draft.taskId, broken));
    expect(saved.problems.map((p) => p.path).sort()).toEqual(["difficulty", "points", "uuid"]);
    expect(value(await validateTaskDraft(deps, ines, draft.taskId)).valid).toBe(false);
    expect(await publishTask(deps, ines, draft.taskId)).toMatchObject({ ok: false, status: 422 });
  });

  it("refuses a task whose id is not in its domain's folder (tasks check's loader rule)", async () => {
    const draft = value(await createAuthoredTask(deps, ines));
    const misplaced = draft.yaml.replace("id: application-design-and-build/", "id: services-and-networking/");
    expect(value(await saveTaskDraft(deps, ines, draft.taskId, misplaced)).problems.map((p) => p.path)).toContain("domain");
  });

  it("keeps the version an exam was composed with when the task is published again", { timeout: 120_000 }, async () => {
    const noCheck = { prisma, checkTask: async () => [] };
    const draft = value(await createAuthoredTask(noCheck, ines));
    const v1 = value(await publishTask(noCheck, ines, draft.taskId));
    const exam = value(await composeExam(noCheck, ines, { title: "Quiz", durationMinutes: 10, passPercent: 50, taskSlugs: [v1.slug] }));
    value(await saveTaskDraft(noCheck, ines, draft.taskId, draft.yaml.replace("title: Run a web pod", "title: Run a web pod, v2")));
    const v2 = value(await publishTask(noCheck, ines, draft.taskId));
    expect(v2).toMatchObject({ version: 2, newVersion: true });
    expect(value(await publishTask(noCheck, ines, draft.taskId))).toMatchObject({ version: 2, newVersion: false });
    const examTasks = await prisma.examVersionTask.findMany({ where: { examVersion: { examId: exam.examId } }, select: { taskVersion: { select: { version: true } } } });
    expect(examTasks.map((t) => t.taskVersion.version)).toEqual([1]);
  });

  it("refuses to publish a task whose id another task already has", async () => {
    const noCheck = { prisma, checkTask: async () => [] };
    const draft = value(await createAuthoredTask(noCheck, ines));
    const taken = draft.yaml.replace("id: application-design-and-build/run-a-web-pod", "id: application-design-and-build/toleration-dedicated-node");
    value(await saveTaskDraft(noCheck, ines, draft.taskId, taken));
    expect(await publishTask(noCheck, ines, draft.taskId)).toMatchObject({ ok: false, status: 422, problems: [{ path: "id" }] });
  });

  it("stops a validation that takes longer than its time limit, with a message", async () => {
    const slow = { prisma, checkTimeLimitMs: 50, checkTask: () => new Promise<never>(() => undefined) };
    const draft = value(await createAuthoredTask(slow, ines));
    const v = value(await validateTaskDraft(slow, ines, draft.taskId));
    expect(v).toEqual({ valid: false, problems: [{ path: "", message: expect.stringContaining("longer than 0.05 s") }] });
  });
});

describe("export and import", () => {
  it("exports the draft as tasks/<id>/task.yaml and imports it back into the same task", async () => {
    const draft = value(await createAuthoredTask(deps, ines));
    const exported = value(await exportTaskYaml(prisma, ines, draft.taskId));
    expect(exported).toEqual({ path: "tasks/application-design-and-build/run-a-web-pod/task.yaml", text: draft.yaml });
    const edited = exported.text.replace("title: Run a web pod", "title: Edited in git");
    expect(value(await importTaskYaml(deps, ines, edited))).toMatchObject({ taskId: draft.taskId, created: false, problems: [] });
    expect((await prisma.task.findUniqueOrThrow({ where: { id: draft.taskId } })).draftYaml).toBe(edited);
  });

  it("imports a file with a new uuid as a new draft of the importer's", async () => {
    const draft = value(await createAuthoredTask(deps, ines));
    const copy = draft.yaml.replace(/^uuid: .*$/m, `uuid: ${randomUUID()}`);
    const imported = value(await importTaskYaml(deps, olga, copy));
    expect(imported.created).toBe(true);
    expect(await prisma.task.findUniqueOrThrow({ where: { id: imported.taskId } })).toMatchObject({ authorId: olga.id, status: "DRAFT" });
  });

  it("refuses a file whose uuid is a bank task's or another instructor's, and one without a uuid", async () => {
    const bankYaml = bank.file("application-environment-configuration-and-security/configmap-env/task.yaml");
    const { readFileSync } = await import("node:fs");
    expect(await importTaskYaml(deps, ines, readFileSync(bankYaml, "utf8"))).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("a task of the bank") });
    const draft = value(await createAuthoredTask(deps, ines));
    expect(await importTaskYaml(deps, olga, draft.yaml)).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("another instructor's task") });
    expect(await importTaskYaml(deps, ines, "title: no uuid\n")).toMatchObject({ ok: false, status: 422 });
    expect(await importTaskYaml(deps, stu, draft.yaml)).toMatchObject({ ok: false, status: 403 });
    expect(await importTaskYaml(deps, ines, "x".repeat(2 * 1024 * 1024))).toMatchObject({ ok: false, status: 413 });
  });
});
