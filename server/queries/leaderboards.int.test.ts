// Leaderboards against a real PostgreSQL: the ranking rules, and the board
// after 200 exam attempts graded concurrently (through recordGrade, as the
// workers store grades) equals a sequential recomputation — both an
// independent one in TypeScript and the database's own, re-settled one
// attempt at a time.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../db";
import { recordGrade, settleExamScore } from "../services/submissions";
import { makeTaskBankFixture, type TaskBankFixture } from "../tasks/task-bank-fixture";
import { syncTaskBankFromDisk } from "../tasks/sync-task-bank";
import { globalLeaderboard, type LeaderboardEntry } from "./leaderboards";

const prisma = createPrismaClient(inject("databaseUrl"));
let bank: TaskBankFixture;
let examVersionId: string;
let tasks: { taskVersionId: string; points: number }[];

beforeAll(async () => {
  bank = makeTaskBankFixture();
  const synced = await syncTaskBankFromDisk(prisma, bank.dir);
  if (!synced.ok) throw new Error("fixture bank refused");
  const exam = await prisma.exam.findUniqueOrThrow({
    where: { slug: "mock-1" },
    select: { currentVersion: { select: { id: true, tasks: { orderBy: { position: "asc" }, select: { taskVersionId: true, taskVersion: { select: { task: { select: { points: true } } } } } } } } },
  });
  examVersionId = exam.currentVersion!.id;
  tasks = exam.currentVersion!.tasks.map((t) => ({ taskVersionId: t.taskVersionId, points: t.taskVersion.task.points }));
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

const t0 = new Date("2026-11-20T09:00:00.000Z").getTime();

interface PlannedAttempt {
  id: string;
  userName: string;
  startedAt: Date;
  closedAt: Date;
  grades: { submissionId: string; score: number; maxScore: number }[];
}

async function makeUsers(count: number): Promise<{ id: string; name: string }[]> {
  const names = Array.from({ length: count }, (_, i) => `U${String(i).padStart(3, "0")}`);
  await prisma.user.createMany({
    data: names.map((name) => ({ name: `Real ${name}`, email: `${name.toLowerCase()}@example.com`, displayName: name, boardIdentity: "DISPLAY_NAME" as const })),
  });
  const users = await prisma.user.findMany({ select: { id: true, displayName: true }, orderBy: { displayName: "asc" } }); // U000 first: without an order, rows come back as the heap has them
  return users.map((u) => ({ id: u.id, name: u.displayName! }));
}

/** Closed exam attempts with QUEUED submissions; the grades to store are planned, not stored. */
async function planAttempts(count: number, users: { id: string; name: string }[], seed: number): Promise<PlannedAttempt[]> {
  const rnd = random(seed);
  const planned: PlannedAttempt[] = [];
  for (let i = 0; i < count; i++) {
    const user = users[Math.floor(rnd() * users.length)];
    const startedAt = new Date(t0 + Math.floor(rnd() * 10) * 3600_000);
    // Few distinct durations and scores, so ties on both happen.
    const closedAt = new Date(startedAt.getTime() + (20 + Math.floor(rnd() * 4) * 10) * 60_000);
    const attempt = await prisma.attempt.create({
      data: { userId: user.id, mode: "EXAM", examVersionId, status: "CLOSED", startedAt, deadline: new Date(startedAt.getTime() + 120 * 60_000), closedAt, closeReason: "FINISHED" },
      select: { id: true },
    });
    const subs = await prisma.submission.createManyAndReturn({
      data: tasks.map((t) => ({ attemptId: attempt.id, taskVersionId: t.taskVersionId, form: "MANIFESTS" as const, content: "x" })),
      select: { id: true, taskVersionId: true },
    });
    planned.push({
      id: attempt.id,
      userName: user.name,
      startedAt,
      closedAt,
      grades: subs.map((s) => ({ submissionId: s.id, score: Math.floor(rnd() * 3), maxScore: 2 })),
    });
  }
  return planned;
}

/** The board by the rules, computed in TypeScript from the planned grades alone. */
function expectedBoard(planned: PlannedAttempt[]): { name: string; rank: number; score: number; timeUsedSeconds: number }[] {
  const scored = planned.map((a) => {
    let score = 0;
    let max = 0;
    a.grades.forEach((g, i) => {
      max += tasks[i].points;
      score += (tasks[i].points * g.score) / g.maxScore;
    });
    score = Math.round(score * 100) / 100;
    return { name: a.userName, score, ratio: score / max, used: (a.closedAt.getTime() - a.startedAt.getTime()) / 1000 };
  });
  const best = new Map<string, (typeof scored)[number]>();
  for (const s of scored) {
    const b = best.get(s.name);
    if (!b || s.ratio > b.ratio || (s.ratio === b.ratio && s.used < b.used)) best.set(s.name, s);
  }
  const sorted = [...best.values()].sort((a, b) => b.ratio - a.ratio || a.used - b.used);
  return sorted.map((s) => ({
    name: s.name,
    rank: 1 + sorted.filter((o) => o.ratio > s.ratio || (o.ratio === s.ratio && o.used < s.used)).length,
    score: s.score,
    timeUsedSeconds: s.used,
  }));
}

const comparable = (entries: Pick<LeaderboardEntry, "name" | "rank" | "score" | "timeUsedSeconds">[]) =>
  entries.map(({ name, rank, score, timeUsedSeconds }) => ({ name, rank, score, timeUsedSeconds })).sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));

describe("globalLeaderboard", () => {
  it("ranks each user's best attempt by percentage, then by time used, with equal ranks for ties", async () => {
    const [ann, bob, cat, dan] = await makeUsers(4);
    const attempt = async (userId: string, score: number, minutes: number, startHour = 0) => {
      const startedAt = new Date(t0 + startHour * 3600_000);
      await prisma.attempt.create({
        data: { userId, mode: "EXAM", examVersionId, status: "CLOSED", startedAt, closedAt: new Date(startedAt.getTime() + minutes * 60_000), score, maxScore: 10 },
      });
    };
    await attempt(ann.id, 8, 50);
    await attempt(ann.id, 9, 70, 1); // Ann's best: 90 %
    await attempt(bob.id, 9, 60); // Bob beats Ann on time
    await attempt(cat.id, 9, 60, 2); // Cat ties Bob
    await attempt(dan.id, 3, 10);
    await prisma.attempt.create({ data: { userId: dan.id, mode: "EXAM", examVersionId, status: "OPEN", startedAt: new Date(t0) } }); // open: not on the board
    const board = await globalLeaderboard(prisma, { id: dan.id, role: "STUDENT" }, "mock-1");
    expect(board!.entries.map((e) => [e.rank, e.name, e.percent, e.timeUsedSeconds])).toEqual([
      [1, "U001", 90, 3600],
      [1, "U002", 90, 3600],
      [3, "U000", 90, 4200],
      [4, "U003", 30, 600],
    ]);
    expect(board!.total).toBe(4);
    expect(board!.you).toMatchObject({ rank: 4, isYou: true });
    expect(board!.entries.filter((e) => e.attemptId !== null).map((e) => e.name)).toEqual(["U003"]);
  });

  it("shows the viewer's own row apart when it is off the page, and names anonymous users Anonymous", async () => {
    const users = await makeUsers(5);
    await prisma.user.update({ where: { id: users[0].id }, data: { boardIdentity: "ANONYMOUS" } });
    for (const [i, u] of users.entries()) {
      await prisma.attempt.create({ data: { userId: u.id, mode: "EXAM", examVersionId, status: "CLOSED", startedAt: new Date(t0), closedAt: new Date(t0 + 60_000), score: 10 - i, maxScore: 10 } });
    }
    const board = await globalLeaderboard(prisma, { id: users[4].id, role: "STUDENT" }, "mock-1", { limit: 2 });
    expect(board!.entries.map((e) => e.name)).toEqual(["Anonymous", "U001"]);
    expect(board!.you).toMatchObject({ rank: 5, name: "U004" });
    const next = await globalLeaderboard(prisma, { id: users[4].id, role: "STUDENT" }, "mock-1", { limit: 2, offset: 2 });
    expect(next!.entries.map((e) => e.rank)).toEqual([3, 4]);
  });

  it("after 200 attempts graded concurrently, equals a sequential recomputation", { timeout: 120_000 }, async () => {
    const users = await makeUsers(120);
    const planned = await planAttempts(200, users, 8);
    const viewer = { id: users[0].id, role: "STUDENT" as const };
    // 16 workers storing the 600 grades in a shuffled order (an attempt's tasks land in different workers at once);
    // boards read meanwhile must not fail.
    const rnd = random(99);
    const queue = planned.flatMap((a) => a.grades).sort(() => rnd() - 0.5);
    const worker = async () => {
      for (let g = queue.pop(); g; g = queue.pop()) {
        await recordGrade(prisma, g.submissionId, { score: g.score, maxScore: g.maxScore, result: {}, graderVersion: "test" }, new Date());
      }
    };
    const readsMeanwhile = Array.from({ length: 5 }, () => globalLeaderboard(prisma, viewer, "mock-1", { limit: 200 }));
    await Promise.all([...Array.from({ length: 16 }, worker), ...readsMeanwhile]);

    const concurrent = await globalLeaderboard(prisma, viewer, "mock-1", { limit: 200 });
    const expected = expectedBoard(planned);
    expect(concurrent!.total).toBe(expected.length);
    expect(comparable(concurrent!.entries)).toEqual(comparable(expected));

    // The database's own sequential recomputation: clear every score, settle the attempts one by one.
    await prisma.attempt.updateMany({ where: { examVersionId }, data: { score: null, maxScore: null } });
    for (const a of planned) await settleExamScore(prisma, a.id);
    const sequential = await globalLeaderboard(prisma, viewer, "mock-1", { limit: 200 });
    expect(comparable(sequential!.entries)).toEqual(comparable(concurrent!.entries));
  });
});
