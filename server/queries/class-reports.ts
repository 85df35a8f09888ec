// What a class's instructor sees of an exam window: the attempts, the pass
// rate of each task and of each check (which checks trip most students), one
// attempt in full, and the grades as CSV. Only closed attempts count in the
// rates and the export: an open exam's answers are still being written.
// The class's instructor (or an admin) only; anyone else gets null.
import type { PrismaClient } from "@/generated/prisma/client";
import { canManageClass, canViewAttempt, type MaybeActor } from "../auth/authorization";
import { attemptResults, type ResultsLookup } from "./attempt-results";
import { toCsv, type CsvCell } from "./csv";

const round2 = (n: number) => Math.round(n * 100) / 100;
const plausibleId = (id: string) => id.length > 0 && id.length <= 100;

interface ManagedWindow {
  id: string;
  classId: string;
  className: string;
  examTitle: string;
  opensAt: Date;
  closesAt: Date;
  passPercent: number;
}

async function managedWindow(db: PrismaClient, actor: MaybeActor, windowId: string): Promise<ManagedWindow | null> {
  if (!actor || !plausibleId(windowId)) return null;
  const w = await db.examWindow.findUnique({
    where: { id: windowId },
    select: {
      id: true,
      classId: true,
      opensAt: true,
      closesAt: true,
      class: { select: { ownerId: true, name: true } },
      exam: { select: { title: true, passPercent: true } },
    },
  });
  if (!w || !canManageClass(actor, w.class)) return null;
  return {
    id: w.id,
    classId: w.classId,
    className: w.class.name,
    examTitle: w.exam.title,
    opensAt: w.opensAt,
    closesAt: w.closesAt,
    passPercent: w.exam.passPercent,
  };
}

export interface WindowAttempt {
  attemptId: string;
  userId: string;
  name: string;
  email: string;
  status: "OPEN" | "CLOSED";
  startedAt: string;
  closedAt: string | null;
  closeReason: "FINISHED" | "DEADLINE" | null;
  timeUsedSeconds: number | null;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  /** null while open or being graded. */
  passed: boolean | null;
}

export interface WindowAttempts {
  windowId: string;
  classId: string;
  className: string;
  examTitle: string;
  opensAt: string;
  closesAt: string;
  passPercent: number;
  attempts: WindowAttempt[];
  /** Members who have not started the exam. */
  notStarted: { userId: string; name: string; email: string }[];
}

/** The attempts of an exam window, by student name. */
export async function windowAttempts(db: PrismaClient, actor: MaybeActor, windowId: string): Promise<WindowAttempts | null> {
  const w = await managedWindow(db, actor, windowId);
  if (!w) return null;
  const [attempts, members] = await Promise.all([
    db.attempt.findMany({
      where: { examWindowId: windowId },
      orderBy: [{ user: { name: "asc" } }, { startedAt: "asc" }],
      select: {
        id: true,
        status: true,
        startedAt: true,
        closedAt: true,
        closeReason: true,
        deadline: true,
        score: true,
        maxScore: true,
        examVersion: { select: { passPercent: true } },
        user: { select: { id: true, name: true, email: true } },
      },
    }),
    db.classMember.findMany({ where: { classId: w.classId }, select: { user: { select: { id: true, name: true, email: true } } } }),
  ]);
  const started = new Set(attempts.map((a) => a.user.id));
  return {
    windowId: w.id,
    classId: w.classId,
    className: w.className,
    examTitle: w.examTitle,
    opensAt: w.opensAt.toISOString(),
    closesAt: w.closesAt.toISOString(),
    passPercent: w.passPercent,
    attempts: attempts.map((a) => {
      const end = a.closedAt && a.deadline && a.closedAt > a.deadline ? a.deadline : a.closedAt;
      const percent = a.score !== null && a.maxScore ? round2((100 * a.score) / a.maxScore) : null;
      return {
        attemptId: a.id,
        userId: a.user.id,
        name: a.user.name,
        email: a.user.email,
        status: a.status,
        startedAt: a.startedAt.toISOString(),
        closedAt: a.closedAt?.toISOString() ?? null,
        closeReason: a.closeReason,
        timeUsedSeconds: end ? Math.round((end.getTime() - a.startedAt.getTime()) / 1000) : null,
        score: a.score,
        maxScore: a.maxScore,
        percent,
        passed: percent !== null && a.examVersion ? percent >= a.examVersion.passPercent : null,
      };
    }),
    notStarted: members
      .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email }))
      .filter((u) => !started.has(u.userId))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export interface CheckPassRate {
  taskId: string;
  checkId: string;
  name: string;
  graded: number;
  passed: number;
  /** 0..100. */
  passPercent: number;
}

export interface TaskPassRate {
  taskId: string;
  slug: string;
  title: string;
  position: number;
  graded: number;
  /** Graded with full marks. */
  fullMarks: number;
  passPercent: number;
  meanPercent: number;
  checks: CheckPassRate[];
}

export interface WindowPassRates {
  windowId: string;
  closedAttempts: number;
  tasks: TaskPassRate[];
  /** Every check of every task, the most failed first. */
  hardestChecks: CheckPassRate[];
}

interface TaskRateRow {
  task_id: string;
  slug: string;
  title: string;
  position: number | null;
  graded: bigint | number;
  full_marks: bigint | number;
  mean: number | null;
}

interface CheckRateRow {
  task_id: string;
  check_id: string;
  name: string;
  graded: bigint | number;
  passed: bigint | number;
}

/** Per task and per check, how many of the window's closed attempts passed (from each grade's checks[].id/passed). */
export async function windowPassRates(db: PrismaClient, actor: MaybeActor, windowId: string): Promise<WindowPassRates | null> {
  const w = await managedWindow(db, actor, windowId);
  if (!w) return null;
  const [closed, taskRows, checkRows] = await Promise.all([
    db.attempt.count({ where: { examWindowId: windowId, status: "CLOSED" } }),
    db.$queryRaw<TaskRateRow[]>`
      SELECT tv.task_id::text AS task_id, t.slug, t.title, MIN(evt.position) AS position,
             COUNT(g.id) AS graded,
             COUNT(g.id) FILTER (WHERE g.max_score > 0 AND g.score >= g.max_score) AS full_marks,
             AVG(g.score / NULLIF(g.max_score, 0))::float8 AS mean
      FROM attempts a
      JOIN submissions s ON s.attempt_id = a.id
      LEFT JOIN grades g ON g.submission_id = s.id
      JOIN task_versions tv ON tv.id = s.task_version_id
      JOIN tasks t ON t.id = tv.task_id
      LEFT JOIN exam_version_tasks evt ON evt.exam_version_id = a.exam_version_id AND evt.task_version_id = s.task_version_id
      WHERE a.exam_window_id = ${windowId} AND a.status = 'CLOSED'
      GROUP BY tv.task_id, t.slug, t.title
      ORDER BY MIN(evt.position), t.title`,
    db.$queryRaw<CheckRateRow[]>`
      SELECT tv.task_id::text AS task_id, c->>'id' AS check_id, MAX(c->>'name') AS name,
             COUNT(*) AS graded, COUNT(*) FILTER (WHERE c->>'passed' = 'true') AS passed
      FROM attempts a
      JOIN submissions s ON s.attempt_id = a.id
      JOIN grades g ON g.submission_id = s.id
      JOIN task_versions tv ON tv.id = s.task_version_id
      CROSS JOIN LATERAL jsonb_array_elements(
        CASE WHEN jsonb_typeof(g.result->'checks') = 'array' THEN g.result->'checks' ELSE '[]'::jsonb END
      ) AS c
      WHERE a.exam_window_id = ${windowId} AND a.status = 'CLOSED' AND c->>'id' IS NOT NULL
      GROUP BY tv.task_id, c->>'id'`,
  ]);
  const checks = checkRows.map(
    (r): CheckPassRate => ({
      taskId: r.task_id,
      checkId: r.check_id,
      name: r.name ?? r.check_id,
      graded: Number(r.graded),
      passed: Number(r.passed),
      passPercent: Number(r.graded) ? round2((100 * Number(r.passed)) / Number(r.graded)) : 0,
    }),
  );
  const byRate = (a: CheckPassRate, b: CheckPassRate) => a.passPercent - b.passPercent || b.graded - a.graded || a.checkId.localeCompare(b.checkId);
  const tasks = taskRows.map((r, i): TaskPassRate => {
    const graded = Number(r.graded);
    return {
      taskId: r.task_id,
      slug: r.slug,
      title: r.title,
      position: (r.position ?? i) + 1,
      graded,
      fullMarks: Number(r.full_marks),
      passPercent: graded ? round2((100 * Number(r.full_marks)) / graded) : 0,
      meanPercent: r.mean === null ? 0 : round2(100 * r.mean),
      checks: checks.filter((c) => c.taskId === r.task_id).sort(byRate),
    };
  });
  return { windowId, closedAttempts: closed, tasks, hardestChecks: [...checks].sort(byRate) };
}

/** One student's attempt in full, for the instructor of the class it was taken in (answers, checks, solutions once closed). */
export async function attemptResultsForReviewer(db: PrismaClient, actor: MaybeActor, attemptId: string): Promise<ResultsLookup> {
  if (!actor || !plausibleId(attemptId)) return { found: false };
  const a = await db.attempt.findUnique({
    where: { id: attemptId },
    select: { userId: true, mode: true, status: true, examWindow: { select: { class: { select: { ownerId: true } } } } },
  });
  if (!a || !canViewAttempt(actor, { userId: a.userId, mode: a.mode, status: a.status, classOwnerId: a.examWindow?.class.ownerId ?? null })) {
    return { found: false };
  }
  // attemptResults reveals nothing of an open exam (it answers { open: true }), whoever asks.
  return attemptResults(db, a.userId, attemptId);
}

export interface GradesCsv {
  fileName: string;
  text: string;
}

/** The window's closed attempts as CSV: one row per attempt, the total and each task's weighted points. */
export async function windowGradesCsv(db: PrismaClient, actor: MaybeActor, windowId: string): Promise<GradesCsv | null> {
  const w = await managedWindow(db, actor, windowId);
  if (!w) return null;
  const attempts = await db.attempt.findMany({
    where: { examWindowId: windowId, status: "CLOSED" },
    orderBy: [{ user: { name: "asc" } }, { startedAt: "asc" }],
    select: {
      id: true,
      startedAt: true,
      closedAt: true,
      deadline: true,
      closeReason: true,
      score: true,
      maxScore: true,
      user: { select: { name: true, email: true } },
      examVersion: { select: { passPercent: true, tasks: { orderBy: { position: "asc" }, select: { taskVersion: { select: { taskId: true, task: { select: { title: true, points: true } } } } } } } },
      submissions: { select: { status: true, taskVersion: { select: { taskId: true } }, grade: { select: { score: true, maxScore: true } } } },
    },
  });
  // Columns per task, in the order of the first version seen (versions of one exam rarely differ).
  const taskColumns = new Map<string, { title: string; points: number }>();
  for (const a of attempts) for (const t of a.examVersion?.tasks ?? []) {
    if (!taskColumns.has(t.taskVersion.taskId)) taskColumns.set(t.taskVersion.taskId, { title: t.taskVersion.task.title, points: t.taskVersion.task.points });
  }
  const header = [
    "name",
    "email",
    "started_at_utc",
    "closed_at_utc",
    "close_reason",
    "time_used_seconds",
    "score",
    "max_score",
    "percent",
    "passed",
    ...[...taskColumns.values()].map((t, i) => `task ${i + 1}: ${t.title} (/${t.points})`),
  ];
  const rows: CsvCell[][] = attempts.map((a) => {
    const end = a.closedAt && a.deadline && a.closedAt > a.deadline ? a.deadline : a.closedAt;
    const percent = a.score !== null && a.maxScore ? round2((100 * a.score) / a.maxScore) : null;
    const perTask = [...taskColumns.entries()].map(([taskId, t]): CsvCell => {
      const s = a.submissions.find((x) => x.taskVersion.taskId === taskId);
      if (!s) return null;
      if (s.status === "FAILED") return 0;
      return s.grade && s.grade.maxScore > 0 ? round2((t.points * s.grade.score) / s.grade.maxScore) : null;
    });
    return [
      a.user.name,
      a.user.email,
      a.startedAt.toISOString(),
      a.closedAt?.toISOString() ?? null,
      a.closeReason,
      end ? Math.round((end.getTime() - a.startedAt.getTime()) / 1000) : null,
      a.score,
      a.maxScore,
      percent,
      percent === null || !a.examVersion ? null : percent >= a.examVersion.passPercent,
      ...perTask,
    ];
  });
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "exam";
  return { fileName: `${slug(w.className)}-${slug(w.examTitle)}-grades.csv`, text: toCsv(header, rows) };
}
