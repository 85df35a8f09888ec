// The authorization matrix of every page, server action and route handler of
// the signed-in app × the six personas (anonymous, a student of the class,
// another student, an instructor of another class, the class's instructor,
// an admin) — the real modules, called as Next calls them: the session is the
// persona's, pages run behind the signed-in layout, a redirect to sign in or
// a 404 is "denied". Then the leaks the issue names, read off what a page
// hands to its components. The services' own matrix is server/auth/authorization.int.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { createPrismaClient as PrismaFactory } from "@/server/db";

type PrismaClient = ReturnType<typeof PrismaFactory>;

const holder = vi.hoisted(() => ({ prisma: null as unknown as PrismaClient, session: null as { id: string; name: string; email: string; role: string } | null }));

vi.mock("@/server/auth/session", () => ({ currentUser: async () => holder.session }));
// Route handlers read the session cookie directly (server/auth/session-token.ts).
vi.mock("@/server/auth/session-token", () => ({ requestSessionUser: async () => holder.session }));
vi.mock("@/server/db", async (original) => ({ ...(await original<typeof import("@/server/db")>()), db: () => holder.prisma }));
vi.mock("@/server/services/app-service-deps", () => ({
  appServiceDeps: () => ({ prisma: holder.prisma, queue: { enqueue: async () => undefined, scheduleClose: async () => undefined } }),
}));

import { checkTask } from "@kubedojo/grader";
import { createPrismaClient } from "@/server/db";
import { registerTaskChecker } from "@/server/grading/shared-task-checker";
import { buildAuthorizationWorld, personas, type AuthorizationWorld, type MatrixRow, type Persona } from "@/server/auth/authorization-world";
import type { MaybeActor } from "@/server/auth/authorization";
import { createAuthoredTask } from "@/server/services/authored-tasks";
import { startWindowExam } from "@/server/services/exam-windows";
import { makeTaskBankFixture, type TaskBankFixture } from "@/server/tasks/task-bank-fixture";
import { syncTaskBankFromDisk } from "@/server/tasks/sync-task-bank";
import { initialTaskEditorState, type TaskEditorState } from "@/components/instructor/task-editor-state";

import { renderToStaticMarkup } from "react-dom/server";
import RootLayout from "./layout";
import SignedInLayout from "./(app)/layout";
import InstructorPage from "./(app)/instructor/page";
import AuthoredTaskPage from "./(app)/instructor/tasks/[id]/page";
import ComposeExamPage from "./(app)/instructor/exams/new/page";
import AuthoredExamPage from "./(app)/instructor/exams/[id]/page";
import EditExamPage from "./(app)/instructor/exams/[id]/edit/page";
import ClassProgressPage from "./(app)/instructor/classes/[id]/progress/page";
import InstructorClassPage from "./(app)/instructor/classes/[id]/page";
import WindowReportPage from "./(app)/instructor/classes/[id]/windows/[windowId]/page";
import AttemptReviewPage from "./(app)/instructor/attempts/[id]/page";
import ClassesPage from "./(app)/classes/page";
import JoinClassPage from "./(app)/classes/join/page";
import ClassPage from "./(app)/classes/[id]/page";
import LeaderboardsPage from "./(app)/leaderboards/page";
import GlobalBoardPage from "./(app)/leaderboards/exams/[slug]/page";
import ClassBoardPage from "./(app)/leaderboards/classes/[classId]/[examId]/page";
import ProgressPage from "./(app)/progress/page";
import AdminUsersPage from "./(app)/admin/users/page";
import TasksPage from "./(app)/tasks/page";
import TaskPage from "./(app)/tasks/[...slug]/page";
import ExamsPage from "./(app)/exams/page";
import AttemptsPage from "./(app)/attempts/page";
import AttemptPage from "./(app)/attempts/[id]/page";
import ResultsPage from "./(app)/attempts/[id]/results/page";

import { createClassAction, openWindowAction, removeMemberAction, renameClassAction, rescheduleWindowAction, rotateInviteCodeAction } from "./(app)/instructor/_actions/classes";
import { composeExamAction, updateExamAction } from "./(app)/instructor/_actions/exams";
import { createTaskAction, importTaskAction, retireTaskAction, taskEditorAction } from "./(app)/instructor/_actions/tasks";
import { joinClassAction, leaveClassAction, startWindowExamAction } from "./(app)/classes/_actions/membership";
import { updateBoardIdentityAction } from "./(app)/leaderboards/_actions/board-identity";
import { changeRoleAction } from "./(app)/admin/_actions/roles";

import { GET as exportTaskRoute } from "./api/instructor/tasks/[id]/export/route";
import { GET as gradesCsvRoute } from "./api/instructor/windows/[id]/grades/route";
import { GET as attemptStateRoute } from "./api/attempts/[id]/route";
import { PUT as saveAnswerRoute } from "./api/attempts/[id]/answers/[taskVersionId]/route";
import { POST as flagRoute } from "./api/attempts/[id]/answers/[taskVersionId]/flag/route";
import { POST as notepadRoute } from "./api/attempts/[id]/notepad/route";
import { POST as finishRoute } from "./api/attempts/[id]/finish/route";
import { POST as submitRoute } from "./api/attempts/[id]/submit/route";
import { GET as submissionRoute } from "./api/submissions/[id]/route";

let bank: TaskBankFixture;
let world: AuthorizationWorld;
/** The student's attempt at the fresh window: open, for the answer routes. */
let openAttemptId: string;
let openTaskVersionId: string;
let submissionId: string;

const signedIn = ["student", "otherStudent", "otherInstructor", "instructor", "admin"] as const;
const staff = ["otherInstructor", "instructor", "admin"] as const;
const classManagers = ["instructor", "admin"] as const;

beforeAll(async () => {
  holder.prisma = createPrismaClient(inject("databaseUrl"));
  // "Validate" proves tasks in the grading workers of `npm start`; here, in this thread.
  registerTaskChecker(checkTask);
  bank = makeTaskBankFixture();
  const synced = await syncTaskBankFromDisk(holder.prisma, bank.dir);
  if (!synced.ok) throw new Error("fixture bank refused");
  world = await buildAuthorizationWorld(holder.prisma, new Date());
  const started = await startWindowExam({ prisma: holder.prisma, queue: world.queue }, world.actors.student, world.freshWindowId);
  if (!started.ok) throw new Error(started.message);
  openAttemptId = started.value.attemptId;
  openTaskVersionId = (await holder.prisma.answer.findFirstOrThrow({ where: { attemptId: openAttemptId } })).taskVersionId;
  submissionId = (await holder.prisma.submission.findFirstOrThrow({ where: { attemptId: world.studentWindowAttemptId } })).id;
});
afterAll(async () => {
  bank?.cleanup();
  await holder.prisma?.$disconnect();
});

/** Signs the persona in for the next call (the role as the database has it). */
function signIn(actor: MaybeActor) {
  holder.session = actor ? { id: actor.id, name: "x", email: "x@example.com", role: actor.role } : null;
}

type Outcome = "allowed" | "denied";

/** A redirect or notFound thrown by a page or an action, as an outcome; anything else is rethrown. */
function thrownOutcome(e: unknown): Outcome {
  const digest = String((e as { digest?: unknown }).digest ?? "");
  if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "denied";
  if (digest.startsWith("NEXT_REDIRECT")) {
    const url = digest.split(";")[2] ?? "";
    return url === "/signin" || /[?&]error=/.test(url) ? "denied" : "allowed";
  }
  throw e;
}

const props = (params: Record<string, unknown> = {}, searchParams: Record<string, string> = {}) => ({
  params: Promise.resolve(params),
  searchParams: Promise.resolve(searchParams),
});

type Page = (p: ReturnType<typeof props>) => Promise<unknown>;

/** Renders a page as Next does for a request: the signed-in layout, then the page. */
/** `run` is a page module's default export (each has its own props type; all take params and searchParams). */
async function page(run: unknown, p: ReturnType<typeof props>): Promise<{ outcome: Outcome; element?: unknown }> {
  try {
    await SignedInLayout({ children: null });
    return { outcome: "allowed", element: await (run as Page)(p) };
  } catch (e) {
    return { outcome: thrownOutcome(e) };
  }
}

async function action(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const state = await run();
    if (state && typeof state === "object" && "status" in state) {
      return (state as TaskEditorState).status < 400 ? "allowed" : "denied";
    }
    return "allowed";
  } catch (e) {
    return thrownOutcome(e);
  }
}

async function route(run: () => Promise<Response>): Promise<Outcome> {
  const response = await run();
  expect(response.status, "a route answers a 4xx, never a 500").toBeLessThan(500);
  return response.status < 400 ? "allowed" : "denied";
}

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  return f;
};

const json = (method: string, body: unknown) => new Request("http://localhost/api", { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
const get = (url = "http://localhost/api") => new Request(url);
const utc = (d: Date) => d.toISOString().slice(0, 16);

interface Row extends Omit<MatrixRow, "run"> {
  run(w: AuthorizationWorld, persona: Persona): Promise<Outcome>;
}

const pageRows: Row[] = [
  { name: "GET /instructor", allowed: staff, run: async () => (await page(InstructorPage, props())).outcome },
  { name: "GET /instructor/tasks/[id] (a draft)", allowed: classManagers, run: async (w) => (await page(AuthoredTaskPage, props({ id: w.draftTaskId }))).outcome },
  { name: "GET /instructor/exams/new", allowed: staff, run: async () => (await page(ComposeExamPage, props())).outcome },
  { name: "GET /instructor/classes/[id]", allowed: classManagers, run: async (w) => (await page(InstructorClassPage, props({ id: w.classId }))).outcome },
  {
    name: "GET /instructor/classes/[id]?q=&page= (a members search)",
    allowed: classManagers,
    run: async (w) => (await page(InstructorClassPage, props({ id: w.classId }, { q: "stu", page: "2" }))).outcome,
  },
  { name: "GET /instructor/classes/[id]/progress", allowed: classManagers, run: async (w) => (await page(ClassProgressPage, props({ id: w.classId }))).outcome },
  { name: "GET /instructor/exams/[id] (an exam the instructor composed)", allowed: classManagers, run: async (w) => (await page(AuthoredExamPage, props({ id: w.examId }))).outcome },
  { name: "GET /instructor/exams/[id]/edit", allowed: classManagers, run: async (w) => (await page(EditExamPage, props({ id: w.examId }))).outcome },
  {
    name: "GET /instructor/exams/[id] (a bank exam: nobody edits it here)",
    allowed: [],
    run: async (w) => (await page(AuthoredExamPage, props({ id: (await w.prisma.exam.findFirstOrThrow({ where: { source: "BANK" } })).id }))).outcome,
  },
  {
    name: "GET /instructor/classes/[id]/windows/[windowId]",
    allowed: classManagers,
    run: async (w) => (await page(WindowReportPage, props({ id: w.classId, windowId: w.windowId }))).outcome,
  },
  { name: "GET /instructor/attempts/[id] (a class attempt)", allowed: classManagers, run: async (w) => (await page(AttemptReviewPage, props({ id: w.studentWindowAttemptId }))).outcome },
  { name: "GET /instructor/attempts/[id] (a practice outside the class)", allowed: ["admin"], run: async (w) => (await page(AttemptReviewPage, props({ id: w.studentPracticeAttemptId }))).outcome },
  { name: "GET /classes", allowed: signedIn, run: async () => (await page(ClassesPage, props())).outcome },
  { name: "GET /classes/join", allowed: signedIn, run: async () => (await page(JoinClassPage, props({}, { code: "ABCDE-FGHJK" }))).outcome },
  // Its instructor (and an admin) are sent on to the instructor's page of the class.
  { name: "GET /classes/[id]", allowed: ["student", "instructor", "admin"], run: async (w) => (await page(ClassPage, props({ id: w.classId }))).outcome },
  { name: "GET /leaderboards", allowed: signedIn, run: async () => (await page(LeaderboardsPage, props())).outcome },
  { name: "GET /leaderboards/exams/[slug]", allowed: signedIn, run: async () => (await page(GlobalBoardPage, props({ slug: "mock-1" }))).outcome },
  {
    name: "GET /leaderboards/exams/[slug] (a class's exam has no global board)",
    allowed: [],
    run: async (w) => (await page(GlobalBoardPage, props({ slug: (await w.prisma.exam.findUniqueOrThrow({ where: { id: w.examId } })).slug }))).outcome,
  },
  {
    name: "GET /leaderboards/classes/[classId]/[examId]",
    allowed: ["student", "instructor", "admin"],
    run: async (w) => (await page(ClassBoardPage, props({ classId: w.classId, examId: w.examId }))).outcome,
  },
  { name: "GET /progress", allowed: signedIn, run: async () => (await page(ProgressPage, props())).outcome },
  { name: "GET /progress?user= (the student's)", allowed: ["student", "admin"], run: async (w) => (await page(ProgressPage, props({}, { user: w.actors.student!.id }))).outcome },
  { name: "GET /admin/users", allowed: ["admin"], run: async () => (await page(AdminUsersPage, props())).outcome },
  // Issue 7's pages, behind the same layout.
  { name: "GET /tasks", allowed: signedIn, run: async () => (await page(TasksPage, props())).outcome },
  { name: "GET /tasks/[...slug] (a published authored task)", allowed: signedIn, run: async (w) => (await page(TaskPage, props({ slug: w.publishedSlug.split("/") }))).outcome },
  {
    name: "GET /tasks/[...slug] (a draft, by its stored slug)",
    allowed: [],
    run: async (w) => (await page(TaskPage, props({ slug: [(await w.prisma.task.findUniqueOrThrow({ where: { id: w.draftTaskId } })).slug] }))).outcome,
  },
  { name: "GET /exams", allowed: signedIn, run: async () => (await page(ExamsPage, props())).outcome },
  { name: "GET /attempts", allowed: signedIn, run: async () => (await page(AttemptsPage, props())).outcome },
  { name: "GET /attempts/[id] (the student's open class exam)", allowed: ["student"], run: async () => (await page(AttemptPage, props({ id: openAttemptId }))).outcome },
  { name: "GET /attempts/[id]/results (the student's class exam)", allowed: ["student"], run: async (w) => (await page(ResultsPage, props({ id: w.studentWindowAttemptId }))).outcome },
];

const actionRows: Row[] = [
  { name: "createClassAction", allowed: staff, run: () => action(() => createClassAction(form({ name: "Matrix class" }))) },
  { name: "renameClassAction", allowed: classManagers, run: (w) => action(() => renameClassAction(form({ classId: w.classId, name: "CKAD autumn" }))) },
  { name: "rotateInviteCodeAction", allowed: classManagers, run: (w) => action(() => rotateInviteCodeAction(form({ classId: w.classId }))) },
  {
    name: "removeMemberAction",
    allowed: classManagers,
    run: async (w) => {
      const n = Math.random().toString(36).slice(2);
      const u = await w.prisma.user.create({ data: { name: `T ${n}`, email: `t-${n}@example.com` } });
      await w.prisma.classMember.create({ data: { classId: w.classId, userId: u.id } });
      return action(() => removeMemberAction(form({ classId: w.classId, userId: u.id })));
    },
  },
  {
    name: "openWindowAction",
    allowed: classManagers,
    run: (w) => action(() => openWindowAction(form({ classId: w.classId, examId: w.examId, opensAt: utc(new Date()), closesAt: utc(new Date(Date.now() + 3600_000)) }))),
  },
  {
    name: "rescheduleWindowAction",
    allowed: classManagers,
    run: (w) =>
      action(() =>
        rescheduleWindowAction(form({ classId: w.classId, windowId: w.freshWindowId, opensAt: utc(new Date(Date.now() - 3600_000)), closesAt: utc(new Date(Date.now() + 7200_000)) })),
      ),
  },
  {
    name: "composeExamAction",
    allowed: staff,
    run: (w) => action(() => composeExamAction(form({ title: "Matrix quiz", durationMinutes: "10", passPercent: "50", task: [w.publishedSlug] }))),
  },
  {
    name: "composeExamAction, opened to the instructor's class",
    allowed: classManagers,
    run: (w) =>
      action(() =>
        composeExamAction(
          form({ title: "Matrix quiz", durationMinutes: "10", passPercent: "50", task: [w.publishedSlug], classId: w.classId, opensAt: utc(new Date()), closesAt: utc(new Date(Date.now() + 3600_000)) }),
        ),
      ),
  },
  {
    // The same content as the world's exam: a no-op save for the allowed (no new version for the later tests).
    name: "updateExamAction",
    allowed: classManagers,
    run: async (w) => {
      const current = await w.prisma.exam.findUniqueOrThrow({
        where: { id: w.examId },
        select: { currentVersion: { select: { tasks: { orderBy: { position: "asc" }, select: { taskVersion: { select: { task: { select: { slug: true } } } } } } } } },
      });
      const task = current.currentVersion!.tasks.map((t) => t.taskVersion.task.slug);
      return action(() => updateExamAction(form({ examId: w.examId, title: "Week 1 quiz", durationMinutes: "30", passPercent: "50", task })));
    },
  },
  { name: "createTaskAction", allowed: staff, run: () => action(() => createTaskAction()) },
  {
    name: "importTaskAction (over the instructor's draft)",
    allowed: classManagers,
    run: async (w) => {
      const yaml = (await w.prisma.task.findUniqueOrThrow({ where: { id: w.draftTaskId } })).draftYaml!;
      return action(() => importTaskAction(form({ yaml })));
    },
  },
  {
    name: "taskEditorAction: save",
    allowed: classManagers,
    run: async (w) => {
      const yaml = (await w.prisma.task.findUniqueOrThrow({ where: { id: w.draftTaskId } })).draftYaml!;
      return action(() => taskEditorAction(initialTaskEditorState, form({ taskId: w.draftTaskId, intent: "save", yaml })));
    },
  },
  {
    name: "taskEditorAction: validate",
    allowed: classManagers,
    run: async (w) => {
      const yaml = (await w.prisma.task.findUniqueOrThrow({ where: { id: w.draftTaskId } })).draftYaml!;
      return action(() => taskEditorAction(initialTaskEditorState, form({ taskId: w.draftTaskId, intent: "validate", yaml })));
    },
  },
  {
    name: "taskEditorAction: publish (the published task again)",
    allowed: classManagers,
    run: async (w) => {
      const yaml = (await w.prisma.task.findUniqueOrThrow({ where: { id: w.publishedTaskId } })).draftYaml!;
      return action(() => taskEditorAction(initialTaskEditorState, form({ taskId: w.publishedTaskId, intent: "publish", yaml })));
    },
  },
  {
    name: "retireTaskAction",
    allowed: classManagers,
    run: async (w) => {
      const created = await createAuthoredTask({ prisma: w.prisma }, w.actors.instructor);
      return action(() => retireTaskAction(form({ taskId: created.ok ? created.value.taskId : "" })));
    },
  },
  // The spare class's own instructor does not join it.
  { name: "joinClassAction", allowed: ["student", "otherStudent", "otherInstructor", "admin"], run: (w) => action(() => joinClassAction(form({ code: w.spareClassCode }))) },
  {
    name: "leaveClassAction (a class one is in)",
    allowed: signedIn,
    run: async (w, persona) => {
      const spare = await w.prisma.class.findFirstOrThrow({ where: { inviteCode: w.spareClassCode } });
      const actor = w.actors[persona];
      if (actor) await w.prisma.classMember.createMany({ data: [{ classId: spare.id, userId: actor.id }], skipDuplicates: true });
      return action(() => leaveClassAction(form({ classId: spare.id })));
    },
  },
  { name: "startWindowExamAction", allowed: ["student"], run: (w) => action(() => startWindowExamAction(form({ windowId: w.freshWindowId, classId: w.classId }))) },
  { name: "updateBoardIdentityAction", allowed: signedIn, run: () => action(() => updateBoardIdentityAction(form({ boardIdentity: "ANONYMOUS" }))) },
  {
    name: "changeRoleAction",
    allowed: ["admin"],
    run: async (w) => {
      const n = Math.random().toString(36).slice(2);
      const u = await w.prisma.user.create({ data: { name: `T ${n}`, email: `t-${n}@example.com` } });
      return action(() => changeRoleAction(form({ userId: u.id, role: "INSTRUCTOR", reason: "matrix" })));
    },
  },
];

const routeRows: Row[] = [
  { name: "GET /api/instructor/tasks/[id]/export", allowed: classManagers, run: (w) => route(() => exportTaskRoute(get(), props({ id: w.draftTaskId }) as never)) },
  {
    name: "GET /api/instructor/tasks/[id]/export?version=published",
    allowed: classManagers,
    run: (w) => route(() => exportTaskRoute(get("http://localhost/api?version=published"), props({ id: w.publishedTaskId }) as never)),
  },
  { name: "GET /api/instructor/windows/[id]/grades", allowed: classManagers, run: (w) => route(() => gradesCsvRoute(get(), props({ id: w.windowId }) as never)) },
  { name: "GET /api/attempts/[id]", allowed: ["student"], run: () => route(() => attemptStateRoute(get(), props({ id: openAttemptId }) as never)) },
  { name: "GET /api/submissions/[id]", allowed: ["student"], run: () => route(() => submissionRoute(get(), props({ id: submissionId }) as never)) },
  {
    name: "PUT /api/attempts/[id]/answers/[taskVersionId]",
    allowed: ["student"],
    run: () => route(() => saveAnswerRoute(json("PUT", { form: "MANIFESTS", content: "kind: Pod" }), props({ id: openAttemptId, taskVersionId: openTaskVersionId }) as never)),
  },
  {
    name: "POST /api/attempts/[id]/answers/[taskVersionId]/flag",
    allowed: ["student"],
    run: () => route(() => flagRoute(json("POST", { flagged: true }), props({ id: openAttemptId, taskVersionId: openTaskVersionId }) as never)),
  },
  { name: "POST /api/attempts/[id]/notepad", allowed: ["student"], run: () => route(() => notepadRoute(json("POST", { text: "note" }), props({ id: openAttemptId }) as never)) },
  { name: "POST /api/attempts/[id]/submit (a practice)", allowed: ["student"], run: (w) => route(() => submitRoute(json("POST", {}), props({ id: w.studentPracticeAttemptId }) as never)) },
];

function matrix(title: string, rows: Row[]) {
  describe(title, () => {
    for (const row of rows) {
      it(`${row.name}: allowed for ${row.allowed.join(", ") || "nobody"}, denied for the rest`, async () => {
        const got: Record<string, Outcome> = {};
        for (const persona of personas) {
          signIn(world.actors[persona]);
          got[persona] = await row.run(world, persona);
        }
        const want = Object.fromEntries(personas.map((p) => [p, row.allowed.includes(p) ? "allowed" : "denied"]));
        expect(got).toEqual(want);
      });
    }
  });
}

matrix("the authorization matrix of pages", pageRows);
matrix("the authorization matrix of server actions", actionRows);
matrix("the authorization matrix of route handlers", routeRows);

/** Everything a page hands to its components, as text (what could reach the browser). */
function text(element: unknown): string {
  const seen = new WeakSet();
  return JSON.stringify(element, (_k, v) => {
    if (typeof v === "object" && v !== null) {
      if (seen.has(v)) return undefined;
      seen.add(v);
    }
    return typeof v === "function" ? undefined : v;
  });
}

describe("the nav follows the role the database has now, not the session token's", () => {
  /** The header's main nav as the root layout renders it for the session, as HTML. */
  async function mainNav(session: NonNullable<typeof holder.session>): Promise<string> {
    holder.session = session;
    const html = renderToStaticMarkup((await RootLayout({ children: null })) as never);
    return /<nav aria-label="Main">(.*?)<\/nav>/s.exec(html)?.[1] ?? "";
  }

  it("promoted to instructor, the next page shows the instructor links without signing out; demoted, they are gone", async () => {
    const u = await holder.prisma.user.create({ data: { name: "Nav Student", email: "nav-student@example.com" } });
    // The token is the one of the sign-in, as a student; it does not change below.
    const token = { id: u.id, name: "Nav Student", email: "nav-student@example.com", role: "STUDENT" };
    const before = await mainNav(token);
    expect(before).toContain('href="/tasks"');
    expect(before).not.toContain('href="/instructor"');

    signIn(world.actors.admin);
    expect(await action(() => changeRoleAction(form({ userId: u.id, role: "INSTRUCTOR", reason: "teaches the spring cohort" })))).toBe("allowed");
    const promoted = await mainNav(token);
    expect(promoted).toContain('href="/instructor"');
    expect(promoted).not.toContain('href="/admin/users"');
    // …and the page itself agrees (it reads the same live role).
    expect((await page(InstructorPage, props())).outcome).toBe("allowed");

    signIn(world.actors.admin);
    expect(await action(() => changeRoleAction(form({ userId: u.id, role: "STUDENT", reason: "cohort over" })))).toBe("allowed");
    const demoted = await mainNav(token);
    expect(demoted).toContain('href="/tasks"');
    expect(demoted).not.toContain('href="/instructor"');
    expect((await page(InstructorPage, props())).outcome).toBe("denied");
  });

  it("an account that is gone gets the signed-out header, whatever its token says", async () => {
    const u = await holder.prisma.user.create({ data: { name: "Gone Soon", email: "gone-soon@example.com", role: "INSTRUCTOR" } });
    await holder.prisma.user.delete({ where: { id: u.id } });
    holder.session = { id: u.id, name: "Gone Soon", email: "gone-soon@example.com", role: "INSTRUCTOR" };
    const html = renderToStaticMarkup((await RootLayout({ children: null })) as never);
    expect(html).not.toContain('aria-label="Main"');
    expect(html).toContain('href="/signin"');
  });
});

describe("no leaks through pages and routes", () => {
  it("finishing the open exam closes it for its owner only (the last write of the matrix)", async () => {
    for (const persona of personas) {
      signIn(world.actors[persona]);
      const status = (await finishRoute(json("POST", {}), props({ id: openAttemptId }) as never)).status;
      expect([persona, status]).toEqual([persona, persona === "student" ? 200 : persona === "anonymous" ? 401 : 404]);
    }
  });

  it("an open class exam shows its instructor neither answers, checks nor solutions", async () => {
    const started = await startWindowExam({ prisma: holder.prisma, queue: world.queue }, world.actors.student, (await holder.prisma.examWindow.create({
      data: { classId: world.classId, examId: world.examId, opensAt: new Date(Date.now() - 60_000), closesAt: new Date(Date.now() + 3600_000) },
    })).id);
    if (!started.ok) throw new Error(started.message);
    await holder.prisma.answer.updateMany({ where: { attemptId: started.value.attemptId }, data: { content: "kind: Pod # open secret" } });
    signIn(world.actors.instructor);
    const review = await page(AttemptReviewPage, props({ id: started.value.attemptId }));
    expect(review.outcome).toBe("allowed");
    expect(text(review.element)).not.toContain("open secret");
    expect(text(review.element)).toContain("still open");
    // …and the student's own exam page carries no check or solution of its tasks.
    signIn(world.actors.student);
    const own = await page(AttemptPage, props({ id: started.value.attemptId }));
    const tv = await holder.prisma.taskVersion.findFirstOrThrow({ where: { task: { slug: world.publishedSlug } } });
    const definition = tv.definition as { checks: { name: string }[]; solution: { transcript?: string } };
    expect(text(own.element)).not.toContain(definition.checks[0].name);
    expect(text(own.element)).not.toContain(definition.solution.transcript!.trim());
  });

  it("classmates see each other as they chose on the class board; the instructor sees real names", async () => {
    const mate = await holder.prisma.user.create({ data: { name: "Mate Member", email: "mate@example.com" } });
    await holder.prisma.classMember.create({ data: { classId: world.classId, userId: mate.id } });
    signIn({ id: mate.id, role: "STUDENT" });
    const asMate = await page(ClassBoardPage, props({ classId: world.classId, examId: world.examId }));
    expect(asMate.outcome).toBe("allowed");
    expect(text(asMate.element)).not.toContain("Stu Dent");
    expect(text(asMate.element)).not.toContain(world.studentWindowAttemptId);
    signIn(world.actors.instructor);
    expect(text((await page(ClassBoardPage, props({ classId: world.classId, examId: world.examId }))).element)).toContain("Stu Dent");
  });

  it("the instructor's class page does not show another instructor's classes, and the task list no one else's drafts", async () => {
    signIn(world.actors.otherInstructor);
    const home = text((await page(InstructorPage, props())).element);
    expect(home).not.toContain("CKAD autumn");
    expect(home).toContain("Someone else's class");
    expect(home).not.toContain(world.draftTaskId);
  });

  it("the task catalog page lists no draft", async () => {
    signIn(world.actors.student);
    const catalog = text((await page(TasksPage, props())).element);
    expect(catalog).toContain(world.publishedSlug);
    expect(catalog).not.toContain("draft_");
    expect(catalog).not.toContain("draft-only");
  });

  it("the grades CSV is a spreadsheet-safe attachment of the closed attempts", async () => {
    signIn(world.actors.instructor);
    const response = await gradesCsvRoute(get(), props({ id: world.windowId }) as never);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9-]+\.csv"$/);
    const csv = await response.text();
    expect(csv.split("\r\n")[0]).toContain("name,email");
    expect(csv).toContain("Stu Dent");
  });

  it("bad input gets a 4xx with a message, never a 500", async () => {
    signIn(world.actors.instructor);
    const bad = await exportTaskRoute(get("http://localhost/api?version=nope"), props({ id: world.draftTaskId }) as never);
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/version/);
    expect((await gradesCsvRoute(get(), props({ id: "x".repeat(500) }) as never)).status).toBe(404);
    expect(await action(() => taskEditorAction(initialTaskEditorState, form({ taskId: world.draftTaskId, intent: "explode", yaml: "x" })))).toBe("denied");
  });
});
