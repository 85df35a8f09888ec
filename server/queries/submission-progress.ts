// The state of one submission for a page that waits for its grade (polled):
// queued → grading → done (score) or failed (why). The owner only.
import type { PrismaClient } from "@/generated/prisma/client";

export interface SubmissionProgress {
  id: string;
  attemptId: string;
  state: "QUEUED" | "GRADING" | "DONE" | "FAILED";
  score: number | null;
  maxScore: number | null;
  error: string | null;
  /** Submissions ahead of this one in the queue (0 once it is being graded). */
  ahead: number;
}

export async function submissionProgress(db: PrismaClient, userId: string, submissionId: string): Promise<SubmissionProgress | null> {
  if (submissionId.length === 0 || submissionId.length > 100) return null;
  const s = await db.submission.findFirst({
    where: { id: submissionId, attempt: { userId } },
    select: { id: true, attemptId: true, status: true, error: true, createdAt: true, grade: { select: { score: true, maxScore: true } } },
  });
  if (!s) return null;
  const ahead = s.status === "QUEUED" ? await db.submission.count({ where: { status: "QUEUED", createdAt: { lt: s.createdAt } } }) : 0;
  return {
    id: s.id,
    attemptId: s.attemptId,
    state: s.status,
    score: s.grade?.score ?? null,
    maxScore: s.grade?.maxScore ?? null,
    error: s.error,
    ahead,
  };
}
