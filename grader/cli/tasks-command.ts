// `kubesim tasks check [PATH]`: validates the task bank's files, then proves
// every task (checkTask). One line per task, every problem listed, and a
// final `N passed, M failed`; a non-zero exit on any failure.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { checkTask } from "../tasks/check-task";
import { formatProblem, loadTaskBank } from "../tasks";
import type { CliIO } from "./main";

export async function tasksCheckCommand(argv: string[], io: CliIO): Promise<number> {
  const root = resolve(io.cwd, argv[0] ?? "tasks");
  if (!existsSync(root)) {
    io.stderr(`kubesim: task bank ${argv[0] ?? "tasks"} does not exist\n`);
    return 2;
  }
  const bank = loadTaskBank(root);
  let passed = 0;
  let failed = 0;
  const brokenFiles = new Set(bank.problems.map((p) => p.file));
  for (const p of bank.problems) io.stdout(`FAIL ${formatProblem(p)}\n`);
  failed += brokenFiles.size;
  for (const { file, task } of bank.tasks) {
    if (brokenFiles.has(file)) continue;
    const failures = await checkTask(task);
    if (failures.length === 0) {
      passed++;
      io.stdout(`ok   ${task.id}\n`);
      continue;
    }
    failed++;
    io.stdout(`FAIL ${task.id}\n`);
    for (const f of failures) io.stdout(`       ${f.answer}: ${f.problem}\n`);
  }
  io.stdout(`${bank.tasks.length} tasks, ${bank.exams.length} exams\n${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}
