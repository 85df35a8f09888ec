// For tests: a small world in which every authorization decision has an
// answer — six personas (anonymous, a student of the class, another student,
// an instructor of another class, the class's instructor, an admin), a class
// with an exam window and a graded attempt, a draft and a published authored
// task — and the cell logic of the authorization matrix. The matrix of
// services and queries is authorization.int.test.ts; pages and routes can add
// rows with the same `MatrixRow` shape.
import type { PrismaClient } from "@/generated/prisma/client";
import type { GradingQueue } from "../grading/grading-queue";
import { createClass, joinClass } from "../services/classes";
import { composeExam, openExamWindow } from "../services/exam-windows";
import { createAuthoredTask, publishTask, saveTaskDraft } from "../services/authored-tasks";
import { recordGrade } from "../services/submissions";
import { fixtureTaskSlugs } from "../tasks/task-bank-fixture";
import type { Actor, MaybeActor } from "./authorization";

export const personas = ["anonymous", "student", "otherStudent", "otherInstructor", "instructor", "admin"] as const;
export type Persona = (typeof personas)[number];

export interface AuthorizationWorld {
  prisma: PrismaClient;
  queue: GradingQueue;
  now: Date;
  actors: Record<Persona, MaybeActor>;
  /** The instructor's class; `student` is a member, `otherStudent` is not. */
  classId: string;
  inviteCode: string;
  /** A second class of the instructor's, for joining. */
  spareClassCode: string;
  examId: string;
  /** Open now; `student` has a closed, graded attempt through it. */
  windowId: string;
  /** Open now too; nobody has started it. */
  freshWindowId: string;
  studentWindowAttemptId: string;
  /** `student`'s practice attempt, outside any class. */
  studentPracticeAttemptId: string;
  /** The instructor's authored tasks. */
  draftTaskId: string;
  draftSlug: string;
  publishedTaskId: string;
  publishedSlug: string;
}

const noQueue: GradingQueue = { enqueue: async () => undefined, scheduleClose: async () => undefined };

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(`world setup refused: ${r.message}`);
  return r.value;
};

/** A template task renamed, so a published copy does not clash with the draft. */
const renamed = (yaml: string, slug: string) => yaml.replace(/^id: .*$/m, `id: application-design-and-build/${slug}`).replace(/^title: .*$/m, `title: ${slug}`);

/** Builds the world in a database where the fixture task bank is synced (every user is deleted first). */
export async function buildAuthorizationWorld(prisma: PrismaClient, now = new Date()): Promise<AuthorizationWorld> {
  await prisma.user.deleteMany();
  await prisma.exam.deleteMany({ where: { source: "AUTHORED" } });
  await prisma.task.deleteMany({ where: { source: "AUTHORED" } });
  const user = async (name: string, role: Actor["role"]): Promise<Actor> => {
    const u = await prisma.user.create({ data: { name, email: `${name.toLowerCase().replace(/ /g, ".")}@example.com`, role } });
    return { id: u.id, role };
  };
  const actors: Record<Persona, MaybeActor> = {
    anonymous: null,
    student: await user("Stu Dent", "STUDENT"),
    otherStudent: await user("Otto Student", "STUDENT"),
    otherInstructor: await user("Olga Instructor", "INSTRUCTOR"),
    instructor: await user("Ines Instructor", "INSTRUCTOR"),
    admin: await user("Ada Admin", "ADMIN"),
  };
  const deps = { prisma, now: () => now, checkTask: async () => [] };
  const cls = value(await createClass(deps, actors.instructor, { name: "CKAD autumn" }));
  const spare = value(await createClass(deps, actors.instructor, { name: "CKAD spare" }));
  await createClass(deps, actors.otherInstructor, { name: "Someone else's class" });
  value(await joinClass(deps, actors.student, cls.inviteCode));

  const draft = value(await createAuthoredTask(deps, actors.instructor));
  const draftSlug = "application-design-and-build/draft-only";
  value(await saveTaskDraft(deps, actors.instructor, draft.taskId, renamed(draft.yaml, "draft-only")));
  const published = value(await createAuthoredTask(deps, actors.instructor));
  const publishedSlug = "application-design-and-build/published-task";
  value(await saveTaskDraft(deps, actors.instructor, published.taskId, renamed(published.yaml, "published-task")));
  const pub = await publishTask(deps, actors.instructor, published.taskId);
  if (!pub.ok) throw new Error(`world setup: publish refused: ${pub.message}`);

  const exam = value(await composeExam(deps, actors.instructor, { title: "Week 1 quiz", durationMinutes: 30, passPercent: 50, taskSlugs: [fixtureTaskSlugs[0], publishedSlug] }));
  const window = { classId: cls.id, examId: exam.examId, opensAt: new Date(now.getTime() - 3600_000), closesAt: new Date(now.getTime() + 3600_000) };
  const w = value(await openExamWindow(deps, actors.instructor, window));
  const fresh = value(await openExamWindow(deps, actors.instructor, window));

  // The student's attempt through the window, closed and graded (one check failed).
  const version = await prisma.exam.findUniqueOrThrow({ where: { id: exam.examId }, select: { currentVersion: { select: { id: true, tasks: { orderBy: { position: "asc" }, select: { taskVersionId: true } } } } } });
  const taskVersionIds = version.currentVersion!.tasks.map((t) => t.taskVersionId);
  const attempt = await prisma.attempt.create({
    data: {
      userId: actors.student!.id,
      mode: "EXAM",
      examVersionId: version.currentVersion!.id,
      examWindowId: w.windowId,
      status: "CLOSED",
      startedAt: new Date(now.getTime() - 1800_000),
      deadline: new Date(now.getTime()),
      closedAt: new Date(now.getTime() - 600_000),
      closeReason: "FINISHED",
      answers: { createMany: { data: taskVersionIds.map((taskVersionId) => ({ taskVersionId, content: "kind: Pod # secret answer" })) } },
    },
    select: { id: true },
  });
  for (const taskVersionId of taskVersionIds) {
    const s = await prisma.submission.create({ data: { attemptId: attempt.id, taskVersionId, form: "MANIFESTS", content: "kind: Pod # secret answer" } });
    const checks = [
      { id: "first", name: "First check", points: 1, passed: true, message: "" },
      { id: "second", name: "Second check", points: 1, passed: false, message: "expected x" },
    ];
    await recordGrade(prisma, s.id, { score: 1, maxScore: 2, result: { checks }, graderVersion: "test" }, now);
  }
  const practiceVersion = await prisma.task.findUniqueOrThrow({ where: { slug: fixtureTaskSlugs[0] }, select: { currentVersionId: true } });
  const practice = await prisma.attempt.create({
    data: { userId: actors.student!.id, mode: "PRACTICE", taskVersionId: practiceVersion.currentVersionId, answers: { create: { taskVersionId: practiceVersion.currentVersionId!, content: "x" } } },
    select: { id: true },
  });
  return {
    prisma,
    queue: noQueue,
    now,
    actors,
    classId: cls.id,
    inviteCode: cls.inviteCode,
    spareClassCode: spare.inviteCode,
    examId: exam.examId,
    windowId: w.windowId,
    freshWindowId: fresh.windowId,
    studentWindowAttemptId: attempt.id,
    studentPracticeAttemptId: practice.id,
    draftTaskId: draft.taskId,
    draftSlug,
    publishedTaskId: published.taskId,
    publishedSlug,
  };
}

export type Outcome = "allowed" | "denied";

/**
 * What a service or query answered, as allowed or denied: a ServiceResult by
 * `ok`; a query's null, `{ found: false }` or a page's notFound/forbidden
 * error as denied; anything else as allowed.
 */
export function outcomeOf(answer: unknown): Outcome {
  if (answer === null || answer === undefined) return "denied";
  if (typeof answer === "object") {
    const a = answer as { ok?: unknown; found?: unknown };
    if (a.ok === false || a.found === false) return "denied";
  }
  return "allowed";
}

export interface MatrixRow {
  /** What is asked: `renameClass`, `GET /classes/[id]`. */
  name: string;
  /** The personas that must be allowed; every other persona must be denied. */
  allowed: readonly Persona[];
  run(world: AuthorizationWorld, actor: MaybeActor): Promise<unknown>;
}
