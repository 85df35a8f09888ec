// grade(task, answer): a fresh simulated cluster → the task's setup on the
// workstation → the candidate's answer (manifests applied as `kubectl apply
// -f`, or a transcript typed on the workstation) → the cluster lives for the
// task's horizon → the checks. Pure and deterministic: the result holds no
// real time, so the same task and answer give the same result byte for byte.
import { runChecks, type CheckResult } from "./checks";
import { evaluateKubectlJsonPath } from "./checks/jsonpath-check";
import { probeConnection } from "./network/connectivity-probe";
import type { Workstation, WorkstationResult } from "./shell";
import { applyManifests } from "./shell/manifest-answer";
import { afterSetup, runSetupLive } from "./shell/setup-cache";
import { defaultHorizonSeconds, type Answer, type Task } from "./tasks";
import { graderVersion } from "./version";

export interface GradeOptions {
  /** Seeds the cluster's names and uids; default 1. */
  seed?: number;
  /** False runs the task's setup for this answer even when a saved one exists (tests comparing the two). */
  reuseSetup?: boolean;
}

export interface StepOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface GradeResult {
  graderVersion: string;
  taskId: string;
  score: number;
  maxScore: number;
  checks: CheckResult[];
  /** What applying the answer printed (kubectl's messages, per document), so a candidate sees what failed. */
  answer: StepOutput;
  /** Set when the task's own setup failed: a broken task, not the candidate's fault. */
  setupError?: StepOutput;
  /** Virtual time, not wall time: the grader never reads a real clock. */
  timings: { virtualSeconds: number; settleSteps: number; settleTruncated: boolean };
}

/** Where a manifests answer is written before `kubectl apply -f` reads it. */
export const manifestAnswerPath = "/root/answer.yaml";

// Output kept in a result; a runaway transcript should not make the result itself huge.
const maxOutputChars = 64 * 1024;

function clip(r: WorkstationResult): StepOutput {
  const cut = (s: string) => (s.length > maxOutputChars ? `${s.slice(0, maxOutputChars)}\n… (${s.length - maxOutputChars} more characters)` : s);
  return { exitCode: r.exitCode, stdout: cut(r.stdout), stderr: cut(r.stderr) };
}

async function applyAnswer(ws: Workstation, answer: Answer): Promise<WorkstationResult> {
  // Through a file, so kubectl's messages name it as they would on a real workstation.
  if (answer.manifests !== undefined) return applyManifests(ws, answer.manifests, manifestAnswerPath);
  return ws.run(answer.transcript ?? "");
}

export async function grade(task: Task, answer: Answer | undefined, opts: GradeOptions = {}): Promise<GradeResult> {
  const seed = opts.seed ?? 1;
  const { cluster, workstation: ws, setup } = await (opts.reuseSetup === false ? runSetupLive : afterSetup)(task.setup, seed, task.topology);
  const answerRun = answer ? await applyAnswer(ws, answer) : { exitCode: 0, stdout: "", stderr: "" };
  const settled = await cluster.settleAsync({ forMs: (task.horizon ?? defaultHorizonSeconds) * 1000 });
  const checks = await runChecks(task.checks, {
    api: cluster.api,
    files: ws.files(),
    runScript: async (script) => (await ws.run(script)).exitCode,
    ...(cluster.kubelet ? { connect: async (from, host, port) => probeConnection(cluster.api, cluster.kubelet!.network, from, host, port) } : {}),
    evaluateJsonPath: evaluateKubectlJsonPath,
  });
  const maxScore = checks.reduce((sum, c) => sum + c.points, 0);
  const score = checks.reduce((sum, c) => sum + (c.passed ? c.points : 0), 0);
  return {
    graderVersion,
    taskId: task.id,
    score,
    maxScore,
    checks,
    answer: clip(answerRun),
    ...(setup && setup.exitCode !== 0 ? { setupError: clip(setup) } : {}),
    timings: { virtualSeconds: settled.elapsedMs / 1000, settleSteps: settled.steps, settleTruncated: settled.truncated },
  };
}
