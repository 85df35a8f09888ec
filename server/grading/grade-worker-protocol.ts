// The messages between the pool and a grading worker thread.
import type { Answer, GradeResult, Task } from "@kubedojo/grader";

export interface GradeRequest {
  jobId: number;
  task: Task;
  answer: Answer | undefined;
  /** Test hooks, honoured only when the pool was created with them allowed. */
  hook?: { hangMs?: number; exhaustMemory?: boolean };
}

export type GradeReply = { jobId: number; ok: true; result: GradeResult } | { jobId: number; ok: false; message: string };
