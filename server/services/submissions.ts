// Submissions: answers frozen for grading, and what grading writes back
// (the one Grade of a submission, a failure, the score of a closed exam).
import type { AnswerForm, Prisma, PrismaClient } from "@/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

export const inFlightStatuses = ["QUEUED", "GRADING"] as const;

export interface GradeToStore {
  score: number;
  maxScore: number;
  result: Prisma.InputJsonValue;
  graderVersion: string;
}

/** Marks a submission as being graded (only while it is not finished). */
export async function markGrading(prisma: PrismaClient, submissionId: string, at: Date): Promise<void> {
  await prisma.submission.updateMany({ where: { id: submissionId, status: { in: [...inFlightStatuses] } }, data: { status: "GRADING", startedAt: at } });
}

/**
 * Stores the grade of a submission and marks it DONE, in one transaction.
 * A retried job that graded twice stores nothing the second time (the unique
 * submission_id, ON CONFLICT DO NOTHING); returns whether this call stored it.
 */
export async function recordGrade(prisma: PrismaClient, submissionId: string, grade: GradeToStore, at: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.grade.createMany({ data: [{ submissionId, ...grade }], skipDuplicates: true });
    await tx.submission.updateMany({
      where: { id: submissionId, status: { in: [...inFlightStatuses] } },
      data: { status: "DONE", finishedAt: at, error: null },
    });
    await settleExamScoreOfSubmission(tx, submissionId);
    return count === 1;
  });
}

/** Marks a submission FAILED with a message the candidate reads (unless it was graded meanwhile). */
export async function recordGradingFailure(prisma: PrismaClient, submissionId: string, message: string, at: Date): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.submission.updateMany({
      where: { id: submissionId, status: { in: [...inFlightStatuses] } },
      data: { status: "FAILED", finishedAt: at, error: message },
    });
    await settleExamScoreOfSubmission(tx, submissionId);
  });
}

async function settleExamScoreOfSubmission(tx: Prisma.TransactionClient, submissionId: string): Promise<void> {
  const s = await tx.submission.findUnique({ where: { id: submissionId }, select: { attemptId: true } });
  if (s) await settleExamScore(tx, s.attemptId);
}

/**
 * Sets a closed exam attempt's score once every submission is DONE or FAILED.
 * Each task weighs its `points` in the exam: it contributes points × score /
 * maxScore of its grade; a failed grading contributes 0 of its points.
 */
export async function settleExamScore(db: Db, attemptId: string): Promise<void> {
  // Two last submissions finishing at once: the row lock makes the later one see both.
  await db.$queryRaw`SELECT 1 FROM attempts WHERE id = ${attemptId} FOR UPDATE`;
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    select: {
      mode: true,
      status: true,
      submissions: { select: { status: true, taskVersionId: true, grade: { select: { score: true, maxScore: true } } } },
      examVersion: { select: { tasks: { select: { taskVersion: { select: { id: true, task: { select: { points: true } } } } } } } },
    },
  });
  if (!attempt || attempt.mode !== "EXAM" || attempt.status !== "CLOSED" || !attempt.examVersion) return;
  if (attempt.submissions.some((s) => s.status === "QUEUED" || s.status === "GRADING")) return;
  let score = 0;
  let maxScore = 0;
  for (const { taskVersion } of attempt.examVersion.tasks) {
    const points = taskVersion.task.points;
    maxScore += points;
    const grade = attempt.submissions.find((s) => s.taskVersionId === taskVersion.id && s.status === "DONE")?.grade;
    if (grade && grade.maxScore > 0) score += (points * grade.score) / grade.maxScore;
  }
  await db.attempt.update({ where: { id: attemptId }, data: { score: Math.round(score * 100) / 100, maxScore } });
}

export interface FrozenAnswer {
  taskVersionId: string;
  form: AnswerForm;
  content: string;
}
