// Progress summaries against a real PostgreSQL: the tables the triggers keep
// (progress_users, progress_days, progress_task_bests) always equal a
// recomputation from the grades themselves — after grades stored concurrently
// through recordGrade (as the workers store them), after grades from other
// days, after deleting an attempt, a submission or a user, and after a task
// changes domain — and the progress queries read the same figures a
// computation from the raw grades gives.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../db";
import { recordGrade } from "../services/submissions";
import { makeTaskBankFixture, type TaskBankFixture } from "../tasks/task-bank-fixture";
import { syncTaskBankFromDisk } from "../tasks/sync-task-bank";
import { classProgress, userProgress } from "./progress";

const prisma = createPrismaClient(inject("databaseUrl"));
let bank: TaskBankFixture;
let taskVersions: { id: string; taskId: string }[];

beforeAll(async () => {
  bank = makeTaskBankFixture();
  const synced = await syncTaskBankFromDisk(prisma, bank.dir);
  if (!synced.ok) throw new Error("fixture bank refused");
  const tasks = await prisma.task.findMany({ where: { source: "BANK", active: true }, orderBy: { slug: "asc" }, select: { id: true, currentVersionId: true } });
  taskVersions = tasks.map((t) => ({ id: t.currentVersionId!, taskId: t.id }));
});
afterAll(async () => {
  bank.cleanup();
  await prisma.$disconnect();
});
beforeEach(async () => {
  await prisma.user.deleteMany();
});

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function makeUsers(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `progress-u${i}`);
  await prisma.user.createMany({ data: ids.map((id) => ({ id, name: id, email: `${id}@example.com` })) });
  return ids;
}

/** Practice attempts, each with one QUEUED submission, spread over the users and tasks. */
async function makeSubmissions(users: string[], count: number, rnd: () => number): Promise<{ submissionId: string; attemptId: string; userId: string }[]> {
  const made = [];
  for (let i = 0; i < count; i++) {
    const userId = users[Math.floor(rnd() * users.length)];
    const version = taskVersions[Math.floor(rnd() * taskVersions.length)];
    const attempt = await prisma.attempt.create({ data: { userId, mode: "PRACTICE", taskVersionId: version.id }, select: { id: true } });
    const submission = await prisma.submission.create({
      data: { attemptId: attempt.id, taskVersionId: version.id, form: "MANIFESTS", content: "x" },
      select: { id: true },
    });
    made.push({ submissionId: submission.id, attemptId: attempt.id, userId });
  }
  return made;
}

interface Summaries {
  users: Map<string, number>;
  days: Map<string, { ratioSum: number; graded: number }>;
  bests: Map<string, { best: number; graded: number }>;
}

/** What the triggers keep. */
async function storedSummaries(): Promise<Summaries> {
  const users = await prisma.$queryRaw<{ user_id: string; graded: number }[]>`SELECT user_id, graded FROM progress_users WHERE graded > 0`;
  const days = await prisma.$queryRaw<{ key: string; ratio_sum: number; graded: number }[]>`
    SELECT user_id || ' ' || to_char(day, 'YYYY-MM-DD') || ' ' || domain AS key, ratio_sum, graded FROM progress_days`;
  const bests = await prisma.$queryRaw<{ key: string; best_ratio: number; graded: number }[]>`
    SELECT user_id || ' ' || task_id::text AS key, best_ratio, graded FROM progress_task_bests`;
  return {
    users: new Map(users.map((r) => [r.user_id, r.graded])),
    days: new Map(days.map((r) => [r.key, { ratioSum: r.ratio_sum, graded: r.graded }])),
    bests: new Map(bests.map((r) => [r.key, { best: r.best_ratio, graded: r.graded }])),
  };
}

interface RawGrade {
  user_id: string;
  task_id: string;
  domain: string;
  ratio: number;
  day: string;
}

async function rawGrades(): Promise<RawGrade[]> {
  return prisma.$queryRaw<RawGrade[]>`
    SELECT a.user_id, tv.task_id::text AS task_id, t.domain, (g.score / g.max_score)::float8 AS ratio, to_char(g.created_at, 'YYYY-MM-DD') AS day
    FROM attempts a JOIN submissions s ON s.attempt_id = a.id JOIN grades g ON g.submission_id = s.id
    JOIN task_versions tv ON tv.id = s.task_version_id JOIN tasks t ON t.id = tv.task_id
    WHERE g.max_score > 0`;
}

/** The same summaries, recomputed in TypeScript from every grade. */
function recomputed(grades: RawGrade[]): Summaries {
  const s: Summaries = { users: new Map(), days: new Map(), bests: new Map() };
  for (const g of grades) {
    s.users.set(g.user_id, (s.users.get(g.user_id) ?? 0) + 1);
    const dayKey = `${g.user_id} ${g.day} ${g.domain}`;
    const day = s.days.get(dayKey) ?? { ratioSum: 0, graded: 0 };
    s.days.set(dayKey, { ratioSum: day.ratioSum + g.ratio, graded: day.graded + 1 });
    const bestKey = `${g.user_id} ${g.task_id}`;
    const best = s.bests.get(bestKey);
    s.bests.set(bestKey, { best: Math.max(best?.best ?? -1, g.ratio), graded: (best?.graded ?? 0) + 1 });
  }
  return s;
}

/** Sums in another order differ in the last bits: compare to 1e-9. */
const rounded = (s: Summaries) => ({
  users: Object.fromEntries([...s.users].sort()),
  days: Object.fromEntries([...s.days].sort().map(([k, v]) => [k, { ratioSum: Math.round(v.ratioSum * 1e9) / 1e9, graded: v.graded }])),
  bests: Object.fromEntries([...s.bests].sort()),
});

async function expectSummariesMatchGrades(): Promise<RawGrade[]> {
  const grades = await rawGrades();
  expect(rounded(await storedSummaries())).toEqual(rounded(recomputed(grades)));
  return grades;
}

const gradeAt = (submissionId: string, score: number, createdAt: Date) => ({
  submissionId,
  score,
  maxScore: 4,
  result: { checks: [] },
  graderVersion: "test",
  createdAt,
});

describe("progress summaries", () => {
  it("equal a recomputation from the grades after 300 grades stored by 16 concurrent graders, and after grades of other days", { timeout: 120_000 }, async () => {
    const rnd = random(8);
    // Few users and tasks: many grades of one (user, day, domain) and (user, task) race each other.
    const users = await makeUsers(6);
    const subs = await makeSubmissions(users, 300, rnd);
    const planned = subs.map((s) => ({ ...s, score: Math.floor(rnd() * 5) }));
    // 16 graders at once, as 16 worker threads store their grades.
    const queue = [...planned];
    const stored: boolean[] = [];
    const grader = async () => {
      for (let p = queue.shift(); p; p = queue.shift()) {
        stored.push(await recordGrade(prisma, p.submissionId, { score: p.score, maxScore: 4, result: { checks: [] }, graderVersion: "test" }, new Date()));
      }
    };
    await Promise.all(Array.from({ length: 16 }, grader));
    expect(stored.filter(Boolean)).toHaveLength(300);
    const grades = await expectSummariesMatchGrades();
    expect(grades).toHaveLength(300);

    // Grades of earlier days (in bulk, as a restore or the load seeder writes them), and a grade without a maximum (not counted).
    const earlier = await makeSubmissions(users, 60, rnd);
    const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 12));
    await prisma.grade.createMany({ data: earlier.slice(0, 59).map((s, i) => gradeAt(s.submissionId, i % 5, day(i % 9))) });
    await prisma.grade.create({ data: { ...gradeAt(earlier[59].submissionId, 0, day(3)), maxScore: 0 } });
    expect(await expectSummariesMatchGrades()).toHaveLength(359);
  });

  it("follow deletions of a grade, a submission, an attempt and a user, and a task moved to another domain", { timeout: 120_000 }, async () => {
    const rnd = random(11);
    const users = await makeUsers(4);
    const subs = await makeSubmissions(users, 80, rnd);
    await prisma.grade.createMany({ data: subs.map((s, i) => gradeAt(s.submissionId, Math.floor(rnd() * 5), new Date(Date.UTC(2026, 10, 1 + (i % 6), 8)))) });
    await expectSummariesMatchGrades();

    await prisma.grade.delete({ where: { submissionId: subs[0].submissionId } });
    await expectSummariesMatchGrades();
    await prisma.submission.delete({ where: { id: subs[1].submissionId } });
    await expectSummariesMatchGrades();
    await prisma.attempt.deleteMany({ where: { id: { in: [subs[2].attemptId, subs[3].attemptId] } } });
    await expectSummariesMatchGrades();
    await prisma.user.delete({ where: { id: users[0] } });
    expect(await prisma.$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM progress_days WHERE user_id = ${users[0]}`).toEqual([{ n: 0 }]);
    await expectSummariesMatchGrades();

    const moved = taskVersions[0].taskId;
    const before = await prisma.task.findUniqueOrThrow({ where: { id: moved }, select: { domain: true } });
    try {
      await prisma.task.update({ where: { id: moved }, data: { domain: "Services and Networking" === before.domain ? "Application Deployment" : "Services and Networking" } });
      await expectSummariesMatchGrades();
    } finally {
      await prisma.task.update({ where: { id: moved }, data: { domain: before.domain } });
    }
    await expectSummariesMatchGrades();
  });
});

describe("progress queries on the summaries", () => {
  it("give the figures of a computation from the raw grades: series, bests, streaks, graded count", { timeout: 120_000 }, async () => {
    const rnd = random(21);
    const users = await makeUsers(5);
    const owner = await prisma.user.create({ data: { id: "progress-owner", name: "Owner", email: "owner@example.com", role: "INSTRUCTOR" }, select: { id: true } });
    const cls = await prisma.class.create({ data: { name: "Progress class", ownerId: owner.id, inviteCode: "PROGRESS1" }, select: { id: true } });
    await prisma.classMember.createMany({ data: users.map((userId) => ({ classId: cls.id, userId })) });
    const now = new Date(Date.UTC(2026, 10, 24, 15));
    // Days 0..9 before `now`, with a gap, so streaks have several runs and a current one.
    const offsets = [0, 1, 2, 4, 5, 9];
    const subs = await makeSubmissions(users, 120, rnd);
    await prisma.grade.createMany({
      data: subs.map((s) => gradeAt(s.submissionId, Math.floor(rnd() * 5), new Date(now.getTime() - offsets[Math.floor(rnd() * offsets.length)] * 86_400_000 - 3600_000))),
    });
    const grades = await expectSummariesMatchGrades();

    const progress = await classProgress(prisma, { id: owner.id, role: "INSTRUCTOR" }, cls.id, { now, days: 30 });
    expect(progress).not.toBeNull();
    // Series: per (domain, day), the mean of the members' grades.
    const series = new Map<string, number[]>();
    for (const g of grades) series.set(`${g.domain} ${g.day}`, [...(series.get(`${g.domain} ${g.day}`) ?? []), g.ratio]);
    const got = progress!.domains.flatMap((d) => d.series.map((p) => [`${d.name} ${p.day}`, { percent: p.percent, graded: p.graded }] as const));
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    expect(Object.fromEntries(got)).toEqual(
      Object.fromEntries([...series].map(([k, v]) => [k, { percent: Math.round(1000 * mean(v)) / 10, graded: v.length }])),
    );
    // Per domain: the mean over tasks of the members' mean best.
    for (const d of progress!.domains) {
      const tasksOf = [...new Set(grades.filter((g) => g.domain === d.name).map((g) => g.task_id))];
      if (tasksOf.length === 0) {
        expect(d.percent).toBeNull();
        continue;
      }
      const perTask = tasksOf.map((t) => {
        const usersOf = [...new Set(grades.filter((g) => g.task_id === t).map((g) => g.user_id))];
        return mean(usersOf.map((u) => Math.max(...grades.filter((g) => g.task_id === t && g.user_id === u).map((g) => g.ratio))));
      });
      expect(d.percent).toBe(Math.round(1000 * mean(perTask)) / 10);
    }
    // Streaks: runs of consecutive UTC days, current when the last day is today or yesterday.
    for (const m of progress!.memberStreaks) {
      const days = [...new Set(grades.filter((g) => g.user_id === m.userId).map((g) => Date.parse(`${g.day}T00:00:00Z`) / 86_400_000))].sort((a, b) => a - b);
      const runs: number[][] = [];
      for (const d of days) {
        if (runs.length && runs.at(-1)!.at(-1) === d - 1) runs.at(-1)!.push(d);
        else runs.push([d]);
      }
      const last = runs.at(-1)!;
      const today = Date.UTC(2026, 10, 24) / 86_400_000;
      expect(m.streak).toEqual({
        current: today - last.at(-1)! <= 1 ? last.length : 0,
        longest: Math.max(...runs.map((r) => r.length)),
        lastDay: new Date(last.at(-1)! * 86_400_000).toISOString().slice(0, 10),
      });
    }
    const mine = await userProgress(prisma, { id: users[1], role: "STUDENT" }, users[1], { now });
    expect(mine!.gradedSubmissions).toBe(grades.filter((g) => g.user_id === users[1]).length);
    expect(mine!.streak).toEqual(progress!.memberStreaks.find((m) => m.userId === users[1])!.streak);
  });
});
