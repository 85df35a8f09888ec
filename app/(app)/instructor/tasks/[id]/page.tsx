// One authored task in the editor: save, validate, publish; export and retire;
// a preview of the prompt as students will read it.
import Link from "next/link";
import { notFound } from "next/navigation";
import { DifficultyBadge } from "@/components/catalog/badges";
import { PageNotice } from "@/components/feedback/PageNotice";
import { AuthoredTaskStatus } from "@/components/instructor/AuthoredTaskStatus";
import { TaskAuthoring } from "@/components/instructor/TaskAuthoring";
import { Markdown } from "@/components/markdown/Markdown";
import { db } from "@/server/db";
import { authoredTaskForEditor, authoredTasks } from "@/server/queries/authored-tasks";
import { parseDraft } from "@/server/services/authored-tasks";
import { staffActor } from "../../../_auth/page-actor";
import { retireTaskAction, taskEditorAction } from "../../_actions/tasks";

export const metadata = { title: "Edit task — Kubedojo" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const difficulty = { easy: "EASY", medium: "MEDIUM", hard: "HARD" } as const;

export default async function AuthoredTaskPage({ params, searchParams }: Props) {
  const actor = await staffActor();
  const { id } = await params;
  const task = await authoredTaskForEditor(db(), actor, id);
  if (!task) notFound();
  const listed = (await authoredTasks(db(), actor))?.find((t) => t.taskId === task.taskId);
  const preview = parseDraft(task.yaml).task;
  const exportHref = `/api/instructor/tasks/${encodeURIComponent(task.taskId)}/export`;
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/instructor">Instructor</Link> <span aria-hidden="true">/</span> Tasks
          </nav>
          <h1>{listed?.title ?? "Task"}</h1>
          <p className="task-meta">
            <AuthoredTaskStatus
              status={task.status}
              active={listed?.active ?? true}
              version={task.version}
              unpublishedChanges={listed?.unpublishedChanges ?? false}
            />
            {task.slug ? (
              <Link href={`/tasks/${task.slug}`} className="tag">
                {task.slug}
              </Link>
            ) : (
              <span className="muted">Invisible to students until published.</span>
            )}
          </p>
        </div>
        <div className="page-header-side">
          <a href={exportHref} className="button button-small" download="task.yaml">
            Export task.yaml
          </a>
          {task.version ? (
            <a href={`${exportHref}?version=published`} className="button button-small" download="task.yaml">
              Export published v{task.version}
            </a>
          ) : null}
        </div>
      </header>
      <PageNotice search={await searchParams} />

      <TaskAuthoring taskId={task.taskId} initialYaml={task.yaml} initialProblems={task.problems} action={taskEditorAction} />

      <details className="card disclosure" open={Boolean(preview)}>
        <summary>Preview of the saved draft, as a student reads it</summary>
        {preview ? (
          <div className="preview">
            <h2>{preview.title}</h2>
            <p className="task-meta">
              <DifficultyBadge difficulty={difficulty[preview.difficulty]} />
              <span className="badge badge-neutral">{preview.domain}</span>
              <span className="badge badge-neutral">
                {preview.points} points · about {preview.suggestedMinutes} min
              </span>
            </p>
            <Markdown text={preview.prompt} />
          </div>
        ) : (
          <p className="muted">The preview appears once the saved file passes the schema.</p>
        )}
      </details>

      {task.status === "PUBLISHED" && listed?.active ? (
        <form action={retireTaskAction} className="card danger-zone">
          <input type="hidden" name="taskId" value={task.taskId} />
          <h2>Retire</h2>
          <p className="muted">Takes the task out of the catalog and of new exams. Exams already composed and past attempts keep it.</p>
          <button type="submit" className="button button-danger">
            Retire this task
          </button>
        </form>
      ) : null}
    </div>
  );
}
