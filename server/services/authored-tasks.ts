// Tasks written in the browser by instructors, in the same task.yaml format
// as tasks/. A task is a Task row (source AUTHORED) whose `draftYaml` is the
// text being edited — it may not parse yet — and whose published content is
// TaskVersions, exactly like the bank's: attempts keep the version they were
// answered against. A DRAFT has no current version, so no catalog, practice
// or exam reaches it.
//
// "Validate" runs what `kubesim tasks check` runs on a task: the strict schema
// (every problem with its field path), the id/domain-folder rule of the
// loader, then checkTask (solution and alternatives full marks, near misses
// fail exactly their checks, the untouched setup scores zero). Publishing
// runs it again on the text it publishes, and refuses on any problem.
// checkTask runs the author's setup and answers, so it runs in the grading
// worker pool (server/grading/shared-task-checker.ts), never in the web
// process's thread: a runaway task is stopped at the pool's time or memory
// limit, and the web process only waits.
import { randomUUID } from "node:crypto";
import { maxYamlBytes, parseBoundedYaml, parseTaskText, type Task, type TaskCheckFailure } from "@kubedojo/grader";
import type { Difficulty, Prisma, PrismaClient } from "@/generated/prisma/client";
import { canAuthorTasks, canEditTask, type MaybeActor } from "../auth/authorization";
import { GradingFailure } from "../grading/grade-worker-pool";
import { taskChecker } from "../grading/shared-task-checker";
import { contentHash } from "../tasks/sync-task-bank";
import { checkText } from "./answer-text";
import { plausibleId } from "./plausible-id";
import { clockOf } from "./service-deps";
import { refuse, succeed, type ServiceResult } from "./service-result";

/** A problem of a task, on the field it is about (`checks[2].expect.kind`, `nearMisses[0]`; "" for the whole file). */
export interface TaskProblem {
  path: string;
  message: string;
}

export interface AuthoringDeps {
  prisma: PrismaClient;
  now?: () => Date;
  /**
   * The task prover; defaults to this process's task checker — the grading
   * pool's threads, or the "check-task" queue to a separate worker — which
   * stops a runaway task at the pool's limits (60 s, 512 MB by default).
   */
  checkTask?: (task: Task) => Promise<TaskCheckFailure[]>;
  /** How long a validation is waited for at most, whatever the prover (default 180 s: the pool's limit and a queue). */
  checkTimeLimitMs?: number;
}

export interface DraftState {
  taskId: string;
  status: "DRAFT" | "PUBLISHED";
  /** Schema problems of the saved text (cheap: no grading). */
  problems: TaskProblem[];
}

export interface Validation {
  valid: boolean;
  problems: TaskProblem[];
}

export const taskNotFound = "This task does not exist.";
const fileName = "task.yaml";
const defaultCheckTimeLimitMs = 180_000;

const difficulties: Record<Task["difficulty"], Difficulty> = { easy: "EASY", medium: "MEDIUM", hard: "HARD" };

/** The text a new task starts from: a small task that validates, to edit into one's own. */
export function newTaskTemplate(uuid: string): string {
  return `uuid: ${uuid}
id: application-design-and-build/run-a-web-pod
title: Run a web pod
domain: Application Design and Build
points: 2
suggestedMinutes: 3
difficulty: easy
tags: [pod]
prompt: |
  Create a pod \`web\` in namespace \`default\` running the image \`nginx:1.27\`.
checks:
  - id: pod-running
    name: Pod web runs nginx:1.27
    points: 2
    expect:
      apiVersion: v1
      kind: Pod
      namespace: default
      name: web
      match:
        spec:
          containers:
            - image: nginx:1.27
        status:
          phase: Running
solution:
  transcript: |
    kubectl run web --image=nginx:1.27
explanation: |
  \`kubectl run NAME --image=IMAGE\` creates one pod.
`;
}

// ── Parsing: every problem, with its field ─────────────────────────────────

interface ParsedDraft {
  task?: Task;
  problems: TaskProblem[];
}

const toProblem = (p: { path: string; message: string }): TaskProblem => ({ path: p.path, message: p.message });

/** The schema and the loader's id/folder rule; `uuid`, when given, is the identity the text must keep. */
export function parseDraft(text: string, uuid?: string): ParsedDraft {
  const first = parseTaskText(text, fileName);
  const problems = first.problems.map(toProblem);
  let task = first.value;
  if (task) {
    // The loader's rule for tasks/<domain-folder>/<slug>/: the id's folder is the domain's (so an export drops into tasks/ as is).
    const placed = parseTaskText(text, fileName, task.id);
    problems.push(...placed.problems.map(toProblem));
    if (placed.problems.length) task = undefined;
  }
  if (uuid) {
    const raw = rawField(text, "uuid");
    if (typeof raw === "string" && raw.toLowerCase() !== uuid) {
      problems.push({ path: "uuid", message: `must stay ${uuid}, this task's identity; to make a copy, import the file as a new task with a new uuid` });
      task = undefined;
    }
  }
  return { task, problems };
}

/** One top-level field of the YAML, read even when the rest does not validate. */
function rawField(text: string, key: string): unknown {
  const yaml = parseBoundedYaml(text);
  if (!yaml.ok || typeof yaml.value !== "object" || yaml.value === null || Array.isArray(yaml.value)) return undefined;
  return (yaml.value as Record<string, unknown>)[key];
}

/** checkTask's failures on the fields they are about. */
export function problemsOfCheck(failures: TaskCheckFailure[]): TaskProblem[] {
  return failures.map((f) => {
    const indexed = /^(alternatives|nearMisses)\[(\d+)\]/.exec(f.answer);
    const path = indexed ? `${indexed[1]}[${indexed[2]}]` : f.answer === "solution" ? "solution" : "setup";
    return { path, message: `${f.answer}: ${f.problem}` };
  });
}

// ── The prover, in the grading workers, waited for within a limit ──────────

async function proveTask(deps: AuthoringDeps, task: Task): Promise<TaskProblem[]> {
  const limitMs = deps.checkTimeLimitMs ?? defaultCheckTimeLimitMs;
  const check = deps.checkTask ?? taskChecker();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), limitMs);
  });
  try {
    const outcome = await Promise.race([check(task), timeout]);
    if (outcome === "timeout") {
      return [{ path: "", message: `validation took longer than ${limitMs / 1000} s; make the setup, answers or horizon lighter` }];
    }
    return problemsOfCheck(outcome);
  } catch (e) {
    // The pool's own words (stopped at a limit, the grader threw): "Validating the task took longer than 60 s and was stopped."
    if (e instanceof GradingFailure) {
      const overLimit = /longer than|memory/.test(e.message);
      return [{ path: "", message: overLimit ? `${e.message} Make the setup, the answers or the horizon lighter.` : e.message }];
    }
    return [{ path: "", message: `the grader failed on this task: ${e instanceof Error ? e.message : String(e)}` }];
  } finally {
    clearTimeout(timer);
  }
}

/** Everything `kubesim tasks check` would say of this text. */
export async function validateTaskText(deps: AuthoringDeps, text: string, uuid?: string): Promise<Validation> {
  const parsed = parseDraft(text, uuid);
  if (!parsed.task) return { valid: false, problems: parsed.problems };
  const problems = [...parsed.problems, ...(await proveTask(deps, parsed.task))];
  return { valid: problems.length === 0, problems };
}

// ── Writes ─────────────────────────────────────────────────────────────────

function checkYamlText(text: unknown) {
  return checkText(text, "The task file", maxYamlBytes);
}

/** The columns the instructor's task list shows, from what parses of a draft never published. */
function draftColumns(text: string, task: Task | undefined) {
  const title = task?.title ?? rawField(text, "title");
  return {
    title: typeof title === "string" && title.trim() ? title.trim().slice(0, 200) : "Untitled task",
    domain: task?.domain ?? "",
    difficulty: task ? difficulties[task.difficulty] : ("MEDIUM" as const),
    tags: task?.tags ?? [],
    points: task?.points ?? 1,
    suggestedMinutes: task?.suggestedMinutes ?? 1,
  };
}

/** A draft's slug: invisible and unique until its first publish gives it the task's id. */
const draftSlug = (uuid: string) => `draft_${uuid}`;

async function loadEditable(prisma: PrismaClient, actor: MaybeActor, taskId: string) {
  if (!actor || !plausibleId(taskId) || !/^[0-9a-f-]{36}$/i.test(taskId)) return null;
  const task = await prisma.task.findUnique({
    where: { id: taskId },
    select: { id: true, source: true, status: true, authorId: true, active: true, draftYaml: true, slug: true },
  });
  return task && canEditTask(actor, task) ? task : null;
}

/** A new draft from the template (or from `text`, which must carry a fresh uuid: see importTaskYaml). */
export async function createAuthoredTask(deps: AuthoringDeps, actor: MaybeActor): Promise<ServiceResult<DraftState & { yaml: string }>> {
  if (!actor || !canAuthorTasks(actor)) return refuse(403, "Only instructors can write tasks.");
  const uuid = randomUUID();
  const yaml = newTaskTemplate(uuid);
  const parsed = parseDraft(yaml, uuid);
  await deps.prisma.task.create({
    data: {
      id: uuid,
      slug: draftSlug(uuid),
      source: "AUTHORED",
      status: "DRAFT",
      authorId: actor.id,
      draftYaml: yaml,
      createdAt: clockOf(deps),
      ...draftColumns(yaml, parsed.task),
    },
  });
  return succeed({ taskId: uuid, status: "DRAFT", problems: parsed.problems, yaml });
}

/** Saves the text being edited (valid or not) and returns its schema problems; students see nothing of it. */
export async function saveTaskDraft(deps: AuthoringDeps, actor: MaybeActor, taskId: string, text: unknown): Promise<ServiceResult<DraftState>> {
  const task = await loadEditable(deps.prisma, actor, taskId);
  if (!task) return refuse(404, taskNotFound);
  const bad = checkYamlText(text);
  if (bad) return bad;
  const yaml = text as string;
  const parsed = parseDraft(yaml, task.id);
  // A published task's columns are its current version's (the catalog reads them); a draft's follow the text.
  const columns = task.status === "DRAFT" ? draftColumns(yaml, parsed.task) : {};
  await deps.prisma.task.update({ where: { id: task.id }, data: { draftYaml: yaml, ...columns } });
  return succeed({ taskId: task.id, status: task.status, problems: parsed.problems });
}

/** Validates the saved draft as `kubesim tasks check` would; nothing is written. */
export async function validateTaskDraft(deps: AuthoringDeps, actor: MaybeActor, taskId: string): Promise<ServiceResult<Validation>> {
  const task = await loadEditable(deps.prisma, actor, taskId);
  if (!task) return refuse(404, taskNotFound);
  return succeed(await validateTaskText(deps, task.draftYaml ?? "", task.id));
}

export interface Published {
  taskId: string;
  slug: string;
  version: number;
  /** False when the draft equals the current version (nothing new to publish). */
  newVersion: boolean;
}

export type PublishResult = ServiceResult<Published> | { ok: false; status: 422; message: string; problems: TaskProblem[] };

/**
 * Publishes the saved draft: validates it in full, then records it as the
 * task's new current version (content-hashed like the bank's: republishing
 * unchanged content makes no new version). Refused with every problem when it
 * does not validate, and with 409 when the draft changed during validation.
 */
export async function publishTask(deps: AuthoringDeps, actor: MaybeActor, taskId: string): Promise<PublishResult> {
  const task = await loadEditable(deps.prisma, actor, taskId);
  if (!task) return refuse(404, taskNotFound);
  const yaml = task.draftYaml ?? "";
  const validation = await validateTaskText(deps, yaml, task.id);
  const parsed = parseDraft(yaml, task.id).task;
  if (!validation.valid || !parsed) {
    return { ok: false, status: 422, message: "The task does not validate; fix every problem, then publish.", problems: validation.problems };
  }
  const clash = await deps.prisma.task.findUnique({ where: { slug: parsed.id }, select: { id: true } });
  if (clash && clash.id !== task.id) {
    const problems = [{ path: "id", message: `another task is already named ${JSON.stringify(parsed.id)}; choose another slug` }];
    return { ok: false, status: 422, message: "The task does not validate; fix every problem, then publish.", problems };
  }
  const hash = contentHash(parsed);
  return deps.prisma.$transaction(async (tx): Promise<PublishResult> => {
    const [row] = await tx.$queryRaw<{ draft_yaml: string | null }[]>`SELECT draft_yaml FROM tasks WHERE id = ${task.id}::uuid FOR UPDATE`;
    if (!row || row.draft_yaml !== yaml) return refuse(409, "The task was edited while it was being validated. Validate and publish again.");
    let version = await tx.taskVersion.findUnique({ where: { taskId_contentHash: { taskId: task.id, contentHash: hash } }, select: { id: true, version: true } });
    const current = await tx.task.findUnique({ where: { id: task.id }, select: { currentVersionId: true } });
    const newVersion = !version || version.id !== current?.currentVersionId;
    if (!version) {
      const last = await tx.taskVersion.aggregate({ where: { taskId: task.id }, _max: { version: true } });
      version = await tx.taskVersion.create({
        data: {
          taskId: task.id,
          version: (last._max.version ?? 0) + 1,
          contentHash: hash,
          definition: parsed as unknown as Prisma.InputJsonValue,
          sourceYaml: yaml,
          createdAt: clockOf(deps),
        },
        select: { id: true, version: true },
      });
    }
    await tx.task.update({
      where: { id: task.id },
      data: {
        slug: parsed.id,
        title: parsed.title,
        domain: parsed.domain,
        difficulty: difficulties[parsed.difficulty],
        tags: parsed.tags,
        points: parsed.points,
        suggestedMinutes: parsed.suggestedMinutes,
        status: "PUBLISHED",
        active: true,
        currentVersionId: version.id,
      },
    });
    return succeed({ taskId: task.id, slug: parsed.id, version: version.version, newVersion });
  });
}

/** Takes a published task out of catalogs and new exams (attempts and exams already made keep it). */
export async function retireAuthoredTask(deps: AuthoringDeps, actor: MaybeActor, taskId: string): Promise<ServiceResult<{ retired: boolean }>> {
  const task = await loadEditable(deps.prisma, actor, taskId);
  if (!task) return refuse(404, taskNotFound);
  await deps.prisma.task.update({ where: { id: task.id }, data: { active: false } });
  return succeed({ retired: true });
}

export interface TaskExport {
  /** Where the file goes in a task bank: `tasks/<id>/task.yaml`. */
  path: string;
  text: string;
}

/** The draft (default) or the published version as a task.yaml, to commit under tasks/. */
export async function exportTaskYaml(
  prisma: PrismaClient,
  actor: MaybeActor,
  taskId: string,
  which: "draft" | "published" = "draft",
): Promise<ServiceResult<TaskExport>> {
  const task = await loadEditable(prisma, actor, taskId);
  if (!task) return refuse(404, taskNotFound);
  let text = task.draftYaml ?? "";
  if (which === "published") {
    const current = await prisma.task.findUnique({ where: { id: task.id }, select: { currentVersion: { select: { sourceYaml: true } } } });
    if (!current?.currentVersion?.sourceYaml) return refuse(404, "This task has not been published yet.");
    text = current.currentVersion.sourceYaml;
  }
  const id = parseDraft(text).task?.id ?? rawField(text, "id");
  const folder = typeof id === "string" && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(id) ? id : `drafts/${task.id}`;
  return succeed({ path: `tasks/${folder}/task.yaml`, text });
}

/**
 * Imports a task.yaml (from git, or another Kubedojo). Its uuid decides:
 * unknown → a new draft of the actor's; the actor's own task → its new draft
 * text; a bank task or someone else's → refused (change the uuid to import a copy).
 */
export async function importTaskYaml(deps: AuthoringDeps, actor: MaybeActor, text: unknown): Promise<ServiceResult<DraftState & { created: boolean }>> {
  if (!actor || !canAuthorTasks(actor)) return refuse(403, "Only instructors can write tasks.");
  const bad = checkYamlText(text);
  if (bad) return bad;
  const yaml = text as string;
  const uuid = rawField(yaml, "uuid");
  if (typeof uuid !== "string" || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuid)) {
    return refuse(422, "uuid: the file needs a uuid (run `uuidgen`) — it is the task's identity across git and the app.");
  }
  const id = uuid.toLowerCase();
  const existing = await deps.prisma.task.findUnique({ where: { id }, select: { id: true, source: true, status: true, authorId: true, active: true } });
  if (existing) {
    if (!canEditTask(actor, existing)) {
      const whose = existing.source === "BANK" ? "a task of the bank (tasks/)" : "another instructor's task";
      return refuse(409, `uuid: ${id} is ${whose}; give the file a new uuid to import it as a copy.`);
    }
    const saved = await saveTaskDraft(deps, actor, id, yaml);
    return saved.ok ? succeed({ ...saved.value, created: false }) : saved;
  }
  const parsed = parseDraft(yaml, id);
  try {
    await deps.prisma.task.create({
      data: {
        id,
        slug: draftSlug(id),
        source: "AUTHORED",
        status: "DRAFT",
        authorId: actor.id,
        draftYaml: yaml,
        createdAt: clockOf(deps),
        ...draftColumns(yaml, parsed.task),
      },
    });
  } catch (e) {
    // The same file imported twice at once: the first import made the task.
    if ((e as { code?: string }).code === "P2002") return refuse(409, `uuid: a task with the uuid ${id} was just created; open it instead.`);
    throw e;
  }
  return succeed({ taskId: id, status: "DRAFT", problems: parsed.problems, created: true });
}
