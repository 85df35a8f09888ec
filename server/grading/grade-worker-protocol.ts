// The messages between the pool and a grading worker thread. A thread does
// two kinds of job: "grade" (an answer against a task, for a candidate) and
// "check-task" (what `kubesim tasks check` proves of a task, for an author).
import type { Answer, GradeResult, Task, TaskCheckFailure } from "@kubedojo/grader";

/** Test hooks, honoured only when the pool was created with them allowed. */
export interface WorkerHook {
  hangMs?: number;
  exhaustMemory?: boolean;
}

export interface GradeRequest {
  kind: "grade";
  jobId: number;
  task: Task;
  answer: Answer | undefined;
  hook?: WorkerHook;
}

export interface CheckTaskRequest {
  kind: "check-task";
  jobId: number;
  task: Task;
  hook?: WorkerHook;
}

export type WorkerRequest = GradeRequest | CheckTaskRequest;

export type GradeReply = { jobId: number; ok: true; result: GradeResult } | { jobId: number; ok: false; message: string };
export type CheckTaskReply = { jobId: number; ok: true; failures: TaskCheckFailure[] } | { jobId: number; ok: false; message: string };
export type WorkerReply = GradeReply | CheckTaskReply;
