// The task bank sync against a real PostgreSQL, on a copy of three tasks.
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../db";
import { makeTaskBankFixture, type TaskBankFixture } from "./task-bank-fixture";
import { syncTaskBankFromDisk } from "./sync-task-bank";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

let bank: TaskBankFixture;
beforeEach(async () => {
  await prisma.user.deleteMany();
  await prisma.exam.deleteMany();
  await prisma.task.updateMany({ data: { currentVersionId: null } });
  await prisma.examVersionTask.deleteMany();
  await prisma.submission.deleteMany();
  await prisma.taskVersion.deleteMany();
  await prisma.task.deleteMany();
  bank = makeTaskBankFixture();
});
afterEach(() => bank.cleanup());

const configmap = "application-environment-configuration-and-security/configmap-env";
const configmapFile = `${configmap}/task.yaml`;

async function snapshot() {
  const tasks = await prisma.task.findMany({
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, active: true, currentVersionId: true, versions: { select: { id: true, version: true }, orderBy: { version: "asc" } } },
  });
  const exams = await prisma.exam.findMany({
    select: { slug: true, active: true, currentVersionId: true, versions: { select: { version: true, tasks: { orderBy: { position: "asc" }, select: { taskVersionId: true } } } } },
  });
  return { tasks, exams };
}

describe("syncTaskBank", () => {
  it("records every task and the exam once, and a second sync of the same bank changes nothing", async () => {
    const first = await syncTaskBankFromDisk(prisma, bank.dir);
    expect(first).toMatchObject({ ok: true, summary: { tasks: 3, exams: 1, newTaskVersions: [], newExamVersions: ["mock-1"] } });
    const before = await snapshot();
    expect(before.tasks).toHaveLength(3);
    expect(before.tasks.every((t) => t.active && t.versions.length === 1 && t.currentVersionId === t.versions[0].id)).toBe(true);
    expect(before.exams[0].versions[0].tasks.map((t) => t.taskVersionId)).toEqual(
      [configmap, "application-observability-and-maintenance/readiness-probe-port", "application-design-and-build/toleration-dedicated-node"].map(
        (slug) => before.tasks.find((t) => t.slug === slug)!.currentVersionId,
      ),
    );

    const second = await syncTaskBankFromDisk(prisma, bank.dir);
    expect(second).toMatchObject({ ok: true, summary: { newTasks: [], newTaskVersions: [], newExamVersions: [], deactivatedTasks: [] } });
    expect(await snapshot()).toEqual(before);
  });

  it("records a new version when a task's content changes, keeps the old one, and moves the exam to a new version", async () => {
    await syncTaskBankFromDisk(prisma, bank.dir);
    const before = await snapshot();
    bank.edit(configmapFile, (t) => t.replace(/^title: .*$/m, "title: A retitled task"));
    const result = await syncTaskBankFromDisk(prisma, bank.dir);
    expect(result).toMatchObject({ ok: true, summary: { newTaskVersions: [configmap], newExamVersions: ["mock-1"] } });
    const after = await snapshot();
    const task = after.tasks.find((t) => t.slug === configmap)!;
    expect(task.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(task.currentVersionId).toBe(task.versions[1].id);
    expect(await prisma.task.findUnique({ where: { slug: configmap }, select: { title: true } })).toEqual({ title: "A retitled task" });
    expect(after.exams[0].versions.map((v) => v.version)).toEqual([1, 2]);
    expect(after.exams[0].versions[0].tasks[0].taskVersionId).toBe(before.tasks.find((t) => t.slug === configmap)!.currentVersionId);
    expect(after.exams[0].versions[1].tasks[0].taskVersionId).toBe(task.currentVersionId);
  });

  it("gives a reverted task its earlier version back instead of a third copy", async () => {
    await syncTaskBankFromDisk(prisma, bank.dir);
    const original = (await snapshot()).tasks.find((t) => t.slug === configmap)!.currentVersionId;
    const text = (await import("node:fs")).readFileSync(bank.file(configmapFile), "utf8");
    bank.edit(configmapFile, (t) => t.replace(/^points: .*$/m, "points: 9"));
    await syncTaskBankFromDisk(prisma, bank.dir);
    bank.edit(configmapFile, () => text);
    await syncTaskBankFromDisk(prisma, bank.dir);
    const task = (await snapshot()).tasks.find((t) => t.slug === configmap)!;
    expect(task.versions).toHaveLength(2);
    expect(task.currentVersionId).toBe(original);
  });

  it("marks a task that left the bank, and an exam that left it, inactive without deleting their history", async () => {
    await syncTaskBankFromDisk(prisma, bank.dir);
    bank.remove("application-design-and-build/toleration-dedicated-node");
    bank.edit("exams/mock-1.yaml", (t) => t.replace("  - application-design-and-build/toleration-dedicated-node\n", ""));
    const result = await syncTaskBankFromDisk(prisma, bank.dir);
    expect(result).toMatchObject({ ok: true, summary: { deactivatedTasks: ["application-design-and-build/toleration-dedicated-node"] } });
    const gone = await prisma.task.findUnique({ where: { slug: "application-design-and-build/toleration-dedicated-node" }, include: { versions: true } });
    expect(gone).toMatchObject({ active: false });
    expect(gone!.versions).toHaveLength(1);

    bank.remove("exams/mock-1.yaml");
    expect(await syncTaskBankFromDisk(prisma, bank.dir)).toMatchObject({ ok: true, summary: { deactivatedExams: ["mock-1"] } });
    expect(await prisma.exam.findUnique({ where: { slug: "mock-1" }, select: { active: true } })).toEqual({ active: false });
  });

  it("keeps a task's history when its folder is renamed (same uuid, new slug)", async () => {
    await syncTaskBankFromDisk(prisma, bank.dir);
    const uuid = (await prisma.task.findUniqueOrThrow({ where: { slug: configmap } })).id;
    const renamed = "application-environment-configuration-and-security/configmap-env-vars";
    const { renameSync } = await import("node:fs");
    renameSync(bank.file(configmap), bank.file(renamed));
    bank.edit(`${renamed}/task.yaml`, (t) => t.replace(`id: ${configmap}`, `id: ${renamed}`));
    bank.edit("exams/mock-1.yaml", (t) => t.replace(configmap, renamed));
    expect(await syncTaskBankFromDisk(prisma, bank.dir)).toMatchObject({ ok: true, summary: { newTasks: [], newTaskVersions: [renamed] } });
    const task = await prisma.task.findUniqueOrThrow({ where: { id: uuid }, include: { versions: true } });
    expect(task).toMatchObject({ slug: renamed, active: true });
    expect(task.versions).toHaveLength(2);
  });

  it("refuses a bank with problems, reporting every one, and keeps the last good bank", async () => {
    await syncTaskBankFromDisk(prisma, bank.dir);
    const before = await snapshot();
    bank.edit(configmapFile, (t) => t.replace(/^points: .*$/m, "points: many").replace(/^title: .*$/m, "title: Changed"));
    bank.edit("exams/mock-1.yaml", (t) => t + "  - no-such/task\n");
    const result = await syncTaskBankFromDisk(prisma, bank.dir);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map((p) => `${p.file}: ${p.path}`);
    expect(problems).toEqual(expect.arrayContaining([`tasks/${configmapFile}: points`, "tasks/exams/mock-1.yaml: tasks[3]"]));
    expect(await snapshot()).toEqual(before);
    expect(await prisma.task.findUnique({ where: { slug: configmap }, select: { title: true } })).not.toEqual({ title: "Changed" });
  });
});
