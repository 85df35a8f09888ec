// Autosave of an attempt's working state: answers, review flags, the notepad.
// A save is one SQL statement on the happy path (autosave runs every few
// seconds per candidate); a refusal is explained by a second read.
import { z } from "zod";
import { maxAnswerBytes, maxNotepadBytes, checkText } from "./answer-text";
import { attemptFinished, attemptNotFound, examEnded, staleRevision, taskNotInAttempt } from "./attempt-messages";
import { closeAttemptAtDeadline } from "./attempt-close";
import { clockOf, type ServiceDeps } from "./service-deps";
import { refuse, succeed, type ServiceFailure, type ServiceResult } from "./service-result";

export interface AnswerInput {
  form: "MANIFESTS" | "TRANSCRIPT";
  content: string;
  /** The revision the editor started from; a save from an older one is refused (two tabs). Omitted: last write wins. */
  revision?: number;
}

export interface SavedAnswer {
  revision: number;
  savedAt: Date;
}

const answerInputSchema = z.object({
  form: z.enum(["MANIFESTS", "TRANSCRIPT"], { error: "Choose how you answer: manifests or a transcript." }),
  // The content is checked by checkText, which refuses 20 MB before looking at it.
  content: z.unknown(),
  revision: z.int({ error: "The revision must be a whole number." }).min(0).max(2_000_000_000).optional(),
});

const plausibleId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 100;

// The database stores UTC wall times (timestamp without time zone): compare and write in UTC whatever the session zone.
const utcTimestamp = (at: Date) => at.getTime() / 1000;

/**
 * Autosaves one task's answer: owner only, while the attempt is open and
 * before its deadline (the server's clock decides). A save after the
 * deadline is refused with 410 and closes the attempt.
 */
export async function saveAnswer(
  deps: ServiceDeps,
  userId: string,
  attemptId: string,
  taskVersionId: string,
  input: AnswerInput,
): Promise<ServiceResult<SavedAnswer>> {
  const content = (input as { content?: unknown } | null)?.content;
  const bad = checkText(content, "This answer", maxAnswerBytes);
  if (bad) return bad;
  const parsed = answerInputSchema.safeParse(input);
  if (!parsed.success) return refuse(400, parsed.error.issues[0].message);
  if (!plausibleId(attemptId)) return refuse(404, attemptNotFound);
  if (!plausibleId(taskVersionId)) return refuse(404, taskNotInAttempt);
  const { form, revision } = parsed.data;
  const now = clockOf(deps);
  // FOR SHARE waits for a close in progress and then sees it CLOSED, so no save slips in after the answers were frozen.
  const rows = await deps.prisma.$queryRaw<{ revision: number; saved_at: Date }[]>`
    WITH open_attempt AS (
      SELECT id FROM attempts
      WHERE id = ${attemptId} AND user_id = ${userId} AND status = 'OPEN'
        AND (deadline IS NULL OR deadline >= (to_timestamp(${utcTimestamp(now)}::double precision) AT TIME ZONE 'UTC'))
      FOR SHARE
    )
    UPDATE answers
    SET form = ${form}::"AnswerForm", content = ${content as string}, revision = answers.revision + 1,
        saved_at = to_timestamp(${utcTimestamp(now)}::double precision) AT TIME ZONE 'UTC'
    FROM open_attempt
    WHERE answers.attempt_id = open_attempt.id AND answers.task_version_id = ${taskVersionId}
      AND (${revision ?? null}::int IS NULL OR answers.revision = ${revision ?? null}::int)
    RETURNING answers.revision, answers.saved_at`;
  if (rows.length === 1) return succeed({ revision: rows[0].revision, savedAt: now });
  return whySaveFailed(deps, userId, attemptId, taskVersionId, revision, "this answer");
}

/** Flags a task of an open attempt for review (or clears the flag). */
export async function setFlag(
  deps: ServiceDeps,
  userId: string,
  attemptId: string,
  taskVersionId: string,
  flagged: boolean,
): Promise<ServiceResult<{ flagged: boolean }>> {
  if (typeof flagged !== "boolean") return refuse(400, "The flag must be true or false.");
  const refused = await writableAttempt(deps, userId, attemptId, "the flag");
  if (refused) return refused;
  if (!plausibleId(taskVersionId)) return refuse(404, taskNotInAttempt);
  const { count } = await deps.prisma.answer.updateMany({ where: { attemptId, taskVersionId }, data: { flagged } });
  return count === 1 ? succeed({ flagged }) : refuse(404, taskNotInAttempt);
}

/** Saves the attempt's notepad (plain text, up to 64 KB). */
export async function saveNotepad(
  deps: ServiceDeps,
  userId: string,
  attemptId: string,
  text: string,
): Promise<ServiceResult<{ savedAt: Date }>> {
  const bad = checkText(text, "The notepad", maxNotepadBytes);
  if (bad) return bad;
  const refused = await writableAttempt(deps, userId, attemptId, "the notepad");
  if (refused) return refused;
  await deps.prisma.attempt.update({ where: { id: attemptId }, data: { notepad: text } });
  return succeed({ savedAt: clockOf(deps) });
}

/** Undefined when the user may write to the attempt now; otherwise why not (closing it when its deadline passed). */
async function writableAttempt(deps: ServiceDeps, userId: string, attemptId: string, what: string): Promise<ServiceFailure | undefined> {
  if (!plausibleId(attemptId)) return refuse(404, attemptNotFound);
  const attempt = await deps.prisma.attempt.findFirst({
    where: { id: attemptId, userId },
    select: { status: true, deadline: true, closedAt: true, closeReason: true },
  });
  if (!attempt) return refuse(404, attemptNotFound);
  return closedRefusal(deps, attemptId, attempt, what);
}

async function closedRefusal(
  deps: ServiceDeps,
  attemptId: string,
  attempt: { status: string; deadline: Date | null; closedAt: Date | null; closeReason: string | null },
  what: string,
): Promise<ServiceFailure | undefined> {
  if (attempt.status !== "OPEN") {
    if (attempt.closeReason === "DEADLINE" && attempt.deadline) return refuse(410, examEnded(attempt.deadline, what));
    return refuse(410, attemptFinished(attempt.closedAt ?? clockOf(deps), what));
  }
  if (attempt.deadline && attempt.deadline.getTime() < clockOf(deps).getTime()) {
    // The close job may be late (workers down); the first write after the deadline closes the attempt itself.
    await closeAttemptAtDeadline(deps, attemptId);
    return refuse(410, examEnded(attempt.deadline, what));
  }
  return undefined;
}

async function whySaveFailed(
  deps: ServiceDeps,
  userId: string,
  attemptId: string,
  taskVersionId: string,
  revision: number | undefined,
  what: string,
): Promise<ServiceFailure> {
  const attempt = await deps.prisma.attempt.findFirst({
    where: { id: attemptId, userId },
    select: { status: true, deadline: true, closedAt: true, closeReason: true },
  });
  if (!attempt) return refuse(404, attemptNotFound);
  const closed = await closedRefusal(deps, attemptId, attempt, what);
  if (closed) return closed;
  const answer = await deps.prisma.answer.findUnique({
    where: { attemptId_taskVersionId: { attemptId, taskVersionId } },
    select: { revision: true },
  });
  if (!answer) return refuse(404, taskNotInAttempt);
  if (revision !== undefined && answer.revision !== revision) return refuse(409, staleRevision(answer.revision, revision));
  return refuse(409, "The answer changed while it was being saved. Save again.");
}
