// An exam its author composed: its current settings and tasks in order, what
// each version carries (attempts keep the version they started with), and
// the classes it is opened to. Its author (or an admin) only.
import Link from "next/link";
import { notFound } from "next/navigation";
import { WindowPhaseBadge } from "@/components/classes/WindowPhaseBadge";
import { PageNotice } from "@/components/feedback/PageNotice";
import { formatDateTime } from "@/components/format";
import { db } from "@/server/db";
import { authoredExam } from "@/server/queries/authored-exams";
import { staffActor } from "../../../_auth/page-actor";

export const metadata = { title: "Exam — Kubedojo" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

export default async function AuthoredExamPage({ params, searchParams }: Props) {
  const actor = await staffActor();
  const { id } = await params;
  const exam = await authoredExam(db(), actor, id);
  if (!exam) notFound();
  const editHref = `/instructor/exams/${encodeURIComponent(exam.examId)}/edit`;
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/instructor">Instructor</Link> <span aria-hidden="true">/</span> Exams
          </nav>
          <h1>{exam.title}</h1>
          <p className="muted" data-testid="exam-settings">
            {exam.durationMinutes} min · pass {exam.passPercent}% · {plural(exam.tasks.length, "task")}, {plural(exam.totalPoints, "point")}
            {exam.version !== null ? ` · version ${exam.version}` : ""}
            {actor.role === "ADMIN" && exam.authorName ? ` · by ${exam.authorName}` : ""}
          </p>
        </div>
        <Link href={editHref} className="button button-primary">
          Edit the exam
        </Link>
      </header>
      <PageNotice search={await searchParams} />

      <section className="card" aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">Tasks, in order</h2>
        <ol className="exam-task-list" data-testid="exam-tasks">
          {exam.tasks.map((t) => (
            <li key={t.slug}>
              <Link href={`/tasks/${t.slug}`}>{t.title}</Link>{" "}
              <span className="muted small">
                {t.domain} · {plural(t.points, "pt")} · task version {t.version}
                {t.usable && t.latestVersion !== null && t.latestVersion > t.version ? ` (version ${t.latestVersion} is published: saving the exam takes it)` : ""}
                {t.usable ? "" : " · retired or unpublished: remove it when you next edit the exam"}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        <p className="muted">Editing makes a new version for attempts started from then on; an attempt keeps the version it started with.</p>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Saved</th>
              <th scope="col" className="num">
                Attempts
              </th>
              <th scope="col" className="num">
                In progress
              </th>
            </tr>
          </thead>
          <tbody>
            {exam.versions.map((v) => (
              <tr key={v.version} data-testid="exam-version" data-version={v.version}>
                <th scope="row">
                  {v.version}
                  {v.version === exam.version ? <span className="muted small"> (current)</span> : null}
                </th>
                <td className="muted">{formatDateTime(v.createdAt)}</td>
                <td className="num" data-testid="version-attempts">
                  {v.attempts}
                </td>
                <td className="num">{v.openAttempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="windows-heading">
        <h2 id="windows-heading">Opened to</h2>
        {exam.windows.length ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Class</th>
                <th scope="col">Window (UTC)</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {exam.windows.map((w) => (
                <tr key={w.windowId}>
                  <td>{w.manages ? <Link href={`/instructor/classes/${w.classId}/windows/${w.windowId}`}>{w.className}</Link> : w.className}</td>
                  <td className="small">
                    {formatDateTime(w.opensAt)} → {formatDateTime(w.closesAt)}
                  </td>
                  <td>
                    <WindowPhaseBadge phase={w.phase} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">Not opened to a class yet: open it from a class&apos;s page.</p>
        )}
      </section>
    </div>
  );
}
