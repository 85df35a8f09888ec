// Progress, per user and per class, from the grades of their submissions
// (practice and exams alike):
// - score over time per CKAD domain: the mean score fraction of the grades of
//   each UTC day, for the chart;
// - per domain and per tag: the mean of the best fraction reached on each task;
//   the weakest tags come with tasks to practise next (tasks of the tag not yet
//   mastered — tried ones below full marks first, then untried, easiest first);
// - streaks: consecutive days with at least one graded submission.
//
// Read from the progress summaries (progress_users, progress_days,
// progress_task_bests: see prisma/migrations/20261125090000_progress_summaries),
// which triggers keep in the transaction that stores each grade, and
// aggregated by the database, so a class of 200 returns a few hundred rows
// instead of its ~11,000 grades.
//
// Days are UTC days (the server's time zone for every user: the database
// stores UTC, and a streak must not depend on the zone a browser claims). A
// streak is current when its last day is today or yesterday (UTC), so it does
// not break before the user had a chance to practise today.
import { ckadDomains } from "@kubedojo/grader";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
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

interface DayRow {
  day: string;
  domain: string;
  ratio_sum: number;
  graded: number;
}

/** Whose progress: one user, or the members of a class. */
type Whose = { userId: string } | { classId: string };

/** The summary rows of `whose` (a fragment of a tagged template: values stay parameters). */
const rowsOf = (whose: Whose) =>
  "userId" in whose ? Prisma.sql`user_id = ${whose.userId}` : Prisma.sql`user_id IN (SELECT user_id FROM class_members WHERE class_id = ${whose.classId})`;

/** The summed grades of each (UTC day, domain) since `since`, over the users (progress_days). */
async function dayRows(db: PrismaClient, whose: Whose, since: Date): Promise<DayRow[]> {
  return db.$queryRaw<DayRow[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, domain, SUM(ratio_sum)::float8 AS ratio_sum, SUM(graded)::int AS graded
    FROM progress_days
    WHERE ${rowsOf(whose)} AND day >= ${dayString(since)}::date
    GROUP BY day, domain`;
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

/** Per task graded by any of the users, the mean of their best fractions (progress_task_bests). */
async function taskBests(db: PrismaClient, whose: Whose): Promise<TaskBest[]> {
  return db.$queryRaw<TaskBest[]>`
    SELECT task_id::text AS "taskId", AVG(best_ratio)::float8 AS best
    FROM progress_task_bests
    WHERE ${rowsOf(whose)}
    GROUP BY task_id`;
}

/** What a streak is made of: a user's days with a grade, as runs of consecutive UTC days. */
export interface StreakSummary {
  /** The last UTC day with a grade, `2026-11-24`. */
  lastDay: string;
  /** Days in the run that ends on lastDay. */
  lastLength: number;
  /** Days in the longest run. */
  longest: number;
}

/** Each user's runs of consecutive days with a grade (gaps and islands, in SQL), reduced to what a streak needs. */
async function streakSummaries(db: PrismaClient, whose: Whose): Promise<Map<string, StreakSummary>> {
  const rows = await db.$queryRaw<(StreakSummary & { userId: string })[]>`
    WITH days AS (
      SELECT DISTINCT user_id, day FROM progress_days WHERE ${rowsOf(whose)}
    ), islands AS (
      SELECT user_id, day, day - (ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day))::int AS island FROM days
    ), runs AS (
      SELECT user_id, MAX(day) AS last_day, COUNT(*)::int AS length FROM islands GROUP BY user_id, island
    )
    SELECT user_id AS "userId", to_char(MAX(last_day), 'YYYY-MM-DD') AS "lastDay", MAX(length)::int AS longest,
           (ARRAY_AGG(length ORDER BY last_day DESC))[1]::int AS "lastLength"
    FROM runs GROUP BY user_id`;
  return new Map(rows.map(({ userId, ...summary }) => [userId, summary]));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function domainsOf(days: DayRow[], bests: TaskBest[], tasks: Map<string, TaskRow>): DomainProgress[] {
  return ckadDomains.map((d) => {
    const own = bests.filter((b) => tasks.get(b.taskId)?.domain === d.name);
    const series = days
      .filter((r) => r.domain === d.name && r.graded > 0)
      .map((r) => ({ day: r.day, percent: round1((100 * r.ratio_sum) / r.graded), graded: r.graded }))
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

/** A streak as of `now`: current while its last day is today or yesterday (UTC). */
export function streakOf(summary: StreakSummary | undefined, now: Date): Streak {
  if (!summary) return { current: 0, longest: 0, lastDay: null };
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const current = today - Date.parse(`${summary.lastDay}T00:00:00Z`) <= 86_400_000 ? summary.lastLength : 0;
  return { current, longest: summary.longest, lastDay: summary.lastDay };
}

/** A user's progress: their own, or any user's for an admin (null otherwise). */
export async function userProgress(db: PrismaClient, actor: MaybeActor, userId: string, options: ProgressOptions = {}): Promise<UserProgress | null> {
  if (!actor || !canViewUserProgress(actor, userId)) return null;
  const { now, since } = windowOf(options);
  const [counted, days, bests, streaks, tasks] = await Promise.all([
    db.$queryRaw<{ graded: number }[]>`SELECT graded FROM progress_users WHERE user_id = ${userId}`,
    dayRows(db, { userId }, since),
    taskBests(db, { userId }),
    streakSummaries(db, { userId }),
    taskRows(db),
  ]);
  return {
    userId,
    gradedSubmissions: counted[0]?.graded ?? 0,
    domains: domainsOf(days, bests, tasks),
    weakestTags: weakestTagsOf(bests, tasks),
    streak: streakOf(streaks.get(userId), now),
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
  const cls = await db.class.findUnique({ where: { id: classId }, select: { ownerId: true } });
  if (!cls || !canViewClassReports(actor, cls)) return null;
  const { now, since } = windowOf(options);
  // The members' ids come from the join inside each query, so all five run at once.
  const members = db.$queryRaw<{ id: string; name: string; email: string }[]>`
    SELECT u.id, u.name, u.email FROM class_members cm JOIN users u ON u.id = cm.user_id WHERE cm.class_id = ${classId}`;
  const [users, days, bests, streaks, tasks] = await Promise.all([
    members,
    dayRows(db, { classId }, since),
    taskBests(db, { classId }),
    streakSummaries(db, { classId }),
    taskRows(db),
  ]);
  const memberStreaks = users
    .map((u) => ({ userId: u.id, name: u.name, email: u.email, streak: streakOf(streaks.get(u.id), now) }))
    .sort((a, b) => b.streak.current - a.streak.current || a.name.localeCompare(b.name));
  return {
    classId,
    members: users.length,
    domains: domainsOf(days, bests, tasks),
    weakestTags: weakestTagsOf(bests, tasks),
    activeMembers: memberStreaks.filter((m) => m.streak.current > 0).length,
    memberStreaks,
  };
}
