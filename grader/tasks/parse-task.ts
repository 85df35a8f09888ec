// One task or exam file, from text: bounded YAML, then the strict schema.
// Every problem is collected, not just the first. Works without a filesystem,
// so the web editor can use it on what an instructor types.
import type { z } from "zod";
import { parseBoundedYaml } from "./bounded-yaml";
import { examSchema, type Exam } from "./exam-schema";
import { problemsFromZod, requiredFieldErrorMap, type LoadProblem } from "./load-problem";
import { taskSchema, type Task } from "./task-schema";
import { domainFolder } from "./domains";

export interface Parsed<T> {
  value?: T;
  problems: LoadProblem[];
}

function parseWith<T>(schema: z.ZodType<T>, text: string, file: string): Parsed<T> {
  const yaml = parseBoundedYaml(text);
  if (!yaml.ok) return { problems: [{ file, path: "", message: yaml.message }] };
  if (typeof yaml.value !== "object" || yaml.value === null || Array.isArray(yaml.value)) {
    return { problems: [{ file, path: "", message: "expected a mapping of fields at the top of the file" }] };
  }
  const result = schema.safeParse(yaml.value, { error: requiredFieldErrorMap, reportInput: true });
  if (!result.success) return { problems: problemsFromZod(file, result.error.issues) };
  return { value: result.data, problems: [] };
}

/**
 * A task file's content; `expectedId` (the folder path below tasks/) is checked
 * against `id` and the domain's folder when given.
 */
export function parseTaskText(text: string, file: string, expectedId?: string): Parsed<Task> {
  const parsed = parseWith<Task>(taskSchema, text, file);
  const task = parsed.value;
  if (!task || expectedId === undefined) return parsed;
  const problems: LoadProblem[] = [];
  if (task.id !== expectedId) {
    problems.push({ file, path: "id", message: `expected ${JSON.stringify(expectedId)} (the folder path), got ${JSON.stringify(task.id)}` });
  }
  const folder = expectedId.split("/")[0];
  if (domainFolder(task.domain) !== folder) {
    problems.push({
      file,
      path: "domain",
      message: `tasks of ${JSON.stringify(task.domain)} live in tasks/${domainFolder(task.domain)}/, not in tasks/${folder}/`,
    });
  }
  return problems.length ? { problems } : parsed;
}

/** An exam file's content; `expectedId` (the file name without .yaml) is checked against `id` when given. */
export function parseExamText(text: string, file: string, expectedId?: string): Parsed<Exam> {
  const parsed = parseWith<Exam>(examSchema, text, file);
  if (parsed.value && expectedId !== undefined && parsed.value.id !== expectedId) {
    return {
      problems: [{ file, path: "id", message: `expected ${JSON.stringify(expectedId)} (the file name), got ${JSON.stringify(parsed.value.id)}` }],
    };
  }
  return parsed;
}
