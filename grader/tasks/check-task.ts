// What `kubesim tasks check` proves of a task on every build: its reference
// solution and every alternative score full marks, every near miss fails
// exactly the checks it names, and the untouched setup scores zero on every check.
import { grade, type GradeResult } from "../grade";
import type { Task } from "./task-schema";

export interface TaskCheckFailure {
  /** `solution`, `alternatives[1] (a native sidecar)`, `nearMisses[0] (...)`, `untouched setup`. */
  answer: string;
  problem: string;
}

function failedIds(r: GradeResult): string[] {
  return r.checks.filter((c) => !c.passed).map((c) => c.id);
}

function describeFailures(r: GradeResult): string {
  const lines = r.checks.filter((c) => !c.passed).map((c) => `${c.id}: ${c.message}`);
  if (r.answer.exitCode !== 0) lines.push(`the answer exited ${r.answer.exitCode}: ${r.answer.stderr.trim().split("\n")[0]}`);
  return lines.join("; ");
}

export async function checkTask(task: Task): Promise<TaskCheckFailure[]> {
  const failures: TaskCheckFailure[] = [];
  const setupBroken = (r: GradeResult, answer: string) => {
    if (!r.setupError) return false;
    failures.push({ answer, problem: `the setup failed (exit ${r.setupError.exitCode}): ${r.setupError.stderr.trim().split("\n")[0]}` });
    return true;
  };

  const solution = await grade(task, task.solution);
  if (setupBroken(solution, "solution")) return failures;
  if (solution.score !== solution.maxScore) failures.push({ answer: "solution", problem: `scored ${solution.score}/${solution.maxScore}: ${describeFailures(solution)}` });

  for (const [i, alt] of task.alternatives.entries()) {
    const r = await grade(task, alt);
    if (r.score !== r.maxScore) failures.push({ answer: `alternatives[${i}] (${alt.description})`, problem: `scored ${r.score}/${r.maxScore}: ${describeFailures(r)}` });
  }

  for (const [i, miss] of task.nearMisses.entries()) {
    const r = await grade(task, miss);
    const want = [...miss.failsChecks].sort();
    const got = failedIds(r).sort();
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      failures.push({ answer: `nearMisses[${i}] (${miss.description})`, problem: `should fail [${want.join(", ")}] but fails [${got.join(", ")}]` });
    }
  }

  const untouched = await grade(task, undefined);
  const passing = untouched.checks.filter((c) => c.passed).map((c) => c.id);
  if (passing.length) failures.push({ answer: "untouched setup", problem: `passes ${passing.join(", ")} (every check must fail before the candidate acts)` });
  return failures;
}
