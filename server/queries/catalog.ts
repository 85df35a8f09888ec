// The catalogs a candidate browses: tasks by CKAD domain (filtered by
// difficulty and tag) with their best score on each, and the mock exams with
// their attempts.
import { ckadDomains } from "@kubedojo/grader";
import type { PrismaClient } from "@/generated/prisma/client";
import { taskPrompt } from "./stored-json";

export type Difficulty = "EASY" | "MEDIUM" | "HARD";

export interface CatalogFilters {
  difficulty?: Difficulty;
  tag?: string;
}

export interface CatalogTask {
  slug: string;
  title: string;
  difficulty: Difficulty;
  tags: string[];
  points: number;
  suggestedMinutes: number;
  /** The best fraction (0..1) of any graded answer of this user, or null when never graded. */
  best: number | null;
  gradedCount: number;
}

export interface CatalogDomain {
  name: string;
  weightPercent: number;
  tasks: CatalogTask[];
}

export interface TaskCatalog {
  domains: CatalogDomain[];
  /** Every tag in the bank, for the filter. */
  tags: string[];
  total: number;
  shown: number;
}

interface BestRow {
  task_id: string;
  best: number | null;
  graded: bigint | number;
}

async function bestScores(db: PrismaClient, userId: string): Promise<Map<string, { best: number | null; graded: number }>> {
  const rows = await db.$queryRaw<BestRow[]>`
    SELECT tv.task_id::text AS task_id, MAX(g.score / NULLIF(g.max_score, 0)) AS best, COUNT(*) AS graded
    FROM grades g
    JOIN submissions s ON s.id = g.submission_id
    JOIN attempts a ON a.id = s.attempt_id
    JOIN task_versions tv ON tv.id = s.task_version_id
    WHERE a.user_id = ${userId}
    GROUP BY tv.task_id`;
  return new Map(rows.map((r) => [r.task_id, { best: r.best === null ? null : Number(r.best), graded: Number(r.graded) }]));
}

export async function taskCatalog(db: PrismaClient, userId: string, filters: CatalogFilters): Promise<TaskCatalog> {
  const [tasks, best] = await Promise.all([
    db.task.findMany({
      where: { active: true, currentVersionId: { not: null } },
      orderBy: [{ difficulty: "asc" }, { title: "asc" }],
      select: { id: true, slug: true, title: true, domain: true, difficulty: true, tags: true, points: true, suggestedMinutes: true },
    }),
    bestScores(db, userId),
  ]);
  const shown = tasks.filter((t) => (!filters.difficulty || t.difficulty === filters.difficulty) && (!filters.tag || t.tags.includes(filters.tag)));
  const domains = ckadDomains.map((d) => ({
    name: d.name as string,
    weightPercent: d.weightPercent as number,
    tasks: shown
      .filter((t) => t.domain === d.name)
      .map((t) => ({
        slug: t.slug,
        title: t.title,
        difficulty: t.difficulty,
        tags: t.tags,
        points: t.points,
        suggestedMinutes: t.suggestedMinutes,
        best: best.get(t.id)?.best ?? null,
        gradedCount: best.get(t.id)?.graded ?? 0,
      })),
  }));
  return { domains, tags: [...new Set(tasks.flatMap((t) => t.tags))].sort(), total: tasks.length, shown: shown.length };
}

export interface TaskOverview {
  slug: string;
  title: string;
  domain: string;
  difficulty: Difficulty;
  tags: string[];
  points: number;
  suggestedMinutes: number;
  prompt: string;
  /** The user's open practice of the current version, if any. */
  openAttemptId: string | null;
  best: number | null;
}

/** A task of the bank as its page shows it before practice starts (the prompt only). */
export async function taskOverview(db: PrismaClient, userId: string, slug: string): Promise<TaskOverview | null> {
  if (slug.length === 0 || slug.length > 200) return null;
  const task = await db.task.findFirst({
    where: { slug, active: true },
    select: {
      id: true,
      slug: true,
      title: true,
      domain: true,
      difficulty: true,
      tags: true,
      points: true,
      suggestedMinutes: true,
      currentVersion: { select: { id: true, definition: true } },
    },
  });
  if (!task?.currentVersion) return null;
  const [open, best] = await Promise.all([
    db.attempt.findFirst({
      where: { userId, mode: "PRACTICE", status: "OPEN", taskVersionId: task.currentVersion.id },
      orderBy: { startedAt: "desc" },
      select: { id: true },
    }),
    bestScores(db, userId),
  ]);
  return {
    slug: task.slug,
    title: task.title,
    domain: task.domain,
    difficulty: task.difficulty,
    tags: task.tags,
    points: task.points,
    suggestedMinutes: task.suggestedMinutes,
    prompt: taskPrompt(task.currentVersion.definition),
    openAttemptId: open?.id ?? null,
    best: best.get(task.id)?.best ?? null,
  };
}

export interface ExamAttemptSummary {
  id: string;
  status: "OPEN" | "CLOSED";
  startedAt: string;
  deadline: string | null;
  score: number | null;
  maxScore: number | null;
  passed: boolean | null;
}

export interface CatalogExam {
  slug: string;
  title: string;
  durationMinutes: number;
  passPercent: number;
  taskCount: number;
  points: number;
  domains: string[];
  attempts: ExamAttemptSummary[];
}

export async function examCatalog(db: PrismaClient, userId: string): Promise<CatalogExam[]> {
  const exams = await db.exam.findMany({
    // A class's exam (AUTHORED) is listed to its class only (server/queries/class-exams.ts).
    where: { active: true, source: "BANK", currentVersionId: { not: null } },
    orderBy: { title: "asc" },
    select: {
      id: true,
      slug: true,
      currentVersion: {
        select: {
          title: true,
          durationMinutes: true,
          passPercent: true,
          tasks: { select: { taskVersion: { select: { task: { select: { points: true, domain: true } } } } } },
        },
      },
    },
  });
  const attempts = await db.attempt.findMany({
    where: { userId, mode: "EXAM", examVersion: { examId: { in: exams.map((e) => e.id) } } },
    orderBy: { startedAt: "desc" },
    select: { id: true, status: true, startedAt: true, deadline: true, score: true, maxScore: true, examVersion: { select: { examId: true, passPercent: true } } },
  });
  return exams.flatMap((e) => {
    const v = e.currentVersion;
    if (!v) return [];
    const tasks = v.tasks.map((t) => t.taskVersion.task);
    return [
      {
        slug: e.slug,
        title: v.title,
        durationMinutes: v.durationMinutes,
        passPercent: v.passPercent,
        taskCount: tasks.length,
        points: tasks.reduce((s, t) => s + t.points, 0),
        domains: [...new Set(tasks.map((t) => t.domain))],
        attempts: attempts
          .filter((a) => a.examVersion?.examId === e.id)
          .map((a) => ({
            id: a.id,
            status: a.status,
            startedAt: a.startedAt.toISOString(),
            deadline: a.deadline?.toISOString() ?? null,
            score: a.score,
            maxScore: a.maxScore,
            passed:
              a.score !== null && a.maxScore && a.examVersion ? (100 * a.score) / a.maxScore >= a.examVersion.passPercent : null,
          })),
      },
    ];
  });
}

export interface AttemptListItem {
  id: string;
  mode: "PRACTICE" | "EXAM";
  status: "OPEN" | "CLOSED";
  title: string;
  startedAt: string;
  deadline: string | null;
  score: number | null;
  maxScore: number | null;
  submissions: number;
}

/** Every attempt of the user, newest first (practice shows its latest grade). */
export async function userAttempts(db: PrismaClient, userId: string): Promise<AttemptListItem[]> {
  const attempts = await db.attempt.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take: 200,
    select: {
      id: true,
      mode: true,
      status: true,
      startedAt: true,
      deadline: true,
      score: true,
      maxScore: true,
      taskVersion: { select: { task: { select: { title: true } } } },
      examVersion: { select: { title: true } },
      submissions: { orderBy: { createdAt: "desc" }, take: 1, select: { grade: { select: { score: true, maxScore: true } } } },
      _count: { select: { submissions: true } },
    },
  });
  return attempts.map((a) => {
    const latest = a.submissions[0]?.grade;
    return {
      id: a.id,
      mode: a.mode,
      status: a.status,
      title: a.examVersion?.title ?? a.taskVersion?.task.title ?? "Attempt",
      startedAt: a.startedAt.toISOString(),
      deadline: a.deadline?.toISOString() ?? null,
      score: a.mode === "EXAM" ? a.score : (latest?.score ?? null),
      maxScore: a.mode === "EXAM" ? a.maxScore : (latest?.maxScore ?? null),
      submissions: a._count.submissions,
    };
  });
}
