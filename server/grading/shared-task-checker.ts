// How this process validates an author's task (checkTask, the proof of
// `kubesim tasks check`): never on the web process's own thread. The grading
// runtime registers, at start, its pool's threads when it has some, else the
// pg-boss "check-task" queue that separate workers consume (on globalThis:
// Next's server bundle has its own copy of this module). Anywhere else — a
// bare `next start` — the queue is used.
import type { Task, TaskCheckFailure } from "@kubedojo/grader";
import type PgBoss from "pg-boss";
import type { GradeWorkerPool } from "./grade-worker-pool";
import { startedPgBossQueue } from "./shared-grading-queue";
import { checkTaskThroughQueue } from "./task-check-queue";

export type TaskChecker = (task: Task) => Promise<TaskCheckFailure[]>;

const shared = globalThis as unknown as { kubedojoTaskChecker?: TaskChecker };

/** One validation at a time per process, so authors can never take every grading thread from candidates. */
function oneAtATime(check: TaskChecker): TaskChecker {
  let running: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = running.then(
      () => check(task),
      () => check(task),
    );
    running = run.catch(() => undefined);
    return run;
  };
}

export function poolTaskChecker(pool: GradeWorkerPool): TaskChecker {
  return oneAtATime((task) => pool.checkTask({ task }));
}

export function queueTaskChecker(boss: PgBoss): TaskChecker {
  return (task) => checkTaskThroughQueue(boss, task);
}

export function registerTaskChecker(checker: TaskChecker): void {
  shared.kubedojoTaskChecker = checker;
}

/** The process's task checker. */
export function taskChecker(): TaskChecker {
  return shared.kubedojoTaskChecker ?? (async (task) => checkTaskThroughQueue((await startedPgBossQueue()).boss, task));
}
