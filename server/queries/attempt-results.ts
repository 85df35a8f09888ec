// The results of an attempt: per task what was graded, each check, the
// explanation and the reference solution; per exam the total against the pass
// mark, the time used and the score per CKAD domain. An exam's results exist
// only once it is closed; a practice shows its latest graded submission.
import { ckadDomains } from "@kubedojo/grader";
import type { PrismaClient } from "@/generated/prisma/client";
import { storedGrade, taskText, type CheckOutcome, type CommandOutput } from "./stored-json";

export type SubmissionState = "QUEUED" | "GRADING" | "DONE" | "FAILED";

export interface TaskResult {
  taskVersionId: string;
  position: number;
  slug: string;
  title: string;
  domain: string;
  /** The task's weight in an exam. */
  points: number;
  submissionId: string | null;
  /** null: never submitted (a practice not yet submitted). */
  state: SubmissionState | null;
  error: string | null;
  /** The grade's own score (checks' points) and the task's weighted share of the exam. */
  score: number | null;
  maxScore: number | null;
  weightedScore: number;
  checks: CheckOutcome[];
  /** What applying the answer printed. */
  answerOutput?: CommandOutput;
  setupError?: CommandOutput;
  form: "MANIFESTS" | "TRANSCRIPT" | null;
  content: string;
  gradedAt: string | null;
  explanation: string;
  solution: { manifests?: string; transcript?: string };
}

export interface DomainScore {
  name: string;
  weightPercent: number;
  score: number;
  maxScore: number;
}

export interface AttemptResults {
  id: string;
  mode: "PRACTICE" | "EXAM";
  title: string;
  startedAt: string;
  closedAt: string | null;
  closeReason: "FINISHED" | "DEADLINE" | null;
  durationMinutes: number | null;
  timeUsedSeconds: number;
  passPercent: number | null;
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean | null;
  /** Some submission is still queued or being graded. */
  pending: boolean;
  domains: DomainScore[];
  tasks: TaskResult[];
}

export type ResultsLookup = { found: false } | { found: true; open: true } | { found: true; open: false; results: AttemptResults };

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function attemptResults(db: PrismaClient, userId: string, attemptId: string): Promise<ResultsLookup> {
  if (attemptId.length === 0 || attemptId.length > 100) return { found: false };
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      mode: true,
      status: true,
      startedAt: true,
      closedAt: true,
      closeReason: true,
      taskVersionId: true,
      examVersion: {
        select: { title: true, durationMinutes: true, passPercent: true, tasks: { orderBy: { position: "asc" }, select: { taskVersionId: true } } },
      },
      answers: {
        select: {
          taskVersionId: true,
          taskVersion: { select: { definition: true, task: { select: { slug: true, title: true, domain: true, points: true } } } },
        },
      },
      submissions: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          taskVersionId: true,
          status: true,
          error: true,
          form: true,
          content: true,
          finishedAt: true,
          grade: { select: { score: true, maxScore: true, result: true } },
        },
      },
    },
  });
  if (!attempt) return { found: false };
  if (attempt.mode === "EXAM" && attempt.status === "OPEN") return { found: true, open: true };

  const order = attempt.examVersion?.tasks.map((t) => t.taskVersionId) ?? (attempt.taskVersionId ? [attempt.taskVersionId] : []);
  const answers = attempt.answers
    .filter((a) => order.includes(a.taskVersionId))
    .sort((a, b) => order.indexOf(a.taskVersionId) - order.indexOf(b.taskVersionId));

  const tasks = answers.map((a, i): TaskResult => {
    // Newest first: an exam has one per task; a practice shows its latest.
    const submission = attempt.submissions.find((s) => s.taskVersionId === a.taskVersionId);
    const task = a.taskVersion.task;
    const text = taskText(a.taskVersion.definition);
    const grade = submission?.grade;
    const stored = grade ? storedGrade(grade.result) : undefined;
    // A practice reveals the reference once an answer was graded; a (closed) exam always does.
    const reveal = attempt.mode === "EXAM" || submission?.status === "DONE" || submission?.status === "FAILED";
    return {
      taskVersionId: a.taskVersionId,
      position: i + 1,
      slug: task.slug,
      title: task.title,
      domain: task.domain,
      points: task.points,
      submissionId: submission?.id ?? null,
      state: submission?.status ?? null,
      error: submission?.error ?? null,
      score: grade?.score ?? null,
      maxScore: grade?.maxScore ?? null,
      weightedScore: grade && grade.maxScore > 0 ? round2((task.points * grade.score) / grade.maxScore) : 0,
      checks: stored?.checks ?? [],
      answerOutput: stored?.answer,
      setupError: stored?.setupError,
      form: submission?.form ?? null,
      content: submission?.content ?? "",
      gradedAt: submission?.finishedAt?.toISOString() ?? null,
      explanation: reveal ? text.explanation : "",
      solution: reveal ? text.solution : {},
    };
  });

  const domains: DomainScore[] = ckadDomains
    .map((d) => {
      const own = tasks.filter((t) => t.domain === d.name);
      return {
        name: d.name,
        weightPercent: d.weightPercent,
        score: round2(own.reduce((s, t) => s + t.weightedScore, 0)),
        maxScore: own.reduce((s, t) => s + t.points, 0),
      };
    })
    .filter((d) => d.maxScore > 0);

  const isExam = attempt.mode === "EXAM";
  const score = isExam ? round2(tasks.reduce((s, t) => s + t.weightedScore, 0)) : (tasks[0]?.score ?? 0);
  const maxScore = isExam ? tasks.reduce((s, t) => s + t.points, 0) : (tasks[0]?.maxScore ?? 0);
  const percent = maxScore > 0 ? round2((100 * score) / maxScore) : 0;
  const pending = tasks.some((t) => t.state === "QUEUED" || t.state === "GRADING");
  const passPercent = attempt.examVersion?.passPercent ?? null;
  const end = attempt.closedAt ?? new Date();
  const durationMinutes = attempt.examVersion?.durationMinutes ?? null;
  const used = Math.max(0, Math.round((end.getTime() - attempt.startedAt.getTime()) / 1000));

  return {
    found: true,
    open: false,
    results: {
      id: attempt.id,
      mode: attempt.mode,
      title: attempt.examVersion?.title ?? tasks[0]?.title ?? "Practice",
      startedAt: attempt.startedAt.toISOString(),
      closedAt: attempt.closedAt?.toISOString() ?? null,
      closeReason: attempt.closeReason,
      durationMinutes,
      timeUsedSeconds: durationMinutes ? Math.min(used, durationMinutes * 60) : used,
      passPercent,
      score,
      maxScore,
      percent,
      passed: isExam && passPercent !== null && !pending ? percent >= passPercent : null,
      pending,
      domains,
      tasks,
    },
  };
}
