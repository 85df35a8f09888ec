// `kubesim grade --task PATH --answer FILE [--transcript] [--json]`: grades
// one answer (manifests, or a transcript with --transcript) against one task.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { grade } from "../grade";
import { formatProblem, parseTaskText, taskFileName } from "../tasks";
import type { CliIO } from "./main";

// An answer larger than this is refused before it is read (a paste, not a disk image).
const maxAnswerBytes = 10 * 1024 * 1024;

export async function gradeCommand(argv: string[], io: CliIO): Promise<number> {
  let taskPath: string | undefined;
  let answerPath: string | undefined;
  let transcript = false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--task") taskPath = argv[++i];
    else if (a.startsWith("--task=")) taskPath = a.slice(7);
    else if (a === "--answer") answerPath = argv[++i];
    else if (a.startsWith("--answer=")) answerPath = a.slice(9);
    else if (a === "--transcript") transcript = true;
    else if (a === "--json") json = true;
    else {
      io.stderr(`kubesim: unexpected argument ${a}\nRun 'kubesim --help' for usage.\n`);
      return 2;
    }
  }
  if (!taskPath || !answerPath) {
    io.stderr("kubesim: grade needs --task PATH and --answer FILE\nRun 'kubesim --help' for usage.\n");
    return 2;
  }
  let taskFile = resolve(io.cwd, taskPath);
  if (existsSync(taskFile) && statSync(taskFile).isDirectory()) taskFile = join(taskFile, taskFileName);
  if (!existsSync(taskFile)) {
    io.stderr(`kubesim: task file ${taskPath} does not exist\n`);
    return 2;
  }
  const parsed = parseTaskText(readFileSync(taskFile, "utf8"), taskPath);
  if (!parsed.value) {
    for (const p of parsed.problems) io.stderr(`${formatProblem(p)}\n`);
    return 1;
  }
  const answerFile = resolve(io.cwd, answerPath);
  if (!existsSync(answerFile)) {
    io.stderr(`kubesim: answer file ${answerPath} does not exist\n`);
    return 2;
  }
  if (statSync(answerFile).size > maxAnswerBytes) {
    io.stderr(`kubesim: answer file ${answerPath} is larger than 10 MiB; answers are manifests or shell commands\n`);
    return 1;
  }
  const text = readFileSync(answerFile, "utf8");
  const result = await grade(parsed.value, transcript ? { transcript: text || "true" } : { manifests: text || "\n" });
  if (json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    if (result.answer.stdout) io.stdout(result.answer.stdout);
    if (result.answer.stderr) io.stdout(result.answer.stderr);
    for (const c of result.checks) io.stdout(`${c.passed ? "PASS" : "FAIL"} ${c.name} (${c.passed ? c.points : 0}/${c.points})${c.passed ? "" : `: ${c.message}`}\n`);
    io.stdout(`score ${result.score}/${result.maxScore}\n`);
  }
  return result.score === result.maxScore ? 0 : 1;
}
