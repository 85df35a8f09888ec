// The whole task bank from disk: tasks/<domain>/<slug>/task.yaml and
// tasks/exams/*.yaml. Every problem of every file is collected (with the file
// and the field), then the rules across files: uuids unique, exam tasks exist.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { maxYamlBytes } from "./bounded-yaml";
import { ckadDomains } from "./domains";
import type { Exam } from "./exam-schema";
import type { LoadProblem } from "./load-problem";
import { parseExamText, parseTaskText, type Parsed } from "./parse-task";
import type { Task } from "./task-schema";

export interface LoadedTask {
  /** The file as problems name it: `tasks/application-deployment/rollback/task.yaml`. */
  file: string;
  task: Task;
}

export interface LoadedExam {
  file: string;
  exam: Exam;
}

export interface TaskBank {
  tasks: LoadedTask[];
  exams: LoadedExam[];
  /** Empty when the bank is valid. */
  problems: LoadProblem[];
}

export const taskFileName = "task.yaml";
export const examsFolder = "exams";
/** Folders of tasks/ that hold no tasks: the generated JSON Schema. */
const nonTaskFolders = new Set([examsFolder, "schema"]);

const sorted = (names: string[]): string[] => [...names].sort();

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A file's text, refused before reading when it is over the size limit. */
function readBounded(absolute: string, file: string): { text: string } | { problem: LoadProblem } {
  try {
    const size = statSync(absolute).size;
    if (size > maxYamlBytes) {
      return { problem: { file, path: "", message: `file is ${size} bytes; task bank files are limited to ${maxYamlBytes} bytes (1 MiB)` } };
    }
    return { text: readFileSync(absolute, "utf8") };
  } catch (e) {
    return { problem: { file, path: "", message: `cannot read: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

function loadFile<T>(absolute: string, file: string, parse: (text: string) => Parsed<T>): Parsed<T> {
  const read = readBounded(absolute, file);
  return "problem" in read ? { problems: [read.problem] } : parse(read.text);
}

/** Loads the bank under `root` (the tasks/ folder); files are named relative to the folder above it. */
export function loadTaskBank(root: string): TaskBank {
  const base = path.dirname(path.resolve(root));
  const display = (absolute: string): string => path.relative(base, absolute).split(path.sep).join("/");
  const bank: TaskBank = { tasks: [], exams: [], problems: [] };
  const domainFolders = new Set<string>(ckadDomains.map((d) => d.folder));

  for (const folder of sorted(readdirSync(root))) {
    const folderPath = path.join(root, folder);
    if (folder.startsWith(".") || nonTaskFolders.has(folder) || !isDirectory(folderPath)) continue;
    if (!domainFolders.has(folder)) {
      bank.problems.push({ file: display(folderPath), path: "", message: `not a CKAD domain folder; expected one of ${[...domainFolders].join(", ")}` });
      continue;
    }
    for (const slug of sorted(readdirSync(folderPath))) {
      const taskDir = path.join(folderPath, slug);
      if (slug.startsWith(".") || !isDirectory(taskDir)) continue;
      const absolute = path.join(taskDir, taskFileName);
      const file = display(absolute);
      if (!statSafe(absolute)) {
        bank.problems.push({ file: display(taskDir), path: "", message: `no ${taskFileName} in this task folder` });
        continue;
      }
      const parsed = loadFile(absolute, file, (text) => parseTaskText(text, file, `${folder}/${slug}`));
      bank.problems.push(...parsed.problems);
      if (parsed.value) bank.tasks.push({ file, task: parsed.value });
    }
  }

  const examsDir = path.join(root, examsFolder);
  if (isDirectory(examsDir)) {
    for (const name of sorted(readdirSync(examsDir)).filter((n) => n.endsWith(".yaml"))) {
      const file = display(path.join(examsDir, name));
      const parsed = loadFile(path.join(examsDir, name), file, (text) => parseExamText(text, file, name.slice(0, -".yaml".length)));
      bank.problems.push(...parsed.problems);
      if (parsed.value) bank.exams.push({ file, exam: parsed.value });
    }
  }

  bank.problems.push(...crossFileProblems(bank));
  return bank;
}

function statSafe(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Rules no single file can check: a uuid belongs to one task, an exam lists tasks that exist. */
export function crossFileProblems(bank: Pick<TaskBank, "tasks" | "exams">): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const byUuid = new Map<string, string>();
  for (const { file, task } of bank.tasks) {
    const first = byUuid.get(task.uuid);
    if (first) problems.push({ file, path: "uuid", message: `${task.uuid} is already the uuid of ${first}` });
    else byUuid.set(task.uuid, file);
  }
  const ids = new Set(bank.tasks.map((t) => t.task.id));
  for (const { file, exam } of bank.exams) {
    exam.tasks.forEach((id, i) => {
      if (!ids.has(id)) problems.push({ file, path: `tasks[${i}]`, message: `no task has the id ${JSON.stringify(id)}` });
    });
  }
  return problems;
}
