// Class exams: an instructor composes an exam from published tasks (bank or
// authored), with a duration and a pass mark; opens it to a class with a
// window (opensAt ≤ now < closesAt, the server's clock); a member of the class
// starts it inside the window. The attempt's deadline is the exam's duration
// after the start, but never later than the window's close.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import {
  canComposeExam,
  canEditExam,
  canEditTask,
  canOpenWindow,
  canStartWindowExam,
  canUseTaskInExam,
  windowPhase,
  type MaybeActor,
} from "../auth/authorization";
import { contentHash } from "../tasks/sync-task-bank";
import { classNotFound } from "./classes";
import { plausibleId } from "./plausible-id";
import { clockOf, type ServiceDeps } from "./service-deps";
import { refuse, succeed, type ServiceResult } from "./service-result";
import { zodRefusal } from "./zod-refusal";

export interface ExamDeps {
  prisma: PrismaClient;
  now?: () => Date;
}

export const examNotFound = "This exam does not exist.";
export const windowNotFound = "This exam is not open to you.";
export const maxExamTasks = 40;

const examInputSchema = z.object({
  title: z.string({ error: "Enter the exam's title." }).trim().min(1, "Enter the exam's title.").max(200, "Keep the title under 200 characters."),
  durationMinutes: z
    .int({ error: "The duration is a whole number of minutes." })
    .min(1, "An exam lasts at least 1 minute.")
    .max(600, "An exam lasts at most 600 minutes."),
  passPercent: z.number({ error: "The pass mark is a percentage." }).min(0, "The pass mark is between 0 and 100.").max(100, "The pass mark is between 0 and 100."),
  taskSlugs: z
    .array(z.string({ error: "Each task is named by its slug." }).min(1).max(200), { error: "List the exam's tasks." })
    .min(1, "Put at least one task in the exam.")
    .max(maxExamTasks, `Put at most ${maxExamTasks} tasks in an exam.`)
    .refine((s) => new Set(s).size === s.length, "A task appears twice in the exam."),
});

export type ExamInput = z.input<typeof examInputSchema>;

/** The current version of each task, in the given order; a refusal naming every task that cannot be used. */
async function examTaskVersions(prisma: PrismaClient, actor: MaybeActor, slugs: string[]): Promise<ServiceResult<string[]>> {
  const tasks = await prisma.task.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, source: true, status: true, authorId: true, active: true, currentVersionId: true },
  });
  const bySlug = new Map(tasks.map((t) => [t.slug, t]));
  const problems: string[] = [];
  const ids: string[] = [];
  slugs.forEach((slug, i) => {
    const task = bySlug.get(slug);
    if (task && canUseTaskInExam(actor, task) && task.currentVersionId) ids.push(task.currentVersionId);
    // Someone else's draft reads like a task that does not exist.
    else if (!task || (task.status === "DRAFT" && !canEditTask(actor, task))) problems.push(`taskSlugs.${i}: no published task is named "${slug}"`);
    else problems.push(`taskSlugs.${i}: "${slug}" is ${task.status === "DRAFT" ? "a draft: publish it first" : "retired"}`);
  });
  return problems.length ? refuse(422, problems.join("; ")) : succeed(ids);
}

async function createExamVersion(
  tx: Prisma.TransactionClient,
  examId: string,
  input: { title: string; durationMinutes: number; passPercent: number },
  taskVersionIds: string[],
): Promise<string> {
  const { title, durationMinutes, passPercent } = input;
  // The same content hash as the bank's exams (sync-task-bank.ts): saving unchanged content makes no new version.
  const hash = contentHash({ title, durationMinutes, passPercent, taskVersionIds });
  const same = await tx.examVersion.findUnique({ where: { examId_contentHash: { examId, contentHash: hash } }, select: { id: true } });
  if (same) return same.id;
  const last = await tx.examVersion.aggregate({ where: { examId }, _max: { version: true } });
  const created = await tx.examVersion.create({
    data: {
      examId,
      version: (last._max.version ?? 0) + 1,
      contentHash: hash,
      title,
      durationMinutes,
      passPercent,
      tasks: { createMany: { data: taskVersionIds.map((taskVersionId, position) => ({ position, taskVersionId })) } },
    },
    select: { id: true },
  });
  return created.id;
}

/** A new exam of the actor's, taken only through a class's window. Its slug (`authored_…`) cannot clash with a bank exam's. */
export async function composeExam(deps: ExamDeps, actor: MaybeActor, input: unknown): Promise<ServiceResult<{ examId: string; slug: string }>> {
  if (!actor || !canComposeExam(actor)) return refuse(403, "Only instructors can compose exams.");
  const parsed = examInputSchema.safeParse(input ?? {});
  if (!parsed.success) return zodRefusal(parsed.error);
  const versions = await examTaskVersions(deps.prisma, actor, parsed.data.taskSlugs);
  if (!versions.ok) return versions;
  const slug = `authored_${randomBytes(8).toString("hex")}`;
  const { title, durationMinutes, passPercent } = parsed.data;
  const examId = await deps.prisma.$transaction(async (tx) => {
    const exam = await tx.exam.create({
      data: { slug, title, durationMinutes, passPercent, source: "AUTHORED", authorId: actor.id, createdAt: clockOf(deps) },
      select: { id: true },
    });
    const versionId = await createExamVersion(tx, exam.id, parsed.data, versions.value);
    await tx.exam.update({ where: { id: exam.id }, data: { currentVersionId: versionId } });
    return exam.id;
  });
  return succeed({ examId, slug });
}

/** Changes an authored exam: a new version for attempts started from now on; running and past attempts keep theirs. */
export async function updateExam(deps: ExamDeps, actor: MaybeActor, examId: string, input: unknown): Promise<ServiceResult<{ examId: string; versionId: string }>> {
  const exam = plausibleId(examId) ? await deps.prisma.exam.findUnique({ where: { id: examId }, select: { source: true, authorId: true } }) : null;
  if (!exam || !canEditExam(actor, exam)) return refuse(404, examNotFound);
  const parsed = examInputSchema.safeParse(input ?? {});
  if (!parsed.success) return zodRefusal(parsed.error);
  const versions = await examTaskVersions(deps.prisma, actor, parsed.data.taskSlugs);
  if (!versions.ok) return versions;
  const { title, durationMinutes, passPercent } = parsed.data;
  const versionId = await deps.prisma.$transaction(async (tx) => {
    const id = await createExamVersion(tx, examId, parsed.data, versions.value);
    await tx.exam.update({ where: { id: examId }, data: { title, durationMinutes, passPercent, currentVersionId: id } });
    return id;
  });
  return succeed({ examId, versionId });
}

const windowInputSchema = z
  .object({
    classId: z.string({ error: "Choose a class." }).min(1).max(100),
    examId: z.string({ error: "Choose an exam." }).min(1).max(100),
    opensAt: z.coerce.date({ error: "opensAt must be a date and time." }),
    closesAt: z.coerce.date({ error: "closesAt must be a date and time." }),
  })
  .refine((w) => w.closesAt.getTime() > w.opensAt.getTime(), { path: ["closesAt"], message: "The window must close after it opens." })
  .refine((w) => w.closesAt.getTime() - w.opensAt.getTime() <= 366 * 24 * 3600_000, { path: ["closesAt"], message: "A window lasts at most a year." });

export interface OpenedWindow {
  windowId: string;
  opensAt: Date;
  closesAt: Date;
}

/** Opens an exam (the actor's own authored one, or a bank mock exam) to a class the actor manages. */
export async function openExamWindow(deps: ExamDeps, actor: MaybeActor, input: unknown): Promise<ServiceResult<OpenedWindow>> {
  const parsed = windowInputSchema.safeParse(input ?? {});
  if (!parsed.success) return zodRefusal(parsed.error);
  const { classId, examId, opensAt, closesAt } = parsed.data;
  const [cls, exam] = await Promise.all([
    deps.prisma.class.findUnique({ where: { id: classId }, select: { ownerId: true } }),
    deps.prisma.exam.findUnique({ where: { id: examId }, select: { source: true, authorId: true, active: true, currentVersionId: true } }),
  ]);
  if (!cls || !(actor && (actor.role === "ADMIN" || actor.id === cls.ownerId))) return refuse(404, classNotFound);
  if (!exam || !exam.active || !exam.currentVersionId || !canOpenWindow(actor, cls, exam)) return refuse(404, examNotFound);
  if (closesAt.getTime() <= clockOf(deps).getTime()) return refuse(422, "closesAt: the window would already be closed; choose a later time.");
  const w = await deps.prisma.examWindow.create({ data: { classId, examId, opensAt, closesAt }, select: { id: true } });
  return succeed({ windowId: w.id, opensAt, closesAt });
}

/** Moves a window's dates (or closes it now by setting closesAt to now); attempts already started keep their deadline. */
export async function rescheduleExamWindow(deps: ExamDeps, actor: MaybeActor, windowId: string, input: unknown): Promise<ServiceResult<OpenedWindow>> {
  const w = plausibleId(windowId)
    ? await deps.prisma.examWindow.findUnique({ where: { id: windowId }, select: { classId: true, examId: true, class: { select: { ownerId: true } } } })
    : null;
  if (!w || !(actor && (actor.role === "ADMIN" || actor.id === w.class.ownerId))) return refuse(404, windowNotFound);
  const parsed = windowInputSchema.safeParse({ ...(typeof input === "object" && input ? input : {}), classId: w.classId, examId: w.examId });
  if (!parsed.success) return zodRefusal(parsed.error);
  const { opensAt, closesAt } = parsed.data;
  await deps.prisma.examWindow.update({ where: { id: windowId }, data: { opensAt, closesAt } });
  return succeed({ windowId, opensAt, closesAt });
}

export const windowNotYetOpen = (opensAt: Date) => `This exam opens at ${opensAt.toISOString().replace("T", " ").slice(0, 16)} UTC.`;
export const windowClosed = (closesAt: Date) => `This exam closed at ${closesAt.toISOString().replace("T", " ").slice(0, 16)} UTC.`;
export const alreadyTaken = "You have already taken this exam; its results are in your attempts.";

/**
 * Starts (or resumes) the actor's attempt at a class's exam. One attempt per
 * student per window. The window is judged by the server's clock; the close
 * job is queued at the deadline as for any exam.
 */
export async function startWindowExam(deps: ServiceDeps, actor: MaybeActor, windowId: string): Promise<ServiceResult<{ attemptId: string; deadline: Date }>> {
  if (!actor || !plausibleId(windowId)) return refuse(404, windowNotFound);
  const w = await deps.prisma.examWindow.findUnique({
    where: { id: windowId },
    select: {
      id: true,
      opensAt: true,
      closesAt: true,
      classId: true,
      exam: {
        select: {
          active: true,
          currentVersion: { select: { id: true, durationMinutes: true, tasks: { orderBy: { position: "asc" }, select: { taskVersionId: true } } } },
        },
      },
    },
  });
  if (!w) return refuse(404, windowNotFound);
  const member = await deps.prisma.classMember.findUnique({ where: { classId_userId: { classId: w.classId, userId: actor.id } }, select: { userId: true } });
  if (!member) return refuse(404, windowNotFound);
  const version = w.exam.active ? w.exam.currentVersion : null;
  if (!version) return refuse(404, windowNotFound);
  const now = clockOf(deps);
  const userId = actor.id;
  const started = await deps.prisma.$transaction(async (tx): Promise<ServiceResult<{ attemptId: string; deadline: Date; created: boolean }>> => {
    // Two clicks on "Start" make one attempt.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`start:${userId}:${windowId}`}))`;
    const previous = await tx.attempt.findFirst({
      where: { userId, examWindowId: windowId },
      orderBy: { startedAt: "desc" },
      select: { id: true, status: true, deadline: true },
    });
    if (previous?.status === "OPEN" && previous.deadline && previous.deadline.getTime() > now.getTime()) {
      return succeed({ attemptId: previous.id, deadline: previous.deadline, created: false });
    }
    if (previous) return refuse(409, alreadyTaken);
    const phase = windowPhase(w, now);
    if (phase === "NOT_YET_OPEN") return refuse(403, windowNotYetOpen(w.opensAt));
    if (phase === "CLOSED" || !canStartWindowExam(actor, true, w, now)) return refuse(410, windowClosed(w.closesAt));
    const deadline = new Date(Math.min(now.getTime() + version.durationMinutes * 60_000, w.closesAt.getTime()));
    const attempt = await tx.attempt.create({
      data: {
        userId,
        mode: "EXAM",
        examVersionId: version.id,
        examWindowId: windowId,
        startedAt: now,
        deadline,
        answers: { createMany: { data: version.tasks.map((t) => ({ taskVersionId: t.taskVersionId, savedAt: now })) } },
      },
      select: { id: true },
    });
    return succeed({ attemptId: attempt.id, deadline, created: true });
  });
  if (!started.ok) return started;
  await deps.queue.scheduleClose(started.value.attemptId, started.value.deadline);
  return succeed({ attemptId: started.value.attemptId, deadline: started.value.deadline });
}
