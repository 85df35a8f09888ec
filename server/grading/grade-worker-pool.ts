// A pool of worker threads running grade() for candidates and checkTask() for
// authors (Validate), one job per thread at a time. Each job has a wall-time
// limit (its kind's) and each thread a heap limit: a thread that exceeds
// either is terminated and replaced, and the job fails with a message its
// reader understands (pg-boss then retries a grading). A thread that dies for
// any other reason fails its job the same way, so nothing is lost silently —
// and a runaway task never holds the web process: it only ever waits.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Answer, GradeResult, Task, TaskCheckFailure } from "@kubedojo/grader";
import type { CheckTaskRequest, GradeRequest, WorkerHook, WorkerReply, WorkerRequest } from "./grade-worker-protocol";

export interface GradeWorkerPoolOptions {
  /** Threads (default: one per core). */
  size: number;
  /** Wall-clock limit of one grading (default 20 s). */
  timeLimitMs?: number;
  /** Wall-clock limit of one task check — every answer of the task graded (default 60 s). */
  checkTimeLimitMs?: number;
  /** Old-generation heap limit of a thread (default 512 MB). */
  memoryLimitMb?: number;
  /** The worker module (default: the bundle built by scripts/build-grade-worker.mjs). */
  entry?: string;
  /**
   * Graded by every new thread before its first real job: a fresh thread
   * takes ~1 s on its first grading (loading and compiling the grader), ~30 ms after.
   */
  warmUp?: GradeJob;
}

export interface GradeJob {
  task: Task;
  answer: Answer | undefined;
  hook?: WorkerHook;
}

export interface CheckTaskJob {
  task: Task;
  hook?: WorkerHook;
}

/** Why a grading did not produce a result; the message is shown to the candidate. */
export class GradingFailure extends Error {
  override readonly name = "GradingFailure";
}

/** A job waiting for a thread: the request without its id, the limit of its kind, and how it ends. */
interface Pending {
  request: Omit<GradeRequest, "jobId"> | Omit<CheckTaskRequest, "jobId">;
  resolve: (value: never) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job?: { id: number; kind: WorkerRequest["kind"]; resolve: (value: never) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };
}

/** What a job is called in the messages its reader sees. */
const jobWords: Record<WorkerRequest["kind"], { what: string; failed: string }> = {
  grade: { what: "Grading", failed: "The grader failed on this answer" },
  "check-task": { what: "Validating the task", failed: "The grader failed on this task" },
};

export const defaultTimeLimitMs = 20_000;
export const defaultCheckTimeLimitMs = 60_000;
export const defaultMemoryLimitMb = 512;

export class GradeWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private nextJobId = 1;
  private closed = false;
  readonly timeLimitMs: number;
  readonly checkTimeLimitMs: number;
  readonly memoryLimitMb: number;
  private readonly entry: string;
  private readonly warmUp: GradeJob | undefined;
  private readonly warmUps: Promise<unknown>[] = [];

  constructor(options: GradeWorkerPoolOptions) {
    this.timeLimitMs = options.timeLimitMs ?? defaultTimeLimitMs;
    this.checkTimeLimitMs = options.checkTimeLimitMs ?? defaultCheckTimeLimitMs;
    this.memoryLimitMb = options.memoryLimitMb ?? defaultMemoryLimitMb;
    this.entry = options.entry ?? gradeWorkerBundlePath;
    this.warmUp = options.warmUp;
    // Started now, so the first candidate does not wait for a thread to load the grader.
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Grades in a free thread (or when one frees up); rejects with a GradingFailure. */
  run(job: GradeJob): Promise<GradeResult> {
    return this.enqueue<GradeResult>({ kind: "grade", task: job.task, answer: job.answer, hook: job.hook });
  }

  /**
   * What `kubesim tasks check` proves of a task, in a free thread, within
   * checkTimeLimitMs and the thread's heap limit; rejects with a GradingFailure
   * (a runaway setup is stopped: its thread is terminated and replaced).
   */
  checkTask(job: CheckTaskJob): Promise<TaskCheckFailure[]> {
    return this.enqueue<TaskCheckFailure[]>({ kind: "check-task", task: job.task, hook: job.hook });
  }

  private enqueue<T>(request: Pending["request"]): Promise<T> {
    if (this.closed) return Promise.reject(new GradingFailure("The grading pool is shut down."));
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ request, resolve: resolve as (value: never) => void, reject });
      this.dispatch();
    });
  }

  /** Resolves once every thread started so far has graded its warm-up job (or failed it). */
  async ready(): Promise<void> {
    await Promise.all(this.warmUps);
  }

  /** The thread ids busy grading now (tests use them to kill a thread mid-job). */
  busyThreadIds(): number[] {
    return this.slots.filter((s) => s.job).map((s) => s.worker.threadId);
  }

  /** Terminates a thread as a crash would: its job fails and the thread is replaced. */
  async killThread(threadId: number): Promise<void> {
    await this.slots.find((s) => s.worker.threadId === threadId)?.worker.terminate();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.reject(new GradingFailure("The grading pool is shut down."));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(new URL(pathToFileURL(this.entry)), {
      resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb },
    });
    const slot: Slot = { worker };
    worker.unref();
    worker.on("message", (reply: WorkerReply) => {
      const job = slot.job;
      if (!job || job.id !== reply.jobId) return;
      this.finish(slot);
      if (!reply.ok) job.reject(new GradingFailure(`${jobWords[job.kind].failed}: ${reply.message}`));
      else job.resolve(("result" in reply ? reply.result : reply.failures) as never);
      this.dispatch();
    });
    worker.on("error", (e: Error & { code?: string }) => {
      const what = slot.job ? jobWords[slot.job.kind].what : "Grading";
      const message =
        e.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `${what} used more than ${this.memoryLimitMb} MB of memory and was stopped.`
          : `The grading worker crashed: ${e.message}`;
      this.replace(slot, message);
    });
    worker.on("exit", (code) => this.replace(slot, `The grading worker stopped unexpectedly (exit code ${code}).`));
    if (this.warmUp) {
      const job = this.warmUp;
      // Loading the grader is not the candidate's time: the warm-up gets a minute whatever the job limit.
      const request = { kind: "grade" as const, task: job.task, answer: job.answer };
      this.warmUps.push(
        new Promise<unknown>((resolve) => this.start(slot, { request, resolve: resolve as (value: never) => void, reject: resolve }, Math.max(this.timeLimitMs, 60_000))),
      );
    }
    return slot;
  }

  /** A dead or stopped thread: fails its job with `message` and takes its place with a new one. */
  private replace(slot: Slot, message: string): void {
    const job = slot.job;
    this.finish(slot);
    const index = this.slots.indexOf(slot);
    if (index >= 0) {
      if (this.closed) this.slots.splice(index, 1);
      else this.slots[index] = this.spawn();
    }
    void slot.worker.terminate();
    job?.reject(new GradingFailure(message));
    this.dispatch();
  }

  private finish(slot: Slot): void {
    if (slot.job) clearTimeout(slot.job.timer);
    slot.job = undefined;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job) continue;
      const next = this.waiting.shift();
      if (!next) return;
      this.start(slot, next);
    }
  }

  private start(slot: Slot, next: Pending, limitMs = next.request.kind === "check-task" ? this.checkTimeLimitMs : this.timeLimitMs): void {
    const id = this.nextJobId++;
    const kind = next.request.kind;
    const timer = setTimeout(() => {
      this.replace(slot, `${jobWords[kind].what} took longer than ${limitMs / 1000} s and was stopped.`);
    }, limitMs);
    slot.job = { id, kind, resolve: next.resolve, reject: next.reject, timer };
    const request: WorkerRequest = { ...next.request, jobId: id } as WorkerRequest;
    slot.worker.postMessage(request);
  }
}

const root = process.cwd();
export const gradeWorkerBundlePath = path.join(root, "node_modules/.cache/grade-worker/grade-worker.mjs");

/** The newest modification time of the TypeScript a worker bundle is made of. */
function newestSourceMs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMs(full));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Rebuilds the worker bundle when it is missing or older than the grader (after a pull or an edit); returns its path. */
export async function ensureGradeWorkerBundle(): Promise<string> {
  const sources = Math.max(newestSourceMs(path.join(root, "grader")), newestSourceMs(path.join(root, "server/grading")));
  if (!existsSync(gradeWorkerBundlePath) || statSync(gradeWorkerBundlePath).mtimeMs < sources) {
    const script = pathToFileURL(path.join(root, "scripts/build-grade-worker.mjs")).href;
    const { buildGradeWorker } = (await import(/* webpackIgnore: true */ script)) as { buildGradeWorker: () => Promise<void> };
    await buildGradeWorker();
  }
  return gradeWorkerBundlePath;
}
