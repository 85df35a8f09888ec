// Reads of the tasks instructors write: their list, and one task in the editor.
import type { PrismaClient } from "@/generated/prisma/client";
import { canAuthorTasks, canEditTask, type MaybeActor } from "../auth/authorization";
import { parseDraft, type TaskProblem } from "../services/authored-tasks";

export interface AuthoredTaskListItem {
  taskId: string;
  slug: string | null;
  title: string;
  domain: string;
  status: "DRAFT" | "PUBLISHED";
  active: boolean;
  /** The published version number, if any. */
  version: number | null;
  /** The draft differs from the published version's text. */
  unpublishedChanges: boolean;
  updatedAt: string;
  authorName: string | null;
}

/** The actor's authored tasks (an admin's: everyone's), most recently edited first. */
export async function authoredTasks(db: PrismaClient, actor: MaybeActor): Promise<AuthoredTaskListItem[] | null> {
  if (!actor || !canAuthorTasks(actor)) return null;
  const rows = await db.task.findMany({
    where: { source: "AUTHORED", ...(actor.role === "ADMIN" ? {} : { authorId: actor.id }) },
    orderBy: { updatedAt: "desc" },
    take: 500,
    select: {
      id: true,
      slug: true,
      title: true,
      domain: true,
      status: true,
      active: true,
      draftYaml: true,
      updatedAt: true,
      author: { select: { name: true } },
      currentVersion: { select: { version: true, sourceYaml: true } },
    },
  });
  return rows.map((t) => ({
    taskId: t.id,
    slug: t.status === "PUBLISHED" ? t.slug : null,
    title: t.title,
    domain: t.domain,
    status: t.status,
    active: t.active,
    version: t.currentVersion?.version ?? null,
    unpublishedChanges: t.currentVersion ? t.currentVersion.sourceYaml !== t.draftYaml : true,
    updatedAt: t.updatedAt.toISOString(),
    authorName: t.author?.name ?? null,
  }));
}

export interface AuthoredTaskEditor {
  taskId: string;
  status: "DRAFT" | "PUBLISHED";
  slug: string | null;
  yaml: string;
  /** Schema problems of the saved text (validation proper is validateTaskDraft). */
  problems: TaskProblem[];
  version: number | null;
}

/** One task for its editor: its author or an admin only (null for anyone else, or a bank task). */
export async function authoredTaskForEditor(db: PrismaClient, actor: MaybeActor, taskId: string): Promise<AuthoredTaskEditor | null> {
  if (!actor || !/^[0-9a-f-]{36}$/i.test(taskId)) return null;
  const t = await db.task.findUnique({
    where: { id: taskId },
    select: { id: true, source: true, status: true, authorId: true, active: true, slug: true, draftYaml: true, currentVersion: { select: { version: true } } },
  });
  if (!t || !canEditTask(actor, t)) return null;
  const yaml = t.draftYaml ?? "";
  return {
    taskId: t.id,
    status: t.status,
    slug: t.status === "PUBLISHED" ? t.slug : null,
    yaml,
    problems: parseDraft(yaml, t.id).problems,
    version: t.currentVersion?.version ?? null,
  };
}
