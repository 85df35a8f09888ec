// Progress, per user and per class, from the grades of their submissions
// (practice and exams alike):
// - score over time per CKAD domain: the mean score fraction of the grades of
//   each UTC day, for the chart;
// - per domain and per tag: the mean of the best fraction reached on each task;
//   the weakest tags come with tasks to practise next (tasks of the tag not yet
//   mastered — tried ones below full marks first, then untried, easiest first);
// - streaks: consecutive days with at least one graded submission.
//
// Days are UTC days (the server's time zone for every user: the database
// stores UTC, and a streak must not depend on the zone a browser claims). A
// streak is current when its last day is today or yesterday (UTC), so it does
// not break before the user had a chance to practise today.
import { ckadDomains } from "@kubedojo/grader";
import type { PrismaClient } from "@/generated/prisma/client";
import { canViewClassReports, canViewUserProgress, type MaybeActor } from "../auth/authorization";

export interface DomainPoint {
  /** A UTC day, `2026-11-24`. */
  day: string;
  percent: number;
  graded: number;
}

export interface DomainProgress {
  name: string;
  weightPercent: number;
  /** Mean of the best percentage reached on each task of the domain that was graded. */
  percent: number | null;
  tasksGraded: number;
  series: DomainPoint[];
}

export interface PractiseTask {
  slug: string;
  title: string;
  difficulty: "EASY" | "MEDIUM" | "HARD";
  /** Best percentage so far, null when never graded. */
  best: number | null;
}

export interface TagProgress {
  tag: string;
  percent: number;
  tasksGraded: number;
  practise: PractiseTask[];
}

export interface Streak {
  current: number;
  longest: number;
  /** The last UTC day with a graded submission. */
  lastDay: string | null;
}

export interface UserProgress {
  userId: string;
  gradedSubmissions: number;
  domains: DomainProgress[];
  weakestTags: TagProgress[];
  streak: Streak;
}

export interface ProgressOptions {
  /** The server's clock (tests inject one). */
  now?: Date;
  /** Days of history in the chart (default 90, at most 730). */
  days?: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const dayString = (d: Date) => d.toISOString().slice(0, 10);
const weakestTagCount = 3;
const practisePerTag = 3;

function windowOf(options: ProgressOptions): { now: Date; since: Date } {
  const now = options.now ?? new Date();
  const days = Number.isInteger(options.days) ? Math.min(Math.max(options.days!, 1), 730) : 90;
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * 86_400_000);
  return { now, since };
}

interface GradeRow {
  user_id: string;
  task_id: string;
  ratio: number;
  graded_at: Date;
}

interface TaskRow {
  id: string;
  slug: string;
  title: string;
  domain: string;
  tags: string[];
  difficulty: "EASY" | "MEDIUM" | "HARD";
  active: boolean;
  listed: boolean;
}

/**
 * Every grade of the users' submissions: one pass over attempts (by user),
 * submissions and grades (covering indexes), aggregated below in TypeScript —
 * one read instead of one per figure.
 */
async function gradeRows(db: PrismaClient, userIds: string[]): Promise<GradeRow[]> {
  if (userIds.length === 0) return [];
  return db.$queryRaw<GradeRow[]>`
    SELECT a.user_id, tv.task_id::text AS task_id, (g.score / g.max_score)::float8 AS ratio, g.created_at AS graded_at
    FROM attempts a
    JOIN submissions s ON s.attempt_id = a.id
    JOIN grades g ON g.submission_id = s.id
    JOIN task_versions tv ON tv.id = s.task_version_id
    WHERE a.user_id = ANY(${userIds}::text[]) AND g.max_score > 0`;
}

/** Every task that has been or can be practised (a few hundred rows at most). */
async function taskRows(db: PrismaClient): Promise<Map<string, TaskRow>> {
  const rows = await db.$queryRaw<TaskRow[]>`
    SELECT id::text AS id, slug, title, domain, tags, difficulty::text AS difficulty, active,
           (active AND status = 'PUBLISHED' AND current_version_id IS NOT NULL) AS listed
    FROM tasks`;
  return new Map(rows.map((t) => [t.id, t]));
}

interface TaskBest {
  taskId: string;
  /** Mean over the users of each one's best fraction. */
  best: number;
}

function bestsOf(grades: GradeRow[]): TaskBest[] {
  const perUserTask = new Map<string, { taskId: string; best: number }>();
  for (const g of grades) {
    const key = `${g.user_id}\u0000${g.task_id}`;
    const seen = perUserTask.get(key);
    if (!seen || g.ratio > seen.best) perUserTask.set(key, { taskId: g.task_id, best: g.ratio });
  }
  const perTask = new Map<string, number[]>();
  for (const { taskId, best } of perUserTask.values()) push(perTask, taskId, best);
  return [...perTask.entries()].map(([taskId, values]) => ({ taskId, best: values.reduce((a, b) => a + b, 0) / values.length }));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function domainsOf(grades: GradeRow[], bests: TaskBest[], tasks: Map<string, TaskRow>, since: Date): DomainProgress[] {
  const byDomainDay = new Map<string, number[]>();
  for (const g of grades) {
    if (g.graded_at.getTime() < since.getTime()) continue;
    const domain = tasks.get(g.task_id)?.domain ?? "";
    const key = `${domain}\u0000${dayString(g.graded_at)}`;
    push(byDomainDay, key, g.ratio);
  }
  return ckadDomains.map((d) => {
    const own = bests.filter((b) => tasks.get(b.taskId)?.domain === d.name);
    const series = [...byDomainDay.entries()]
      .filter(([key]) => key.startsWith(`${d.name}\u0000`))
      .map(([key, ratios]) => ({ day: key.split("\u0000")[1], percent: round1(100 * mean(ratios)), graded: ratios.length }))
      .sort((a, b) => a.day.localeCompare(b.day));
    return {
      name: d.name,
      weightPercent: d.weightPercent,
      percent: own.length ? round1(100 * mean(own.map((b) => b.best))) : null,
      tasksGraded: own.length,
      series,
    };
  });
}

const difficultyOrder = { EASY: 0, MEDIUM: 1, HARD: 2 } as const;

/** The weakest tags (lowest mean best), each with tasks to practise: tried below full marks first, then untried, easiest first. */
function weakestTagsOf(bests: TaskBest[], tasks: Map<string, TaskRow>): TagProgress[] {
  const bestOf = new Map(bests.map((b) => [b.taskId, b.best]));
  const byTag = new Map<string, number[]>();
  for (const b of bests) for (const tag of tasks.get(b.taskId)?.tags ?? []) push(byTag, tag, b.best);
  return [...byTag.entries()]
    .map(([tag, values]) => ({ tag, percent: round1(100 * mean(values)), tasksGraded: values.length }))
    .filter((t) => t.percent < 100)
    .sort((a, b) => a.percent - b.percent || a.tag.localeCompare(b.tag))
    .slice(0, weakestTagCount)
    .map((t) => ({
      ...t,
      practise: [...tasks.values()]
        .filter((task) => task.listed && task.tags.includes(t.tag) && (bestOf.get(task.id) ?? 0) < 1)
        .sort((a, b) => {
          const ba = bestOf.get(a.id);
          const bb = bestOf.get(b.id);
          if ((ba === undefined) !== (bb === undefined)) return ba === undefined ? 1 : -1;
          return (ba ?? 0) - (bb ?? 0) || difficultyOrder[a.difficulty] - difficultyOrder[b.difficulty] || a.title.localeCompare(b.title);
        })
        .slice(0, practisePerTag)
        .map((task) => ({ slug: task.slug, title: task.title, difficulty: task.difficulty, best: bestOf.has(task.id) ? round1(100 * bestOf.get(task.id)!) : null })),
    }));
}

interface Island {
  first_day: Date;
  last_day: Date;
  length: number;
}

/** Runs of consecutive UTC days with a grade (gaps and islands). */
function islandsOf(grades: GradeRow[]): Island[] {
  const days = [...new Set(grades.map((g) => Math.floor(g.graded_at.getTime() / 86_400_000)))].sort((a, b) => a - b);
  const islands: Island[] = [];
  for (const day of days) {
    const last = islands.at(-1);
    if (last && day === Math.floor(last.last_day.getTime() / 86_400_000) + 1) {
      last.last_day = new Date(day * 86_400_000);
      last.length++;
    } else islands.push({ first_day: new Date(day * 86_400_000), last_day: new Date(day * 86_400_000), length: 1 });
  }
  return islands;
}

export function streakOf(islands: Island[], now: Date): Streak {
  if (islands.length === 0) return { current: 0, longest: 0, lastDay: null };
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const last = islands.reduce((a, b) => (a.last_day.getTime() >= b.last_day.getTime() ? a : b));
  // A `date` comes back as midnight UTC of that day.
  const current = today - last.last_day.getTime() <= 86_400_000 ? Number(last.length) : 0;
  return { current, longest: Math.max(...islands.map((i) => Number(i.length))), lastDay: dayString(last.last_day) };
}

/** A user's progress: their own, or any user's for an admin (null otherwise). */
export async function userProgress(db: PrismaClient, actor: MaybeActor, userId: string, options: ProgressOptions = {}): Promise<UserProgress | null> {
  if (!actor || !canViewUserProgress(actor, userId)) return null;
  const { now, since } = windowOf(options);
  const [grades, tasks] = await Promise.all([gradeRows(db, [userId]), taskRows(db)]);
  const bests = bestsOf(grades);
  return {
    userId,
    gradedSubmissions: grades.length,
    domains: domainsOf(grades, bests, tasks, since),
    weakestTags: weakestTagsOf(bests, tasks),
    streak: streakOf(islandsOf(grades), now),
  };
}

export interface ClassMemberProgress {
  userId: string;
  name: string;
  email: string;
  streak: Streak;
}

export interface ClassProgress {
  classId: string;
  members: number;
  /** Per domain: the members' mean of best fractions per task; the series is the mean over the members' grades of each day. */
  domains: DomainProgress[];
  weakestTags: TagProgress[];
  /** Members with a current streak (a grade today or yesterday, UTC). */
  activeMembers: number;
  memberStreaks: ClassMemberProgress[];
}

/** A class's progress, aggregated over its members: its instructor (or an admin) only. */
export async function classProgress(db: PrismaClient, actor: MaybeActor, classId: string, options: ProgressOptions = {}): Promise<ClassProgress | null> {
  if (!actor || classId.length === 0 || classId.length > 100) return null;
  const cls = await db.class.findUnique({
    where: { id: classId },
    select: { ownerId: true, members: { select: { user: { select: { id: true, name: true, email: true } } } } },
  });
  if (!cls || !canViewClassReports(actor, cls)) return null;
  const { now, since } = windowOf(options);
  const users = cls.members.map((m) => m.user);
  const [grades, tasks] = await Promise.all([gradeRows(db, users.map((u) => u.id)), taskRows(db)]);
  const bests = bestsOf(grades);
  const gradesOf = new Map<string, GradeRow[]>();
  for (const g of grades) push(gradesOf, g.user_id, g);
  const memberStreaks = users
    .map((u) => ({ userId: u.id, name: u.name, email: u.email, streak: streakOf(islandsOf(gradesOf.get(u.id) ?? []), now) }))
    .sort((a, b) => b.streak.current - a.streak.current || a.name.localeCompare(b.name));
  return {
    classId,
    members: users.length,
    domains: domainsOf(grades, bests, tasks, since),
    weakestTags: weakestTagsOf(bests, tasks),
    activeMembers: memberStreaks.filter((m) => m.streak.current > 0).length,
    memberStreaks,
  };
}
