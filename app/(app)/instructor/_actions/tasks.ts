"use server";
// The instructor's task authoring from plain forms: a new draft, an import of
// a task.yaml, the editor's save / validate / publish, retiring a task.
// The services decide who may; these only read the form.
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/server/db";
import {
  createAuthoredTask,
  importTaskYaml,
  publishTask,
  retireAuthoredTask,
  saveTaskDraft,
  validateTaskDraft,
  type TaskProblem,
} from "@/server/services/authored-tasks";
import type { TaskEditorState } from "@/components/instructor/task-editor-state";
import { pageActor } from "../../_auth/page-actor";
import { backWithError, backWithNotice } from "../../_actions/back-to";

const idSchema = z.string().trim().min(1).max(100);
const taskPage = (id: string) => `/instructor/tasks/${encodeURIComponent(id)}`;

export async function createTaskAction(): Promise<void> {
  const actor = await pageActor();
  const created = await createAuthoredTask({ prisma: db() }, actor);
  if (!created.ok) backWithError("/instructor", created.message);
  redirect(taskPage(created.value.taskId));
}

// A task.yaml is at most a few hundred KB; the service enforces its own limit on the text.
const maxUploadBytes = 1024 * 1024;

export async function importTaskAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const file = form.get("file");
  const pasted = form.get("yaml");
  let text: string | null = null;
  if (file instanceof File && file.size > 0) {
    if (file.size > maxUploadBytes) backWithError("/instructor", `The file is ${Math.ceil(file.size / 1024)} KB; a task.yaml is at most 1 MB.`);
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      backWithError("/instructor", "The file is not UTF-8 text: choose the task.yaml itself.");
    }
  } else if (typeof pasted === "string" && pasted.trim()) {
    text = pasted.replace(/\r\n?/g, "\n");
  }
  if (text === null) backWithError("/instructor", "Choose a task.yaml file (or paste its text) to import.");
  const imported = await importTaskYaml({ prisma: db() }, actor, text);
  if (!imported.ok) backWithError("/instructor", imported.message);
  const { taskId, created, problems } = imported.value;
  const what = created ? "Imported as a new draft" : "Imported over this task's draft";
  redirect(`${taskPage(taskId)}?notice=${encodeURIComponent(`${what}${problems.length ? `; it has ${problems.length} problem(s) to fix` : ""}.`)}`);
}

export async function retireTaskAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const id = idSchema.safeParse(form.get("taskId"));
  if (!id.success) backWithError("/instructor", "Choose a task.");
  const retired = await retireAuthoredTask({ prisma: db() }, actor, id.data);
  if (!retired.ok) backWithError("/instructor", retired.message);
  backWithNotice(taskPage(id.data), "Retired: the task is out of the catalog and of new exams; past attempts keep it.");
}

const intentSchema = z.enum(["save", "validate", "publish"]);

const refused = (status: number, message: string, yaml: string | null = null, problems: TaskProblem[] = []): TaskEditorState => ({
  done: "refused",
  yaml,
  problems,
  valid: problems.length ? false : null,
  message,
  status,
  published: null,
  at: new Date().toISOString(),
});

/** The editor's form: saves the text, then validates or publishes it when asked. */
export async function taskEditorAction(_previous: TaskEditorState, form: FormData): Promise<TaskEditorState> {
  const actor = await pageActor();
  const id = idSchema.safeParse(form.get("taskId"));
  const intent = intentSchema.safeParse(form.get("intent") ?? "save");
  const field = form.get("yaml");
  if (!id.success || !intent.success || typeof field !== "string") return refused(400, "The form is incomplete: reload the page.");
  // A form sends line breaks as CRLF (HTML's form encoding); the task file keeps the editor's LF.
  const yaml = field.replace(/\r\n?/g, "\n");
  const deps = { prisma: db() };
  const saved = await saveTaskDraft(deps, actor, id.data, yaml);
  if (!saved.ok) return refused(saved.status, saved.message);
  const at = new Date().toISOString();
  if (intent.data === "save") {
    return { done: "saved", yaml, problems: saved.value.problems, valid: null, message: null, status: 200, published: null, at };
  }
  if (intent.data === "validate") {
    const validated = await validateTaskDraft(deps, actor, id.data);
    if (!validated.ok) return refused(validated.status, validated.message, yaml);
    const { valid, problems } = validated.value;
    return { done: "validated", yaml, problems, valid, message: null, status: 200, published: null, at };
  }
  const published = await publishTask(deps, actor, id.data);
  if (!published.ok) return refused(published.status, published.message, yaml, "problems" in published ? published.problems : []);
  const { slug, version, newVersion } = published.value;
  return { done: "published", yaml, problems: [], valid: true, message: null, status: 200, published: { slug, version, newVersion }, at };
}
