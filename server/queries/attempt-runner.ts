// What the page of an open attempt shows: each task's prompt and the
// candidate's saved answer, flags, notepad, the server's deadline and clock.
// Never a task's checks, solution or explanation (those wait for the results).
import type { PrismaClient } from "@/generated/prisma/client";
import { taskPrompt } from "./stored-json";

export interface RunnerAnswer {
  form: "MANIFESTS" | "TRANSCRIPT";
  content: string;
  revision: number;
  savedAt: string;
  flagged: boolean;
}

export interface RunnerTask {
  taskVersionId: string;
  /** 1-based, in the exam's order. */
  position: number;
  slug: string;
  title: string;
  domain: string;
  points: number;
  difficulty: "EASY" | "MEDIUM" | "HARD";
  suggestedMinutes: number;
  prompt: string;
  answer: RunnerAnswer;
}

export interface RunnerAttempt {
  id: string;
  mode: "PRACTICE" | "EXAM";
  status: "OPEN" | "CLOSED";
  title: string;
  startedAt: string;
  deadline: string | null;
  /** The server's clock when the page was made: the countdown corrects the browser's by it. */
  serverNow: string;
  notepad: string;
  tasks: RunnerTask[];
}

// The clock the services judge deadlines by (server/services/service-deps.ts): this server's.
const serverNow = () => new Date().toISOString();

const plausibleId = (id: string) => id.length > 0 && id.length <= 100;

/** The attempt of `userId` (null for anyone else's, or none), with its tasks in order. */
export async function attemptForRunner(db: PrismaClient, userId: string, attemptId: string): Promise<RunnerAttempt | null> {
  if (!plausibleId(attemptId)) return null;
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      mode: true,
      status: true,
      startedAt: true,
      deadline: true,
      notepad: true,
      taskVersion: { select: { id: true } },
      examVersion: { select: { title: true, tasks: { orderBy: { position: "asc" }, select: { taskVersionId: true } } } },
      answers: {
        select: {
          taskVersionId: true,
          form: true,
          content: true,
          revision: true,
          savedAt: true,
          flagged: true,
          taskVersion: {
            select: {
              definition: true,
              task: { select: { slug: true, title: true, domain: true, points: true, difficulty: true, suggestedMinutes: true } },
            },
          },
        },
      },
    },
  });
  if (!attempt) return null;
  const order = attempt.examVersion?.tasks.map((t) => t.taskVersionId) ?? (attempt.taskVersion ? [attempt.taskVersion.id] : []);
  const tasks = attempt.answers
    .filter((a) => order.includes(a.taskVersionId))
    .sort((a, b) => order.indexOf(a.taskVersionId) - order.indexOf(b.taskVersionId))
    .map((a, i): RunnerTask => ({
      taskVersionId: a.taskVersionId,
      position: i + 1,
      slug: a.taskVersion.task.slug,
      title: a.taskVersion.task.title,
      domain: a.taskVersion.task.domain,
      points: a.taskVersion.task.points,
      difficulty: a.taskVersion.task.difficulty,
      suggestedMinutes: a.taskVersion.task.suggestedMinutes,
      prompt: taskPrompt(a.taskVersion.definition),
      answer: { form: a.form, content: a.content, revision: a.revision, savedAt: a.savedAt.toISOString(), flagged: a.flagged },
    }));
  return {
    id: attempt.id,
    mode: attempt.mode,
    status: attempt.status,
    title: attempt.examVersion?.title ?? tasks[0]?.title ?? "Practice",
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline?.toISOString() ?? null,
    serverNow: serverNow(),
    notepad: attempt.notepad,
    tasks,
  };
}

export interface AttemptState {
  status: "OPEN" | "CLOSED";
  deadline: string | null;
  serverNow: string;
}

/** The little a polling page needs: is it still open, and until when. */
export async function attemptState(db: PrismaClient, userId: string, attemptId: string): Promise<AttemptState | null> {
  if (!plausibleId(attemptId)) return null;
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId }, select: { status: true, deadline: true } });
  if (!attempt) return null;
  return { status: attempt.status, deadline: attempt.deadline?.toISOString() ?? null, serverNow: serverNow() };
}
