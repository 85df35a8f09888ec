// Reads of the exams instructors compose: one exam as its author (or an admin)
// sees it — its current version's settings and tasks in order, its versions
// with the attempts each carries, and the classes it is opened to.
import type { PrismaClient } from "@/generated/prisma/client";
import { canEditExam, canManageClass, windowPhase, type MaybeActor, type WindowPhase } from "../auth/authorization";

export interface AuthoredExamTask {
  slug: string;
  title: string;
  domain: string;
  points: number;
  /** The task's version this exam version holds. */
  version: number;
  /** The task's published version now: saving the exam takes it (null: none). */
  latestVersion: number | null;
  /** Published and active: it can stay in the exam (otherwise saving asks to drop it). */
  usable: boolean;
}

export interface AuthoredExamVersion {
  version: number;
  createdAt: string;
  attempts: number;
  openAttempts: number;
}

export interface AuthoredExamWindow {
  windowId: string;
  classId: string;
  className: string;
  /** The viewer manages the class (its page is theirs to open). */
  manages: boolean;
  opensAt: string;
  closesAt: string;
  phase: WindowPhase;
}

export interface AuthoredExam {
  examId: string;
  title: string;
  durationMinutes: number;
  passPercent: number;
  authorName: string | null;
  /** The current version's number (what new attempts take). */
  version: number | null;
  tasks: AuthoredExamTask[];
  totalPoints: number;
  versions: AuthoredExamVersion[];
  windows: AuthoredExamWindow[];
}

/** An authored exam for whoever may edit it (its author, an admin); null for anyone else, a bank exam or an unknown id. */
export async function authoredExam(db: PrismaClient, actor: MaybeActor, examId: string, now = new Date()): Promise<AuthoredExam | null> {
  if (!actor || examId.length === 0 || examId.length > 100) return null;
  const exam = await db.exam.findUnique({
    where: { id: examId },
    select: {
      id: true,
      source: true,
      authorId: true,
      title: true,
      durationMinutes: true,
      passPercent: true,
      author: { select: { name: true } },
      currentVersion: {
        select: {
          version: true,
          tasks: {
            orderBy: { position: "asc" },
            select: {
              taskVersion: {
                select: {
                  version: true,
                  task: { select: { slug: true, title: true, domain: true, points: true, active: true, status: true, currentVersion: { select: { version: true } } } },
                },
              },
            },
          },
        },
      },
      versions: { orderBy: { version: "desc" }, select: { id: true, version: true, createdAt: true } },
      windows: { orderBy: { opensAt: "desc" }, select: { id: true, opensAt: true, closesAt: true, class: { select: { id: true, name: true, ownerId: true } } } },
    },
  });
  if (!exam || !canEditExam(actor, exam)) return null;
  const counts = await db.attempt.groupBy({
    by: ["examVersionId", "status"],
    // An authored exam is taken only through its windows (examWindowId is indexed; examVersionId is not).
    where: { examWindowId: { in: exam.windows.map((w) => w.id) } },
    _count: { _all: true },
  });
  const countOf = (versionId: string, status?: "OPEN") =>
    counts.filter((c) => c.examVersionId === versionId && (!status || c.status === status)).reduce((n, c) => n + c._count._all, 0);
  const tasks = (exam.currentVersion?.tasks ?? []).map(({ taskVersion: tv }) => ({
    slug: tv.task.slug,
    title: tv.task.title,
    domain: tv.task.domain,
    points: tv.task.points,
    version: tv.version,
    latestVersion: tv.task.currentVersion?.version ?? null,
    usable: tv.task.active && tv.task.status === "PUBLISHED" && tv.task.currentVersion !== null,
  }));
  return {
    examId: exam.id,
    title: exam.title,
    durationMinutes: exam.durationMinutes,
    passPercent: exam.passPercent,
    authorName: exam.author?.name ?? null,
    version: exam.currentVersion?.version ?? null,
    tasks,
    totalPoints: tasks.reduce((n, t) => n + t.points, 0),
    versions: exam.versions.map((v) => ({ version: v.version, createdAt: v.createdAt.toISOString(), attempts: countOf(v.id), openAttempts: countOf(v.id, "OPEN") })),
    windows: exam.windows.map((w) => ({
      windowId: w.id,
      classId: w.class.id,
      className: w.class.name,
      manages: canManageClass(actor, w.class),
      opensAt: w.opensAt.toISOString(),
      closesAt: w.closesAt.toISOString(),
      phase: windowPhase(w, now),
    })),
  };
}
