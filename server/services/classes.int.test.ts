// Classes, exam windows, class reports, roles and progress against a real
// PostgreSQL, with a clock the test moves.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../db";
import type { GradingQueue } from "../grading/grading-queue";
import { buildAuthorizationWorld, type AuthorizationWorld } from "../auth/authorization-world";
import type { Actor } from "../auth/authorization";
import { windowGradesCsv, windowPassRates } from "../queries/class-reports";
import { authoredExam } from "../queries/authored-exams";
import { classDetail, classMembers, myClasses } from "../queries/classes";
import { userProgress } from "../queries/progress";
import { makeTaskBankFixture, fixtureTaskSlugs, type TaskBankFixture } from "../tasks/task-bank-fixture";
import { syncTaskBankFromDisk } from "../tasks/sync-task-bank";
import { inviteCodeNotFound, joinClass, rotateInviteCode } from "./classes";
import { alreadyTaken, openExamWindow, startWindowExam, updateExam } from "./exam-windows";
import { normalizeInviteCode } from "./invite-code";
import { changeRole, lastAdminMessage } from "./roles";
import { updateBoardProfile } from "./profile";

const prisma = createPrismaClient(inject("databaseUrl"));
let bank: TaskBankFixture;
let world: AuthorizationWorld;
let clock: Date;
const closes: { attemptId: string; at: Date }[] = [];
const queue: GradingQueue = { enqueue: async () => undefined, scheduleClose: async (attemptId, at) => void closes.push({ attemptId, at }) };
const deps = () => ({ prisma, queue, now: () => clock });

beforeAll(async () => {
  bank = makeTaskBankFixture();
  const synced = await syncTaskBankFromDisk(prisma, bank.dir);
  if (!synced.ok) throw new Error("fixture bank refused");
});
afterAll(async () => {
  bank.cleanup();
  await prisma.$disconnect();
});
beforeEach(async () => {
  clock = new Date("2026-11-24T10:00:00.000Z");
  world = await buildAuthorizationWorld(prisma, clock);
  closes.length = 0;
});

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(`expected success, got: ${r.message}`);
  return r.value;
};

describe("classes", () => {
  it("makes short, unguessable, distinct invite codes, read back whatever the case and dashes", async () => {
    expect(world.inviteCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const codes = new Set<string>();
    for (let i = 0; i < 20; i++) codes.add(value(await rotateInviteCode(deps(), world.actors.instructor, world.classId)).inviteCode);
    expect(codes.size).toBe(20);
    expect(normalizeInviteCode(" abcde fghjk ")).toBe("ABCDE-FGHJK");
    expect(normalizeInviteCode("ABCDE-FGHJ")).toBeNull();
  });

  it("lets a student join with the code as typed, once, and refuses an unknown or rotated code", async () => {
    const code = world.inviteCode.toLowerCase().replace("-", "");
    expect(value(await joinClass(deps(), world.actors.otherStudent, code))).toMatchObject({ classId: world.classId, alreadyMember: false });
    expect(value(await joinClass(deps(), world.actors.otherStudent, world.inviteCode))).toMatchObject({ alreadyMember: true });
    value(await rotateInviteCode(deps(), world.actors.instructor, world.classId));
    const late = await prisma.user.create({ data: { name: "Late", email: "late@example.com" } });
    expect(await joinClass(deps(), { id: late.id, role: "STUDENT" }, world.inviteCode)).toEqual({ ok: false, status: 404, message: inviteCodeNotFound });
    expect(await joinClass(deps(), world.actors.student, "not a code")).toMatchObject({ ok: false, status: 400 });
  });

  it("shows an instructor only their classes, with the code; a student the classes they joined, without it", async () => {
    const mine = await myClasses(prisma, world.actors.instructor);
    expect(mine!.teaching.map((c) => c.name).sort()).toEqual(["CKAD autumn", "CKAD spare"]);
    expect((await myClasses(prisma, world.actors.otherInstructor))!.teaching.map((c) => c.name)).toEqual(["Someone else's class"]);
    const joined = await myClasses(prisma, world.actors.student);
    expect(joined).toEqual({ teaching: [], joined: [{ id: world.classId, name: "CKAD autumn", members: 1, inviteCode: null }] });
    const detail = await classDetail(prisma, world.actors.instructor, world.classId, clock);
    expect(detail).toMatchObject({ inviteCode: expect.any(String), manages: true, memberCount: 1 });
    expect((await classMembers(prisma, world.actors.instructor, world.classId))!.rows.map((m) => m.name)).toEqual(["Stu Dent"]);
    expect((await classDetail(prisma, world.actors.student, world.classId, clock))!).toMatchObject({ inviteCode: null, manages: false });
    expect(await classMembers(prisma, world.actors.student, world.classId)).toBeNull();
  });

  it("lists a big class's members 50 a page, by name, and finds them by name or email (any case)", async () => {
    const cls = await prisma.class.create({ data: { name: "Big class", ownerId: world.actors.instructor!.id, inviteCode: "BIGCL-ASS00" } });
    const n = 120;
    const users = await prisma.user.createManyAndReturn({
      data: Array.from({ length: n }, (_, i) => ({ name: `Member ${String(i).padStart(3, "0")}`, email: `member-${i}@big.example.com` })),
      select: { id: true },
    });
    await prisma.classMember.createMany({ data: users.map((u) => ({ classId: cls.id, userId: u.id })) });
    const first = (await classMembers(prisma, world.actors.instructor, cls.id))!;
    expect(first).toMatchObject({ matching: n, page: 1, pages: 3, pageSize: 50, search: "" });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0].name).toBe("Member 000");
    const last = (await classMembers(prisma, world.actors.instructor, cls.id, { page: 3 }))!;
    expect(last.rows.map((m) => m.name)).toEqual(Array.from({ length: 20 }, (_, i) => `Member ${100 + i}`));
    // A page past the end shows the last one; nonsense shows the first.
    expect((await classMembers(prisma, world.actors.instructor, cls.id, { page: 99 }))!.page).toBe(3);
    expect((await classMembers(prisma, world.actors.instructor, cls.id, { page: -2 }))!.page).toBe(1);
    const byName = (await classMembers(prisma, world.actors.instructor, cls.id, { search: "  member 01" }))!;
    expect(byName).toMatchObject({ matching: 10, pages: 1, search: "member 01" });
    expect(byName.rows.map((m) => m.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Member 01${i}`));
    const byEmail = (await classMembers(prisma, world.actors.instructor, cls.id, { search: "MEMBER-7@BIG" }))!;
    expect(byEmail.rows.map((m) => m.email)).toEqual(["member-7@big.example.com"]);
    expect((await classMembers(prisma, world.actors.instructor, cls.id, { search: "nobody" }))!).toMatchObject({ rows: [], matching: 0, page: 1, pages: 1 });
    // Only its instructor and an admin; another instructor learns nothing.
    expect((await classMembers(prisma, world.actors.admin, cls.id))!.matching).toBe(n);
    expect(await classMembers(prisma, world.actors.otherInstructor, cls.id)).toBeNull();
  });
});

describe("exam windows", () => {
  async function windowAt(opensInMinutes: number, closesInMinutes: number) {
    return value(
      await openExamWindow(deps(), world.actors.instructor, {
        classId: world.classId,
        examId: world.examId,
        opensAt: new Date(clock.getTime() + opensInMinutes * 60_000).toISOString(),
        closesAt: new Date(clock.getTime() + closesInMinutes * 60_000).toISOString(),
      }),
    ).windowId;
  }

  it("lets a member start only inside the window, by the server's clock", async () => {
    const windowId = await windowAt(60, 180);
    expect(await startWindowExam(deps(), world.actors.student, windowId)).toEqual({ ok: false, status: 403, message: "This exam opens at 2026-11-24 11:00 UTC." });
    clock = new Date(clock.getTime() + 181 * 60_000);
    expect(await startWindowExam(deps(), world.actors.student, windowId)).toEqual({ ok: false, status: 410, message: "This exam closed at 2026-11-24 13:00 UTC." });
    clock = new Date("2026-11-24T11:00:00.000Z");
    const started = value(await startWindowExam(deps(), world.actors.student, windowId));
    expect(started.deadline).toEqual(new Date("2026-11-24T11:30:00.000Z"));
    expect(closes).toEqual([{ attemptId: started.attemptId, at: started.deadline }]);
    expect(value(await startWindowExam(deps(), world.actors.student, windowId)).attemptId).toBe(started.attemptId);
    expect(await startWindowExam(deps(), world.actors.otherStudent, windowId)).toMatchObject({ ok: false, status: 404 });
  });

  it("ends an attempt at the window's close when the exam would run past it, and allows one attempt per window", async () => {
    const windowId = await windowAt(-10, 10);
    const started = value(await startWindowExam(deps(), world.actors.student, windowId));
    expect(started.deadline).toEqual(new Date(clock.getTime() + 10 * 60_000));
    await prisma.attempt.update({ where: { id: started.attemptId }, data: { status: "CLOSED", closedAt: clock } });
    expect(await startWindowExam(deps(), world.actors.student, windowId)).toEqual({ ok: false, status: 409, message: alreadyTaken });
  });

  it("refuses a window that closes before it opens, or is over already", async () => {
    const input = { classId: world.classId, examId: world.examId };
    expect(await openExamWindow(deps(), world.actors.instructor, { ...input, opensAt: clock, closesAt: new Date(clock.getTime() - 1) })).toMatchObject({ ok: false, status: 400, message: expect.stringContaining("close after it opens") });
    expect(await openExamWindow(deps(), world.actors.instructor, { ...input, opensAt: new Date(0), closesAt: new Date(1000) })).toMatchObject({ ok: false, status: 422 });
    expect(await openExamWindow(deps(), world.actors.instructor, { ...input, opensAt: "yesterday", closesAt: "tomorrow" })).toMatchObject({ ok: false, status: 400 });
  });
});

describe("class reports", () => {
  it("gives per-task and per-check pass rates, the most failed check first", async () => {
    const rates = await windowPassRates(prisma, world.actors.instructor, world.windowId);
    expect(rates!.closedAttempts).toBe(1);
    expect(rates!.tasks.map((t) => [t.slug, t.graded, t.fullMarks, t.meanPercent])).toEqual([
      [fixtureTaskSlugs[0], 1, 0, 50],
      [world.publishedSlug, 1, 0, 50],
    ]);
    expect(rates!.hardestChecks.slice(0, 2).map((c) => [c.checkId, c.passPercent])).toEqual([
      ["second", 0],
      ["second", 0],
    ]);
    expect(rates!.tasks[0].checks.map((c) => [c.checkId, c.name, c.passed, c.graded])).toEqual([
      ["second", "Second check", 0, 1],
      ["first", "First check", 1, 1],
    ]);
  });

  it("exports the grades as CSV with formula-looking names defused", async () => {
    await prisma.user.update({ where: { id: world.actors.student!.id }, data: { name: '=HYPERLINK("http://evil")' } });
    const csv = await windowGradesCsv(prisma, world.actors.instructor, world.windowId);
    expect(csv!.fileName).toBe("ckad-autumn-week-1-quiz-grades.csv");
    const lines = csv!.text.replace("\uFEFF", "").split("\r\n");
    expect(lines[0]).toBe(
      "name,email,started_at_utc,closed_at_utc,close_reason,time_used_seconds,score,max_score,percent,passed," +
        `task 1: Configure a pod from a ConfigMap (/4),task 2: published-task (/2)`,
    );
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil"")",stu.dent@example.com,2026-11-24T09:30:00.000Z,2026-11-24T09:50:00.000Z,FINISHED,1200,3,6,50,true,2,1`);
  });
});

describe("roles", () => {
  it("records who changed a role and why, and keeps at least one admin", async () => {
    const admin = world.actors.admin as Actor;
    expect(value(await changeRole(deps(), admin, world.actors.student!.id, { role: "INSTRUCTOR", reason: "TA this term" }))).toMatchObject({ fromRole: "STUDENT", toRole: "INSTRUCTOR", changed: true });
    const audit = await prisma.roleChange.findMany({ select: { userId: true, changedById: true, fromRole: true, toRole: true, reason: true } });
    expect(audit).toEqual([{ userId: world.actors.student!.id, changedById: admin.id, fromRole: "STUDENT", toRole: "INSTRUCTOR", reason: "TA this term" }]);
    expect(await changeRole(deps(), admin, admin.id, { role: "STUDENT" })).toEqual({ ok: false, status: 409, message: lastAdminMessage });
    expect(await changeRole(deps(), admin, world.actors.student!.id, { role: "ROOT" })).toMatchObject({ ok: false, status: 400 });
  });

  it("lets two admins not demote each other at once into having none", async () => {
    const a = world.actors.admin as Actor;
    const b = { id: (await prisma.user.create({ data: { name: "B", email: "b@example.com", role: "ADMIN" } })).id, role: "ADMIN" as const };
    const results = await Promise.all([changeRole(deps(), a, b.id, { role: "STUDENT" }), changeRole(deps(), b, a.id, { role: "STUDENT" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});

describe("profile", () => {
  it("needs a display name to appear by name, and refuses names with markup", async () => {
    expect(await updateBoardProfile(deps(), world.actors.student, { boardIdentity: "DISPLAY_NAME" })).toMatchObject({ ok: false, status: 400, message: expect.stringContaining("displayName") });
    expect(await updateBoardProfile(deps(), world.actors.student, { boardIdentity: "DISPLAY_NAME", displayName: "<b>x</b>" })).toMatchObject({ ok: false, status: 400 });
    expect(value(await updateBoardProfile(deps(), world.actors.student, { boardIdentity: "DISPLAY_NAME", displayName: " Kube Ninja " }))).toEqual({ boardIdentity: "DISPLAY_NAME", displayName: "Kube Ninja" });
  });
});

describe("progress", () => {
  it("counts consecutive UTC days with a graded submission as a streak, current while the last one is today or yesterday", async () => {
    const student = world.actors.student!;
    // The world's grades were stored "now" by the database's clock: put them on the test's day.
    await prisma.grade.updateMany({ where: { submission: { attemptId: world.studentWindowAttemptId } }, data: { createdAt: clock } });
    const version = await prisma.task.findUniqueOrThrow({ where: { slug: fixtureTaskSlugs[1] }, select: { currentVersionId: true, tags: true } });
    const attempt = await prisma.attempt.create({ data: { userId: student.id, mode: "PRACTICE", taskVersionId: version.currentVersionId } });
    // 2026-11-24 (the world's grades), 23 and 22 (just before midnight UTC), then 19 and 18.
    for (const [at, score] of [["2026-11-23T23:59:00Z", 1], ["2026-11-22T00:01:00Z", 4], ["2026-11-19T12:00:00Z", 2], ["2026-11-18T12:00:00Z", 2]] as const) {
      const s = await prisma.submission.create({ data: { attemptId: attempt.id, taskVersionId: version.currentVersionId!, form: "MANIFESTS", content: "x", status: "DONE" } });
      await prisma.grade.create({ data: { submissionId: s.id, score, maxScore: 4, result: {}, graderVersion: "t", createdAt: new Date(at) } });
    }
    const p = await userProgress(prisma, student, student.id, { now: new Date("2026-11-25T08:00:00Z") });
    expect(p!.streak).toEqual({ current: 3, longest: 3, lastDay: "2026-11-24" });
    expect((await userProgress(prisma, student, student.id, { now: new Date("2026-11-26T08:00:00Z") }))!.streak.current).toBe(0);
    const domain = p!.domains.find((d) => d.series.length > 0 && d.series.some((s) => s.day === "2026-11-22"));
    expect(domain!.series.find((s) => s.day === "2026-11-22")).toEqual({ day: "2026-11-22", percent: 100, graded: 1 });
    expect(p!.weakestTags.length).toBeGreaterThan(0);
    for (const t of p!.weakestTags) expect(t.practise.every((task) => task.best === null || task.best < 100)).toBe(true);
  });
});

describe("editing an exam", () => {
  it("makes a new version for new attempts while the one in progress keeps its own; the exam's page shows both", async () => {
    const windowId = value(
      await openExamWindow(deps(), world.actors.instructor, {
        classId: world.classId,
        examId: world.examId,
        opensAt: new Date(clock.getTime() - 60_000),
        closesAt: new Date(clock.getTime() + 3600_000),
      }),
    ).windowId;
    const running = value(await startWindowExam(deps(), world.actors.student, windowId));
    const before = await prisma.attempt.findUniqueOrThrow({ where: { id: running.attemptId }, select: { examVersionId: true } });
    const v1 = (await authoredExam(prisma, world.actors.instructor, world.examId, clock))!;
    expect(v1.version).toBe(1);
    expect(v1.tasks.map((t) => t.slug)).toEqual([fixtureTaskSlugs[0], world.publishedSlug]);

    const input = { title: "Week 1 quiz, revised", durationMinutes: 45, passPercent: 70, taskSlugs: [world.publishedSlug, fixtureTaskSlugs[0]] };
    const saved = value(await updateExam(deps(), world.actors.instructor, world.examId, input));
    const after = (await authoredExam(prisma, world.actors.instructor, world.examId, clock))!;
    expect(after).toMatchObject({ title: "Week 1 quiz, revised", durationMinutes: 45, passPercent: 70, version: 2 });
    expect(after.tasks.map((t) => t.slug)).toEqual([world.publishedSlug, fixtureTaskSlugs[0]]);
    expect(after.totalPoints).toBe(after.tasks.reduce((n, t) => n + t.points, 0));
    // The attempt in progress is still on version 1, and counted there.
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: running.attemptId }, select: { examVersionId: true } })).examVersionId).toBe(before.examVersionId);
    const onV1 = await prisma.attempt.count({ where: { examVersionId: before.examVersionId! } });
    const openOnV1 = await prisma.attempt.count({ where: { examVersionId: before.examVersionId!, status: "OPEN" } });
    expect(openOnV1).toBeGreaterThanOrEqual(1);
    expect(after.versions).toEqual([
      { version: 2, createdAt: expect.any(String), attempts: 0, openAttempts: 0 },
      { version: 1, createdAt: expect.any(String), attempts: onV1, openAttempts: openOnV1 },
    ]);
    expect(after.windows.find((w) => w.windowId === windowId)).toMatchObject({ phase: "OPEN", manages: true, className: "CKAD autumn" });
    // Saving the same content again makes no version 3.
    expect(value(await updateExam(deps(), world.actors.instructor, world.examId, input)).versionId).toBe(saved.versionId);
    // Its author and an admin see it; nobody else learns it exists.
    expect(await authoredExam(prisma, world.actors.admin, world.examId, clock)).not.toBeNull();
    for (const other of [world.actors.otherInstructor, world.actors.student, null]) expect(await authoredExam(prisma, other, world.examId, clock)).toBeNull();
  });
});
