// Attempts: starting a practice or a timed exam, submitting a practice answer,
// finishing an exam, and closing it at its deadline. Every function checks the
// owner first (another user's attempt answers exactly like a missing one, 404)
// and returns a ServiceResult; the time is the server's (deps.now), never the browser's.
import type { Prisma } from "@/generated/prisma/client";
import { attemptNotFound, taskNotInAttempt } from "./attempt-messages";
import { clockOf, type ServiceDeps } from "./service-deps";
import { refuse, succeed, type ServiceResult } from "./service-result";
import { inFlightStatuses } from "./submissions";
import { closeAttempt, type ClosedAttempt } from "./attempt-close";

export { closeAttemptAtDeadline, type ClosedAttempt } from "./attempt-close";
export { saveAnswer, setFlag, saveNotepad, type AnswerInput, type SavedAnswer } from "./answers";
export type { ServiceDeps } from "./service-deps";
export type { ServiceResult } from "./service-result";

// Ids come from URLs and forms: anything that is not a plausible id is simply not found.
const plausibleId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 100;

/** A lock on (user, thing) for the length of a transaction, so two clicks on "Start" make one attempt. */
async function lockStart(tx: Prisma.TransactionClient, userId: string, thingId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`start:${userId}:${thingId}`}))`;
}

/** Opens (or reopens) the user's untimed practice of a task's current version. */
export async function startPractice(deps: ServiceDeps, userId: string, taskSlug: string): Promise<ServiceResult<{ attemptId: string }>> {
  if (!plausibleId(taskSlug)) return refuse(404, "No task has this name.");
  const task = await deps.prisma.task.findUnique({ where: { slug: taskSlug }, select: { active: true, currentVersionId: true } });
  const taskVersionId = task?.active ? task.currentVersionId : null;
  if (!taskVersionId) return refuse(404, `No task is named "${taskSlug}".`);
  const now = clockOf(deps);
  const attemptId = await deps.prisma.$transaction(async (tx) => {
    await lockStart(tx, userId, taskVersionId);
    const open = await tx.attempt.findFirst({
      where: { userId, mode: "PRACTICE", status: "OPEN", taskVersionId },
      orderBy: { startedAt: "desc" },
      select: { id: true },
    });
    if (open) return open.id;
    const created = await tx.attempt.create({
      data: { userId, mode: "PRACTICE", taskVersionId, startedAt: now, answers: { create: { taskVersionId, savedAt: now } } },
      select: { id: true },
    });
    return created.id;
  });
  return succeed({ attemptId });
}

/**
 * Starts a timed mock exam: an attempt on the exam's current version with an
 * empty answer per task and a deadline of now + the exam's duration, closed
 * by a queued job at that deadline. An exam already running for the user is
 * returned instead of a second one.
 */
export async function startExam(deps: ServiceDeps, userId: string, examSlug: string): Promise<ServiceResult<{ attemptId: string }>> {
  if (!plausibleId(examSlug)) return refuse(404, "No exam has this name.");
  const exam = await deps.prisma.exam.findUnique({
    where: { slug: examSlug },
    select: {
      id: true,
      active: true,
      source: true,
      currentVersion: { select: { id: true, durationMinutes: true, tasks: { orderBy: { position: "asc" }, select: { taskVersionId: true } } } },
    },
  });
  // A class's exam (AUTHORED) is started only through its window: startWindowExam in exam-windows.ts.
  const version = exam?.active && exam.source === "BANK" ? exam.currentVersion : null;
  if (!exam || !version) return refuse(404, `No exam is named "${examSlug}".`);
  const now = clockOf(deps);
  const started = await deps.prisma.$transaction(async (tx) => {
    await lockStart(tx, userId, exam.id);
    const running = await tx.attempt.findFirst({
      where: { userId, mode: "EXAM", status: "OPEN", examVersion: { examId: exam.id }, deadline: { gt: now } },
      select: { id: true, deadline: true },
    });
    if (running) return { attemptId: running.id, deadline: running.deadline!, created: false };
    const deadline = new Date(now.getTime() + version.durationMinutes * 60_000);
    const attempt = await tx.attempt.create({
      data: {
        userId,
        mode: "EXAM",
        examVersionId: version.id,
        startedAt: now,
        deadline,
        answers: { createMany: { data: version.tasks.map((t) => ({ taskVersionId: t.taskVersionId, savedAt: now })) } },
      },
      select: { id: true },
    });
    return { attemptId: attempt.id, deadline, created: true };
  });
  // Idempotent, so scheduling again for a running exam is harmless (and heals a lost job).
  await deps.queue.scheduleClose(started.attemptId, started.deadline);
  return succeed({ attemptId: started.attemptId });
}

/**
 * Freezes the saved answer of a practice task into a Submission and queues
 * its grading. Submitting the same content again while the previous
 * submission is still queued or grading returns that submission.
 */
export async function submitPractice(
  deps: ServiceDeps,
  userId: string,
  attemptId: string,
  taskVersionId?: string,
): Promise<ServiceResult<{ submissionId: string }>> {
  if (!plausibleId(attemptId)) return refuse(404, attemptNotFound);
  const attempt = await deps.prisma.attempt.findFirst({ where: { id: attemptId, userId }, select: { mode: true, taskVersionId: true } });
  if (!attempt) return refuse(404, attemptNotFound);
  if (attempt.mode !== "PRACTICE") {
    return refuse(409, "Exam answers are graded when the exam ends. Use \u201cFinish exam\u201d to submit every answer at once.");
  }
  const target = taskVersionId ?? attempt.taskVersionId;
  if (!plausibleId(target)) return refuse(404, taskNotInAttempt);
  const now = clockOf(deps);
  const outcome = await deps.prisma.$transaction(async (tx): Promise<ServiceResult<{ submissionId: string }>> => {
    // The answer row lock serialises two submits of the same answer (double click, two tabs).
    const [answer] = await tx.$queryRaw<{ form: "MANIFESTS" | "TRANSCRIPT"; content: string }[]>`
      SELECT form::text AS form, content FROM answers WHERE attempt_id = ${attemptId} AND task_version_id = ${target} FOR UPDATE`;
    if (!answer) return refuse(404, taskNotInAttempt);
    if (!answer.content.trim()) return refuse(422, "Write an answer before submitting: the answer is empty.");
    const pending = await tx.submission.findFirst({
      where: { attemptId, taskVersionId: target, status: { in: [...inFlightStatuses] }, form: answer.form, content: answer.content },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (pending) return succeed({ submissionId: pending.id });
    const created = await tx.submission.create({
      data: { attemptId, taskVersionId: target, form: answer.form, content: answer.content, createdAt: now },
      select: { id: true },
    });
    return succeed({ submissionId: created.id });
  });
  if (outcome.ok) await deps.queue.enqueue(outcome.value.submissionId);
  return outcome;
}

/** Ends an exam now, at the candidate's request, and grades every task's last saved answer (empty ones too). */
export async function finishExam(deps: ServiceDeps, userId: string, attemptId: string): Promise<ServiceResult<ClosedAttempt>> {
  if (!plausibleId(attemptId)) return refuse(404, attemptNotFound);
  const attempt = await deps.prisma.attempt.findFirst({ where: { id: attemptId, userId }, select: { mode: true, deadline: true } });
  if (!attempt) return refuse(404, attemptNotFound);
  if (attempt.mode !== "EXAM") return refuse(409, "A practice attempt has nothing to finish: submit the task to grade it.");
  // Past the deadline, the attempt closes as the deadline would have closed it.
  const reason = attempt.deadline && attempt.deadline.getTime() < clockOf(deps).getTime() ? "DEADLINE" : "FINISHED";
  return succeed(await closeAttempt(deps, attemptId, reason));
}

