// A grading worker thread: does one request at a time — grade() for a
// "grade" job, checkTask() for a "check-task" job (an author's Validate).
// Bundled at install into node_modules/.cache/grade-worker (see
// scripts/build-grade-worker.mjs) so a thread starts without compiling TypeScript.
import { parentPort } from "node:worker_threads";
import { checkTask, grade } from "@kubedojo/grader";
import type { WorkerHook, WorkerReply, WorkerRequest } from "./grade-worker-protocol";

const port = parentPort;
if (!port) throw new Error("grade-worker-entry runs in a worker thread");

function runHook(hook: WorkerHook | undefined): void {
  // Blocks the thread as a CPU-bound grading would: only terminate() gets it back.
  if (hook?.hangMs) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, hook.hangMs);
  if (hook?.exhaustMemory) {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
  }
}

port.on("message", async (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    runHook(request.hook);
    reply =
      request.kind === "check-task"
        ? { jobId: request.jobId, ok: true, failures: await checkTask(request.task) }
        : { jobId: request.jobId, ok: true, result: await grade(request.task, request.answer) };
  } catch (e) {
    reply = { jobId: request.jobId, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
