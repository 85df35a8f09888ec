// Reads of classes: the ones a user teaches and the ones they joined, and one
// class's page — its invite code for its instructor, its exam windows (with
// their phase by the server's clock) for everyone in it, and its members, a
// page of them at a time, for its instructor.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { canManageClass, canViewClass, windowPhase, type MaybeActor, type WindowPhase } from "../auth/authorization";

export interface ClassListItem {
  id: string;
  name: string;
  members: number;
  /** Only on classes the user teaches. */
  inviteCode: string | null;
}

export interface MyClasses {
  teaching: ClassListItem[];
  joined: ClassListItem[];
}

/** The classes the actor teaches (instructors; an admin sees every class here) and the ones they joined. */
export async function myClasses(db: PrismaClient, actor: MaybeActor): Promise<MyClasses | null> {
  if (!actor) return null;
  const select = { id: true, name: true, inviteCode: true, _count: { select: { members: true } } } as const;
  const teachingWhere = actor.role === "ADMIN" ? {} : actor.role === "INSTRUCTOR" ? { ownerId: actor.id } : null;
  const [teaching, joined] = await Promise.all([
    teachingWhere ? db.class.findMany({ where: teachingWhere, orderBy: { createdAt: "desc" }, select }) : Promise.resolve([]),
    db.class.findMany({ where: { members: { some: { userId: actor.id } } }, orderBy: { name: "asc" }, select }),
  ]);
  return {
    teaching: teaching.map((c) => ({ id: c.id, name: c.name, members: c._count.members, inviteCode: c.inviteCode })),
    joined: joined.map((c) => ({ id: c.id, name: c.name, members: c._count.members, inviteCode: null })),
  };
}

export interface ClassWindow {
  windowId: string;
  examId: string;
  examTitle: string;
  durationMinutes: number;
  passPercent: number;
  opensAt: string;
  closesAt: string;
  phase: WindowPhase;
  /** The viewer's own attempt through this window, if any. */
  myAttempt: { attemptId: string; status: "OPEN" | "CLOSED"; score: number | null; maxScore: number | null } | null;
}

export interface ClassDetail {
  id: string;
  name: string;
  ownerName: string;
  manages: boolean;
  /** For its instructor only. */
  inviteCode: string | null;
  memberCount: number;
  windows: ClassWindow[];
  /** The server's clock the phases were judged by. */
  serverNow: string;
}

/** One class for its instructor (with its invite code) or a member (without); null for anyone else. Its members: classMembers. */
export async function classDetail(db: PrismaClient, actor: MaybeActor, classId: string, now = new Date()): Promise<ClassDetail | null> {
  if (!actor || classId.length === 0 || classId.length > 100) return null;
  const cls = await db.class.findUnique({
    where: { id: classId },
    select: {
      id: true,
      name: true,
      ownerId: true,
      inviteCode: true,
      owner: { select: { name: true } },
      _count: { select: { members: true } },
      windows: {
        orderBy: { opensAt: "desc" },
        select: {
          id: true,
          opensAt: true,
          closesAt: true,
          exam: { select: { id: true, title: true, durationMinutes: true, passPercent: true } },
          attempts: { where: { userId: actor.id }, orderBy: { startedAt: "desc" }, take: 1, select: { id: true, status: true, score: true, maxScore: true } },
        },
      },
    },
  });
  if (!cls) return null;
  const manages = canManageClass(actor, cls);
  const isMember = manages
    ? false
    : (await db.classMember.findUnique({ where: { classId_userId: { classId, userId: actor.id } }, select: { userId: true } })) !== null;
  if (!canViewClass(actor, cls, isMember)) return null;
  return {
    id: cls.id,
    name: cls.name,
    ownerName: cls.owner.name,
    manages,
    inviteCode: manages ? cls.inviteCode : null,
    memberCount: cls._count.members,
    windows: cls.windows.map((w) => ({
      windowId: w.id,
      examId: w.exam.id,
      examTitle: w.exam.title,
      durationMinutes: w.exam.durationMinutes,
      passPercent: w.exam.passPercent,
      opensAt: w.opensAt.toISOString(),
      closesAt: w.closesAt.toISOString(),
      phase: windowPhase(w, now),
      myAttempt: w.attempts[0] ? { attemptId: w.attempts[0].id, status: w.attempts[0].status, score: w.attempts[0].score, maxScore: w.attempts[0].maxScore } : null,
    })),
    serverNow: now.toISOString(),
  };
}

export interface ClassMemberRow {
  userId: string;
  name: string;
  email: string;
  joinedAt: string;
}

export interface ClassMembersPage {
  rows: ClassMemberRow[];
  /** Members matching the search (all of them without one). */
  matching: number;
  /** 1-based, clamped to the last page. */
  page: number;
  pages: number;
  pageSize: number;
  search: string;
}

export const classMembersPageSize = 50;

/**
 * A page of a class's members, by name, for its instructor (or an admin); null
 * for anyone else. `search` keeps the members whose name or email contains it
 * (any case). A class of hundreds is read and shown 50 at a time.
 */
export async function classMembers(
  db: PrismaClient,
  actor: MaybeActor,
  classId: string,
  options: { search?: string; page?: number } = {},
): Promise<ClassMembersPage | null> {
  if (!actor || classId.length === 0 || classId.length > 100) return null;
  const cls = await db.class.findUnique({ where: { id: classId }, select: { ownerId: true } });
  if (!cls || !canManageClass(actor, cls)) return null;
  const search = (options.search ?? "").trim().slice(0, 100);
  const where: Prisma.ClassMemberWhereInput = search
    ? { classId, user: { OR: [{ name: { contains: search, mode: "insensitive" } }, { email: { contains: search, mode: "insensitive" } }] } }
    : { classId };
  const matching = await db.classMember.count({ where });
  const pageSize = classMembersPageSize;
  const pages = Math.max(1, Math.ceil(matching / pageSize));
  const wanted = Number.isInteger(options.page) && options.page! > 0 ? options.page! : 1;
  const page = Math.min(wanted, pages);
  const rows = await db.classMember.findMany({
    where,
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return {
    rows: rows.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, joinedAt: m.joinedAt.toISOString() })),
    matching,
    page,
    pages,
    pageSize,
    search,
  };
}

export interface ComposableTask {
  slug: string;
  title: string;
  domain: string;
  points: number;
  source: "BANK" | "AUTHORED";
}

/** The tasks an instructor may put in an exam: every published, active task. */
export async function composableTasks(db: PrismaClient, actor: MaybeActor): Promise<ComposableTask[] | null> {
  if (!actor || (actor.role !== "INSTRUCTOR" && actor.role !== "ADMIN")) return null;
  return db.task.findMany({
    where: { active: true, status: "PUBLISHED", currentVersionId: { not: null } },
    orderBy: [{ domain: "asc" }, { title: "asc" }],
    select: { slug: true, title: true, domain: true, points: true, source: true },
  });
}

export interface MyExam {
  examId: string;
  title: string;
  durationMinutes: number;
  passPercent: number;
  taskSlugs: string[];
  source: "BANK" | "AUTHORED";
}

/** The exams an instructor may open to a class: their authored ones (an admin: all authored) and the bank's mock exams. */
export async function openableExams(db: PrismaClient, actor: MaybeActor): Promise<MyExam[] | null> {
  if (!actor || (actor.role !== "INSTRUCTOR" && actor.role !== "ADMIN")) return null;
  const exams = await db.exam.findMany({
    where: {
      active: true,
      currentVersionId: { not: null },
      OR: [{ source: "BANK" }, actor.role === "ADMIN" ? { source: "AUTHORED" } : { source: "AUTHORED", authorId: actor.id }],
    },
    orderBy: [{ source: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      durationMinutes: true,
      passPercent: true,
      source: true,
      currentVersion: { select: { tasks: { orderBy: { position: "asc" }, select: { taskVersion: { select: { task: { select: { slug: true } } } } } } } },
    },
  });
  return exams.map((e) => ({
    examId: e.id,
    title: e.title,
    durationMinutes: e.durationMinutes,
    passPercent: e.passPercent,
    source: e.source,
    taskSlugs: e.currentVersion?.tasks.map((t) => t.taskVersion.task.slug) ?? [],
  }));
}
