// The instructor's home: their classes, the tasks they write, their exams.
import Link from "next/link";
import { PageNotice } from "@/components/feedback/PageNotice";
import { formatDateTime } from "@/components/format";
import { AuthoredTaskStatus } from "@/components/instructor/AuthoredTaskStatus";
import { db } from "@/server/db";
import { authoredTasks } from "@/server/queries/authored-tasks";
import { myClasses, openableExams } from "@/server/queries/classes";
import { staffActor } from "../_auth/page-actor";
import { createClassAction } from "./_actions/classes";
import { createTaskAction, importTaskAction } from "./_actions/tasks";

export const metadata = { title: "Instructor — Kubedojo" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function InstructorPage({ searchParams }: { searchParams: Search }) {
  const actor = await staffActor();
  const [classes, tasks, exams] = await Promise.all([myClasses(db(), actor), authoredTasks(db(), actor), openableExams(db(), actor)]);
  const authoredExams = (exams ?? []).filter((e) => e.source === "AUTHORED");
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>Instructor</h1>
          <p className="lead">Run classes, write tasks in the browser, and open exams to a class for a window of time.</p>
        </div>
      </header>
      <PageNotice search={await searchParams} />

      <section className="card" aria-labelledby="classes-heading">
        <header className="card-header">
          <h2 id="classes-heading">Classes</h2>
        </header>
        {classes && classes.teaching.length ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Class</th>
                <th scope="col">Invite code</th>
                <th scope="col" className="num">
                  Members
                </th>
              </tr>
            </thead>
            <tbody>
              {classes.teaching.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/instructor/classes/${c.id}`}>{c.name}</Link>
                  </td>
                  <td>
                    <code className="invite-code">{c.inviteCode}</code>
                  </td>
                  <td className="num">{c.members}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No class yet. Create one; students join it with its invite code.</p>
        )}
        <form action={createClassAction} className="inline-form" aria-label="Create a class">
          <div className="field">
            <label htmlFor="class-name">New class</label>
            <input id="class-name" name="name" required maxLength={120} placeholder="CKAD — spring cohort" />
          </div>
          <button type="submit" className="button button-primary">
            Create class
          </button>
        </form>
      </section>

      <section className="card" aria-labelledby="tasks-heading">
        <header className="card-header">
          <h2 id="tasks-heading">Tasks you write</h2>
          <form action={createTaskAction}>
            <button type="submit" className="button button-primary">
              New task
            </button>
          </form>
        </header>
        <p className="muted">
          The same task.yaml format as the bank in git. A task is published only once it validates — the solution scores full marks, near misses fail
          their checks — and drafts are invisible to students.
        </p>
        {tasks && tasks.length ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Domain</th>
                <th scope="col">Status</th>
                <th scope="col">Edited</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((t) => (
                <tr key={t.taskId}>
                  <td>
                    <Link href={`/instructor/tasks/${t.taskId}`}>{t.title}</Link>
                    {t.slug ? <div className="muted small mono">{t.slug}</div> : null}
                  </td>
                  <td className="muted">{t.domain || "—"}</td>
                  <td>
                    <AuthoredTaskStatus status={t.status} active={t.active} version={t.version} unpublishedChanges={t.unpublishedChanges} />
                  </td>
                  <td className="muted">
                    {formatDateTime(t.updatedAt)}
                    {actor.role === "ADMIN" && t.authorName ? ` · ${t.authorName}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <details className="disclosure">
          <summary>Import a task.yaml</summary>
          <form action={importTaskAction} className="form" aria-label="Import a task.yaml">
            <p className="muted">
              The file&apos;s <code>uuid</code> decides: a uuid this app does not know makes a new draft; one of your tasks gets the file as its draft.
            </p>
            <div className="field">
              <label htmlFor="import-file">task.yaml file</label>
              <input id="import-file" name="file" type="file" accept=".yaml,.yml,application/yaml,text/yaml,text/plain" />
            </div>
            <div className="field">
              <label htmlFor="import-text">…or paste its text</label>
              <textarea id="import-text" name="yaml" rows={6} className="mono-input" spellCheck={false} />
            </div>
            <div>
              <button type="submit" className="button">
                Import
              </button>
            </div>
          </form>
        </details>
      </section>

      <section className="card" aria-labelledby="exams-heading">
        <header className="card-header">
          <h2 id="exams-heading">Exams you composed</h2>
          <Link href="/instructor/exams/new" className="button button-primary">
            Compose an exam
          </Link>
        </header>
        {authoredExams.length ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Exam</th>
                <th scope="col" className="num">
                  Tasks
                </th>
                <th scope="col" className="num">
                  Duration
                </th>
                <th scope="col" className="num">
                  Pass mark
                </th>
              </tr>
            </thead>
            <tbody>
              {authoredExams.map((e) => (
                <tr key={e.examId}>
                  <td>
                    <Link href={`/instructor/exams/${e.examId}`}>{e.title}</Link>
                  </td>
                  <td className="num">{e.taskSlugs.length}</td>
                  <td className="num">{e.durationMinutes} min</td>
                  <td className="num">{e.passPercent}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">None yet. An exam takes published tasks (the bank&apos;s or yours), a duration and a pass mark; the bank&apos;s mock exams can be opened to a class as they are.</p>
        )}
      </section>
    </div>
  );
}
