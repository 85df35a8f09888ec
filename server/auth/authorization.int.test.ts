// The authorization matrix: every service and query of classes, exams,
// authored tasks, leaderboards, progress and roles × the six personas, each
// cell asserted allowed or denied — then the leaks the issue names: another
// user's answers, checks or solutions before an attempt closes, draft tasks.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../db";
import { attemptResultsForReviewer, windowAttempts, windowGradesCsv, windowPassRates } from "../queries/class-reports";
import { classDetail, composableTasks, myClasses, openableExams } from "../queries/classes";
import { authoredTaskForEditor, authoredTasks } from "../queries/authored-tasks";
import { examCatalog, taskCatalog } from "../queries/catalog";
import { classLeaderboard, globalLeaderboard } from "../queries/leaderboards";
import { classProgress, userProgress } from "../queries/progress";
import { roleChanges, usersWithRoles } from "../queries/role-changes";
import { startExam, startPractice } from "../services/attempts";
import {
  createAuthoredTask,
  exportTaskYaml,
  importTaskYaml,
  publishTask,
  retireAuthoredTask,
  saveTaskDraft,
  validateTaskDraft,
} from "../services/authored-tasks";
import { createClass, joinClass, removeMember, renameClass, rotateInviteCode } from "../services/classes";
import { composeExam, openExamWindow, rescheduleExamWindow, startWindowExam, updateExam } from "../services/exam-windows";
import { boardProfile, updateBoardProfile } from "../services/profile";
import { changeRole } from "../services/roles";
import { makeTaskBankFixture, fixtureTaskSlugs, type TaskBankFixture } from "../tasks/task-bank-fixture";
import { syncTaskBankFromDisk } from "../tasks/sync-task-bank";
import { buildAuthorizationWorld, outcomeOf, personas, type AuthorizationWorld, type MatrixRow } from "./authorization-world";

const prisma = createPrismaClient(inject("databaseUrl"));
let bank: TaskBankFixture;
let world: AuthorizationWorld;

beforeAll(async () => {
  bank = makeTaskBankFixture();
  const synced = await syncTaskBankFromDisk(prisma, bank.dir);
  if (!synced.ok) throw new Error("fixture bank refused");
  world = await buildAuthorizationWorld(prisma, new Date());
});
afterAll(async () => {
  bank.cleanup();
  await prisma.$disconnect();
});

const deps = (w: AuthorizationWorld) => ({ prisma: w.prisma, queue: w.queue, now: () => w.now, checkTask: async () => [] });
const signedIn = ["student", "otherStudent", "otherInstructor", "instructor", "admin"] as const;
const staff = ["otherInstructor", "instructor", "admin"] as const;
const classManagers = ["instructor", "admin"] as const;

/** A user to act on, made for the row (so rows do not depend on each other's writes). */
async function throwawayUser(w: AuthorizationWorld): Promise<string> {
  const n = Math.random().toString(36).slice(2);
  return (await w.prisma.user.create({ data: { name: `T ${n}`, email: `t-${n}@example.com` } })).id;
}

const windowInput = (w: AuthorizationWorld) => ({
  classId: w.classId,
  examId: w.examId,
  opensAt: new Date(w.now.getTime() - 3600_000),
  closesAt: new Date(w.now.getTime() + 3600_000),
});

const serviceAndQueryMatrix: MatrixRow[] = [
  // Roles and profile
  { name: "changeRole", allowed: ["admin"], run: async (w, a) => changeRole(deps(w), a, await throwawayUser(w), { role: "INSTRUCTOR", reason: "matrix" }) },
  { name: "usersWithRoles", allowed: ["admin"], run: (w, a) => usersWithRoles(w.prisma, a) },
  { name: "roleChanges", allowed: ["admin"], run: (w, a) => roleChanges(w.prisma, a) },
  { name: "updateBoardProfile", allowed: signedIn, run: (w, a) => updateBoardProfile(deps(w), a, { boardIdentity: "ANONYMOUS" }) },
  { name: "boardProfile", allowed: signedIn, run: (w, a) => boardProfile(w.prisma, a) },
  // Classes
  { name: "createClass", allowed: staff, run: (w, a) => createClass(deps(w), a, { name: "New class" }) },
  { name: "renameClass", allowed: classManagers, run: (w, a) => renameClass(deps(w), a, w.classId, { name: "CKAD autumn" }) },
  { name: "rotateInviteCode", allowed: classManagers, run: (w, a) => rotateInviteCode(deps(w), a, w.classId) },
  // The spare class's own instructor does not join it (409).
  { name: "joinClass", allowed: ["student", "otherStudent", "otherInstructor", "admin"], run: (w, a) => joinClass(deps(w), a, w.spareClassCode) },
  {
    name: "removeMember",
    allowed: classManagers,
    run: async (w, a) => {
      const userId = await throwawayUser(w);
      await w.prisma.classMember.create({ data: { classId: w.classId, userId } });
      return removeMember(deps(w), a, w.classId, userId);
    },
  },
  { name: "myClasses", allowed: signedIn, run: (w, a) => myClasses(w.prisma, a) },
  { name: "classDetail", allowed: ["student", "instructor", "admin"], run: (w, a) => classDetail(w.prisma, a, w.classId, w.now) },
  // Exams and windows
  { name: "composableTasks", allowed: staff, run: (w, a) => composableTasks(w.prisma, a) },
  { name: "openableExams", allowed: staff, run: (w, a) => openableExams(w.prisma, a) },
  { name: "composeExam", allowed: staff, run: (w, a) => composeExam(deps(w), a, { title: "Quiz", durationMinutes: 10, passPercent: 50, taskSlugs: [fixtureTaskSlugs[1]] }) },
  {
    name: "updateExam",
    allowed: classManagers,
    run: (w, a) => updateExam(deps(w), a, w.examId, { title: "Week 1 quiz", durationMinutes: 30, passPercent: 50, taskSlugs: [fixtureTaskSlugs[0], w.publishedSlug] }),
  },
  { name: "openExamWindow", allowed: classManagers, run: (w, a) => openExamWindow(deps(w), a, windowInput(w)) },
  { name: "rescheduleExamWindow", allowed: classManagers, run: (w, a) => rescheduleExamWindow(deps(w), a, w.freshWindowId, windowInput(w)) },
  { name: "startWindowExam (members only, inside the window)", allowed: ["student"], run: (w, a) => startWindowExam(deps(w), a, w.freshWindowId) },
  { name: "startExam of a class's exam by slug (never: windows only)", allowed: [], run: async (w, a) => (a ? startExam(deps(w), a.id, (await w.prisma.exam.findUniqueOrThrow({ where: { id: w.examId } })).slug) : null) },
  // Authored tasks
  { name: "createAuthoredTask", allowed: staff, run: (w, a) => createAuthoredTask(deps(w), a) },
  { name: "authoredTasks", allowed: staff, run: (w, a) => authoredTasks(w.prisma, a) },
  { name: "authoredTaskForEditor (a draft)", allowed: classManagers, run: (w, a) => authoredTaskForEditor(w.prisma, a, w.draftTaskId) },
  {
    name: "saveTaskDraft",
    allowed: classManagers,
    run: async (w, a) => saveTaskDraft(deps(w), a, w.draftTaskId, (await w.prisma.task.findUniqueOrThrow({ where: { id: w.draftTaskId } })).draftYaml),
  },
  { name: "validateTaskDraft", allowed: classManagers, run: (w, a) => validateTaskDraft(deps(w), a, w.draftTaskId) },
  { name: "publishTask (the published one again)", allowed: classManagers, run: (w, a) => publishTask(deps(w), a, w.publishedTaskId) },
  { name: "exportTaskYaml", allowed: classManagers, run: (w, a) => exportTaskYaml(w.prisma, a, w.draftTaskId) },
  {
    name: "importTaskYaml (over the instructor's draft)",
    allowed: classManagers,
    run: async (w, a) => importTaskYaml(deps(w), a, (await w.prisma.task.findUniqueOrThrow({ where: { id: w.draftTaskId } })).draftYaml),
  },
  {
    name: "retireAuthoredTask",
    allowed: classManagers,
    run: async (w, a) => {
      const created = await createAuthoredTask(deps(w), w.actors.instructor);
      return retireAuthoredTask(deps(w), a, created.ok ? created.value.taskId : "");
    },
  },
  // Leaderboards, progress, reports
  { name: "globalLeaderboard", allowed: signedIn, run: (w, a) => globalLeaderboard(w.prisma, a, "mock-1") },
  { name: "classLeaderboard", allowed: ["student", "instructor", "admin"], run: (w, a) => classLeaderboard(w.prisma, a, w.classId, w.examId) },
  { name: "userProgress (the student's)", allowed: ["student", "admin"], run: (w, a) => userProgress(w.prisma, a, w.actors.student!.id, { now: w.now }) },
  { name: "classProgress", allowed: classManagers, run: (w, a) => classProgress(w.prisma, a, w.classId, { now: w.now }) },
  { name: "windowAttempts", allowed: classManagers, run: (w, a) => windowAttempts(w.prisma, a, w.windowId) },
  { name: "windowPassRates", allowed: classManagers, run: (w, a) => windowPassRates(w.prisma, a, w.windowId) },
  { name: "windowGradesCsv", allowed: classManagers, run: (w, a) => windowGradesCsv(w.prisma, a, w.windowId) },
  { name: "attemptResultsForReviewer (a class attempt)", allowed: ["student", "instructor", "admin"], run: (w, a) => attemptResultsForReviewer(w.prisma, a, w.studentWindowAttemptId) },
  { name: "attemptResultsForReviewer (a practice outside the class)", allowed: ["student", "admin"], run: (w, a) => attemptResultsForReviewer(w.prisma, a, w.studentPracticeAttemptId) },
];

describe("the authorization matrix of services and queries", () => {
  for (const row of serviceAndQueryMatrix) {
    it(`${row.name}: allowed for ${row.allowed.join(", ") || "nobody"}, denied for the rest`, async () => {
      const got: Record<string, string> = {};
      for (const persona of personas) got[persona] = outcomeOf(await row.run(world, world.actors[persona]));
      const want = Object.fromEntries(personas.map((p) => [p, row.allowed.includes(p) ? "allowed" : "denied"]));
      expect(got).toEqual(want);
    });
  }
});

describe("no leaks", () => {
  it("draft tasks are invisible to students: not in the catalog, not practisable, not usable in another's exam", async () => {
    const catalog = await taskCatalog(prisma, world.actors.student!.id, {});
    const slugs = catalog.domains.flatMap((d) => d.tasks.map((t) => t.slug));
    expect(slugs).toContain(world.publishedSlug);
    expect(slugs).not.toContain(world.draftSlug);
    expect(slugs.some((s) => s.startsWith("draft_"))).toBe(false);
    const draftRow = await prisma.task.findUniqueOrThrow({ where: { id: world.draftTaskId } });
    expect(await startPractice(deps(world), world.actors.student!.id, draftRow.slug)).toMatchObject({ ok: false, status: 404 });
    const composed = await composeExam(deps(world), world.actors.otherInstructor, { title: "x", durationMinutes: 5, passPercent: 1, taskSlugs: [draftRow.slug] });
    expect(composed).toMatchObject({ ok: false, status: 422 });
    expect(JSON.stringify(composed)).toContain("no published task");
  });

  it("a class's exam is not in the public exam catalog", async () => {
    const exams = await examCatalog(prisma, world.actors.student!.id);
    expect(exams.map((e) => e.title)).not.toContain("Week 1 quiz");
  });

  it("an open exam shows its instructor neither answers, checks nor solutions", async () => {
    const started = await startWindowExam(deps(world), world.actors.otherStudent, world.freshWindowId);
    expect(started.ok).toBe(false); // not a member
    const mine = await startWindowExam(deps(world), world.actors.student, world.freshWindowId);
    if (!mine.ok) throw new Error(mine.message);
    const seen = await attemptResultsForReviewer(prisma, world.actors.instructor, mine.value.attemptId);
    expect(seen).toEqual({ found: true, open: true });
  });

  it("classmates see neither each other's attempts nor real names on the class board; the instructor does", async () => {
    const extra = await prisma.user.create({ data: { name: "Real Name", email: "real@example.com" } });
    await prisma.classMember.create({ data: { classId: world.classId, userId: extra.id } });
    const asStudent = await classLeaderboard(prisma, { id: extra.id, role: "STUDENT" }, world.classId, world.examId);
    expect(asStudent!.entries).toHaveLength(1);
    expect(asStudent!.entries[0]).toMatchObject({ name: "Anonymous", attemptId: null, isYou: false });
    const asInstructor = await classLeaderboard(prisma, world.actors.instructor, world.classId, world.examId);
    expect(asInstructor!.entries[0]).toMatchObject({ name: "Stu Dent", attemptId: world.studentWindowAttemptId });
  });

  it("a bank task's source (checks, solution) is not exported through the authoring service", async () => {
    const bankTask = await prisma.task.findFirstOrThrow({ where: { source: "BANK" } });
    expect(await exportTaskYaml(prisma, world.actors.admin, bankTask.id)).toMatchObject({ ok: false, status: 404 });
  });
});
