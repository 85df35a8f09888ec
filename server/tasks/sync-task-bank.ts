// The task bank on disk (tasks/) into the database, at every start and by
// `npm run tasks:sync`. Tasks are matched by uuid (a renamed folder keeps its
// history); a new TaskVersion is recorded only when the canonical content
// changes, and attempts keep pointing at the version they were answered
// against. Tasks and exams that left the bank become inactive, never deleted.
// A bank with problems is refused whole — the database keeps the last good one.
import { createHash } from "node:crypto";
import path from "node:path";
import { formatProblem, loadTaskBank, type LoadProblem, type Task, type TaskBank } from "@kubedojo/grader";
import type { Difficulty, Prisma, PrismaClient } from "@/generated/prisma/client";

export interface TaskBankSyncSummary {
  tasks: number;
  exams: number;
  /** Slugs of tasks seen for the first time. */
  newTasks: string[];
  /** Slugs of tasks whose content changed (a new version). */
  newTaskVersions: string[];
  /** Slugs of tasks no longer in the bank, now inactive. */
  deactivatedTasks: string[];
  newExamVersions: string[];
  deactivatedExams: string[];
}

export type TaskBankSyncResult = { ok: true; summary: TaskBankSyncSummary } | { ok: false; problems: LoadProblem[] };

export const defaultTaskBankDir = path.resolve(process.cwd(), "tasks");

/** JSON with object keys sorted at every level, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export const contentHash = (value: unknown): string => createHash("sha256").update(canonicalJson(value)).digest("hex");

const difficulties: Record<Task["difficulty"], Difficulty> = { easy: "EASY", medium: "MEDIUM", hard: "HARD" };

// Any constant: two processes starting at once (web and worker) sync one after the other.
const syncLockKey = 72_616_002;

/** Loads tasks/ with the grader's loader and syncs it. */
export async function syncTaskBankFromDisk(prisma: PrismaClient, dir = defaultTaskBankDir): Promise<TaskBankSyncResult> {
  return syncTaskBank(prisma, loadTaskBank(dir));
}

export async function syncTaskBank(prisma: PrismaClient, bank: TaskBank): Promise<TaskBankSyncResult> {
  if (bank.problems.length) return { ok: false, problems: bank.problems };
  const summary = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${syncLockKey})`;
      const taskVersionIds = await syncTasks(tx, bank, summaryOf(bank));
      return syncExams(tx, bank, taskVersionIds.summary, taskVersionIds.bySlug);
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
  return { ok: true, summary };
}

function summaryOf(bank: TaskBank): TaskBankSyncSummary {
  return {
    tasks: bank.tasks.length,
    exams: bank.exams.length,
    newTasks: [],
    newTaskVersions: [],
    deactivatedTasks: [],
    newExamVersions: [],
    deactivatedExams: [],
  };
}

async function syncTasks(
  tx: Prisma.TransactionClient,
  bank: TaskBank,
  summary: TaskBankSyncSummary,
): Promise<{ summary: TaskBankSyncSummary; bySlug: Map<string, string> }> {
  const existing = await tx.task.findMany({ select: { id: true, slug: true, active: true, source: true } });
  const bankUuids = new Set(bank.tasks.map((t) => t.task.uuid));
  const bankSlugs = new Set(bank.tasks.map((t) => t.task.id));
  // A slug now held by another uuid (renames, swaps, a task replaced): park the old holder under a unique name first.
  for (const row of existing) {
    const claimedByOther = bankSlugs.has(row.slug) && !bank.tasks.some((t) => t.task.id === row.slug && t.task.uuid === row.id);
    if (claimedByOther) await tx.task.update({ where: { id: row.id }, data: { slug: `${row.slug}@${row.id}` } });
  }
  const bySlug = new Map<string, string>();
  const known = new Set(existing.map((r) => r.id));
  for (const { task } of bank.tasks) {
    const hash = contentHash(task);
    const fields = {
      slug: task.id,
      title: task.title,
      domain: task.domain,
      difficulty: difficulties[task.difficulty],
      tags: task.tags,
      points: task.points,
      suggestedMinutes: task.suggestedMinutes,
      active: true,
      // A task exported from the app and committed to tasks/ keeps its uuid: the bank takes it over, history included.
      source: "BANK" as const,
      status: "PUBLISHED" as const,
      draftYaml: null,
    };
    await tx.task.upsert({ where: { id: task.uuid }, create: { id: task.uuid, ...fields }, update: fields });
    if (!known.has(task.uuid)) summary.newTasks.push(task.id);
    // Content seen before (a revert) gets its old version back rather than a copy.
    let version = await tx.taskVersion.findUnique({ where: { taskId_contentHash: { taskId: task.uuid, contentHash: hash } }, select: { id: true } });
    if (!version) {
      const last = await tx.taskVersion.aggregate({ where: { taskId: task.uuid }, _max: { version: true } });
      version = await tx.taskVersion.create({
        data: { taskId: task.uuid, version: (last._max.version ?? 0) + 1, contentHash: hash, definition: task as unknown as Prisma.InputJsonValue },
        select: { id: true },
      });
      if (known.has(task.uuid)) summary.newTaskVersions.push(task.id);
    }
    await tx.task.update({ where: { id: task.uuid }, data: { currentVersionId: version.id } });
    bySlug.set(task.id, version.id);
  }
  for (const row of existing) {
    // Tasks authored in the app are not the bank's to retire.
    if (row.active && row.source === "BANK" && !bankUuids.has(row.id)) {
      await tx.task.update({ where: { id: row.id }, data: { active: false } });
      summary.deactivatedTasks.push(row.slug);
    }
  }
  return { summary, bySlug };
}

async function syncExams(
  tx: Prisma.TransactionClient,
  bank: TaskBank,
  summary: TaskBankSyncSummary,
  taskVersionBySlug: Map<string, string>,
): Promise<TaskBankSyncSummary> {
  for (const { exam } of bank.exams) {
    const taskVersionIds = exam.tasks.map((slug) => taskVersionBySlug.get(slug)!);
    const content = { title: exam.title, durationMinutes: exam.durationMinutes, passPercent: exam.passPercent, taskVersionIds };
    const hash = contentHash(content);
    const fields = { title: exam.title, durationMinutes: exam.durationMinutes, passPercent: exam.passPercent, active: true };
    const row = await tx.exam.upsert({ where: { slug: exam.id }, create: { slug: exam.id, ...fields }, update: fields, select: { id: true } });
    let version = await tx.examVersion.findUnique({ where: { examId_contentHash: { examId: row.id, contentHash: hash } }, select: { id: true } });
    if (!version) {
      const last = await tx.examVersion.aggregate({ where: { examId: row.id }, _max: { version: true } });
      version = await tx.examVersion.create({
        data: {
          examId: row.id,
          version: (last._max.version ?? 0) + 1,
          contentHash: hash,
          title: exam.title,
          durationMinutes: exam.durationMinutes,
          passPercent: exam.passPercent,
          tasks: { createMany: { data: taskVersionIds.map((taskVersionId, position) => ({ position, taskVersionId })) } },
        },
        select: { id: true },
      });
      summary.newExamVersions.push(exam.id);
    }
    await tx.exam.update({ where: { id: row.id }, data: { currentVersionId: version.id } });
  }
  const slugs = new Set(bank.exams.map((e) => e.exam.id));
  const gone = await tx.exam.findMany({ where: { active: true, source: "BANK", slug: { notIn: [...slugs] } }, select: { id: true, slug: true } });
  for (const exam of gone) {
    await tx.exam.update({ where: { id: exam.id }, data: { active: false } });
    summary.deactivatedExams.push(exam.slug);
  }
  return summary;
}

/** Lines for the console: what changed, or every problem of a refused bank. */
export function describeSync(result: TaskBankSyncResult): string[] {
  if (!result.ok) {
    return [
      `The task bank has ${result.problems.length} problem(s); the database keeps the last good bank:`,
      ...result.problems.map((p) => `  ${formatProblem(p)}`),
    ];
  }
  const s = result.summary;
  const list = (slugs: string[]) => (slugs.length > 8 ? `${slugs.length} tasks` : slugs.join(", "));
  const parts = [`${s.tasks} tasks and ${s.exams} exams in the bank`];
  if (s.newTasks.length) parts.push(`new: ${list(s.newTasks)}`);
  if (s.newTaskVersions.length) parts.push(`new versions: ${list(s.newTaskVersions)}`);
  if (s.deactivatedTasks.length) parts.push(`retired: ${list(s.deactivatedTasks)}`);
  if (s.newExamVersions.length) parts.push(`exam versions: ${s.newExamVersions.join(", ")}`);
  if (s.deactivatedExams.length) parts.push(`retired exams: ${s.deactivatedExams.join(", ")}`);
  return [`Task bank synced: ${parts.join("; ")}.`];
}
