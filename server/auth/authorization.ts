// Who may do what: one function per decision, pure, over the facts the caller
// already read (owner ids, status, membership). Every service and query of
// issue 8 asks here before it reads or writes, so the rules live in one file
// and the matrix test (authorization.int.test.ts) covers them all.
//
// The actor's role is the database's (see actor.ts), not the session token's:
// a demoted instructor loses access on their next request, not in 30 days.

export type Role = "STUDENT" | "INSTRUCTOR" | "ADMIN";

/** A signed-in user; `null` is the anonymous visitor. */
export interface Actor {
  id: string;
  role: Role;
}

export type MaybeActor = Actor | null;

const isAdmin = (a: MaybeActor): boolean => a?.role === "ADMIN";
const isStaff = (a: MaybeActor): boolean => a?.role === "INSTRUCTOR" || a?.role === "ADMIN";

// ── Roles ──────────────────────────────────────────────────────────────────

/** Only an admin changes roles (their own included, as long as another admin remains: see roles.ts). */
export function canChangeRoles(actor: MaybeActor): boolean {
  return isAdmin(actor);
}

/** The user list with roles and the audit trail of role changes. */
export function canListUsers(actor: MaybeActor): boolean {
  return isAdmin(actor);
}

// ── Profile ────────────────────────────────────────────────────────────────

export function canEditProfile(actor: MaybeActor, userId: string): boolean {
  return actor !== null && actor.id === userId;
}

// ── Classes ────────────────────────────────────────────────────────────────

export function canCreateClass(actor: MaybeActor): boolean {
  return isStaff(actor);
}

/** Rename, rotate the code, list members and attempts, open exams, read reports and export grades. */
export function canManageClass(actor: MaybeActor, cls: { ownerId: string }): boolean {
  return isAdmin(actor) || (actor?.role === "INSTRUCTOR" && actor.id === cls.ownerId);
}

/** Any signed-in user may join a class with its code (an instructor may sit in a colleague's class). */
export function canJoinClass(actor: MaybeActor): boolean {
  return actor !== null;
}

/** The class page of a member: its name, its exam windows, its leaderboards. */
export function canViewClass(actor: MaybeActor, cls: { ownerId: string }, isMember: boolean): boolean {
  return canManageClass(actor, cls) || (actor !== null && isMember);
}

// ── Tasks ──────────────────────────────────────────────────────────────────

export interface TaskFacts {
  source: "BANK" | "AUTHORED";
  status: "DRAFT" | "PUBLISHED";
  authorId: string | null;
  active: boolean;
}

export function canAuthorTasks(actor: MaybeActor): boolean {
  return isStaff(actor);
}

/** Edit, validate, publish, export the draft: the author, or an admin. Bank tasks are edited in git, never here. */
export function canEditTask(actor: MaybeActor, task: TaskFacts): boolean {
  if (task.source !== "AUTHORED") return false;
  return isAdmin(actor) || (actor?.role === "INSTRUCTOR" && actor.id === task.authorId);
}

/** See a task's prompt (and practise it): published and active, or one's own draft. */
export function canViewTask(actor: MaybeActor, task: TaskFacts): boolean {
  if (actor === null) return false;
  if (task.status === "PUBLISHED" && task.active) return true;
  return canEditTask(actor, task);
}

/** A task's checks, reference solution, near misses (its whole task.yaml): its editors only, and staff for bank tasks (they are in git anyway). */
export function canReadTaskSource(actor: MaybeActor, task: TaskFacts): boolean {
  if (task.source === "BANK") return isStaff(actor);
  return canEditTask(actor, task);
}

/** Put a task in an exam: staff, with a published active task (bank or authored: published tasks are public anyway). */
export function canUseTaskInExam(actor: MaybeActor, task: TaskFacts): boolean {
  return isStaff(actor) && task.status === "PUBLISHED" && task.active;
}

// ── Exams and windows ──────────────────────────────────────────────────────

export function canComposeExam(actor: MaybeActor): boolean {
  return isStaff(actor);
}

/** Change an authored exam (a new version) or open it to a class: its author, or an admin. */
export function canEditExam(actor: MaybeActor, exam: { source: "BANK" | "AUTHORED"; authorId: string | null }): boolean {
  if (exam.source !== "AUTHORED") return false;
  return isAdmin(actor) || (actor?.role === "INSTRUCTOR" && actor.id === exam.authorId);
}

/** Open an exam to a class: the class's manager, with an exam they may use (their own authored one, or a bank one). */
export function canOpenWindow(
  actor: MaybeActor,
  cls: { ownerId: string },
  exam: { source: "BANK" | "AUTHORED"; authorId: string | null },
): boolean {
  return canManageClass(actor, cls) && (exam.source === "BANK" || canEditExam(actor, exam));
}

export type WindowPhase = "NOT_YET_OPEN" | "OPEN" | "CLOSED";

/** Where `now` (the server's clock) falls in a window: [opensAt, closesAt). */
export function windowPhase(window: { opensAt: Date; closesAt: Date }, now: Date): WindowPhase {
  if (now.getTime() < window.opensAt.getTime()) return "NOT_YET_OPEN";
  if (now.getTime() >= window.closesAt.getTime()) return "CLOSED";
  return "OPEN";
}

/** Start a class's exam: a member of the class, while the window is open. */
export function canStartWindowExam(actor: MaybeActor, isMember: boolean, window: { opensAt: Date; closesAt: Date }, now: Date): boolean {
  return actor !== null && isMember && windowPhase(window, now) === "OPEN";
}

// ── Attempts ───────────────────────────────────────────────────────────────

export interface AttemptFacts {
  userId: string;
  mode: "PRACTICE" | "EXAM";
  status: "OPEN" | "CLOSED";
  /** The owner of the class whose window the attempt was started through, if any. */
  classOwnerId: string | null;
}

/** An attempt's answers and grades: its owner, the instructor of the class it was taken in, an admin. */
export function canViewAttempt(actor: MaybeActor, attempt: AttemptFacts): boolean {
  if (actor === null) return false;
  if (actor.id === attempt.userId || isAdmin(actor)) return true;
  return actor.role === "INSTRUCTOR" && attempt.classOwnerId === actor.id;
}

/**
 * Checks, explanations and reference solutions of an attempt's tasks: never
 * while an exam is open (not even to its instructor: a shared screen must not
 * leak them); a practice once it has a graded submission (`graded`).
 */
export function canSeeSolutions(actor: MaybeActor, attempt: AttemptFacts, graded: boolean): boolean {
  if (!canViewAttempt(actor, attempt)) return false;
  if (attempt.mode === "EXAM") return attempt.status === "CLOSED";
  return graded;
}

// ── Leaderboards and progress ──────────────────────────────────────────────

/** Global boards: any signed-in user (names shown as each user chose, see leaderboards.ts). */
export function canViewGlobalLeaderboard(actor: MaybeActor): boolean {
  return actor !== null;
}

/** A class's board: its members and its manager. */
export function canViewClassLeaderboard(actor: MaybeActor, cls: { ownerId: string }, isMember: boolean): boolean {
  return canViewClass(actor, cls, isMember);
}

/** A user's own progress: themself, or an admin. Instructors see their class's aggregate and its members' rows. */
export function canViewUserProgress(actor: MaybeActor, userId: string): boolean {
  return actor !== null && (actor.id === userId || isAdmin(actor));
}

/** A class's progress, attempts, pass rates and grade export: its manager. */
export function canViewClassReports(actor: MaybeActor, cls: { ownerId: string }): boolean {
  return canManageClass(actor, cls);
}
