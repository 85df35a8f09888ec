// Closing an exam attempt: at the candidate's request (finishExam) or at its
// deadline (the "close-attempt" job, or the first write after the deadline).
// Every answer is frozen into a Submission as saved, and queued for grading.
import { clockOf, type ServiceDeps } from "./service-deps";
import { settleExamScore } from "./submissions";

export interface ClosedAttempt {
  closeReason: "FINISHED" | "DEADLINE";
  /** One per task of the exam, in exam order. */
  submissionIds: string[];
}

/**
 * The "close-attempt" job: closes an exam attempt at its deadline and grades
 * every answer as it was saved before then (saves after the deadline were
 * refused). Idempotent: an attempt already closed is left as it is.
 */
export async function closeAttemptAtDeadline(deps: ServiceDeps, attemptId: string): Promise<ClosedAttempt | undefined> {
  const attempt = await deps.prisma.attempt.findUnique({ where: { id: attemptId }, select: { status: true, deadline: true } });
  if (!attempt?.deadline) return undefined;
  const early = attempt.deadline.getTime() - clockOf(deps).getTime();
  if (attempt.status === "OPEN" && early > 0) {
    // The queue's clock (the database's) ran ahead of ours: wait rather than cut the candidate's last seconds.
    if (early > 60_000) throw new Error(`attempt ${attemptId} is due at ${attempt.deadline.toISOString()}, not yet`);
    await new Promise((resolve) => setTimeout(resolve, early));
  }
  return closeAttempt(deps, attemptId, "DEADLINE");
}

/** Closes an open attempt and submits every answer, in one transaction; then queues the gradings. */
export async function closeAttempt(deps: ServiceDeps, attemptId: string, reason: "FINISHED" | "DEADLINE"): Promise<ClosedAttempt> {
  const now = clockOf(deps);
  const closed = await deps.prisma.$transaction(async (tx) => {
    // The row lock waits for an autosave in flight, and makes a second closer see CLOSED.
    const [row] = await tx.$queryRaw<{ status: string; close_reason: string | null }[]>`
      SELECT status::text AS status, close_reason::text AS close_reason FROM attempts WHERE id = ${attemptId} FOR UPDATE`;
    if (!row) return { closeReason: reason, submissionIds: [] };
    if (row.status !== "OPEN") {
      const existing = await tx.submission.findMany({ where: { attemptId }, orderBy: { createdAt: "asc" }, select: { id: true } });
      return { closeReason: (row.close_reason ?? reason) as ClosedAttempt["closeReason"], submissionIds: existing.map((s) => s.id) };
    }
    const attempt = await tx.attempt.update({
      where: { id: attemptId },
      data: { status: "CLOSED", closedAt: now, closeReason: reason },
      select: { examVersion: { select: { tasks: { orderBy: { position: "asc" }, select: { taskVersionId: true } } } } },
    });
    const answers = await tx.answer.findMany({ where: { attemptId }, select: { taskVersionId: true, form: true, content: true } });
    const order = attempt.examVersion?.tasks.map((t) => t.taskVersionId) ?? [];
    answers.sort((a, b) => order.indexOf(a.taskVersionId) - order.indexOf(b.taskVersionId));
    const submissions = await tx.submission.createManyAndReturn({
      data: answers.map((a) => ({ attemptId, taskVersionId: a.taskVersionId, form: a.form, content: a.content, createdAt: now })),
      select: { id: true, taskVersionId: true },
    });
    if (submissions.length === 0) await settleExamScore(tx, attemptId);
    const byTask = new Map(submissions.map((s) => [s.taskVersionId, s.id]));
    return { closeReason: reason, submissionIds: answers.map((a) => byTask.get(a.taskVersionId)!) };
  });
  // Enqueuing is idempotent, so a repeated close (or a retried job) re-queues safely.
  for (const id of closed.submissionIds) await deps.queue.enqueue(id);
  return closed;
}
