// A class as its members see it: the exams opened to it, startable inside
// their window (the server's clock), and the class's leaderboards.
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { WindowPhaseBadge } from "@/components/classes/WindowPhaseBadge";
import { PageNotice } from "@/components/feedback/PageNotice";
import { formatDateTime, formatScore } from "@/components/format";
import { db } from "@/server/db";
import { classDetail } from "@/server/queries/classes";
import { pageActor } from "../../_auth/page-actor";
import { startWindowExamAction } from "../_actions/membership";

export const metadata = { title: "Class — Kubedojo" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClassPage({ params, searchParams }: Props) {
  const actor = await pageActor();
  const { id } = await params;
  const cls = await classDetail(db(), actor, id);
  if (!cls) notFound();
  // The class's instructor manages it from the instructor's page.
  if (cls.manages) redirect(`/instructor/classes/${encodeURIComponent(cls.id)}`);
  const examIds = [...new Set(cls.windows.map((w) => w.examId))];
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/classes">Classes</Link>
          </nav>
          <h1>{cls.name}</h1>
          <p className="muted">
            Taught by {cls.ownerName} · {cls.memberCount} member{cls.memberCount === 1 ? "" : "s"}
          </p>
        </div>
      </header>
      <PageNotice search={await searchParams} />
      <section className="card" aria-labelledby="exams-heading">
        <h2 id="exams-heading">Exams</h2>
        {cls.windows.length ? (
          <ul className="window-list">
            {cls.windows.map((w) => (
              <li key={w.windowId} className="window-item" data-testid="class-exam">
                <div className="window-item-main">
                  <h3>{w.examTitle}</h3>
                  <p className="task-meta">
                    <WindowPhaseBadge phase={w.phase} />
                    <span className="muted">
                      {w.durationMinutes} min · pass {w.passPercent}% · {formatDateTime(w.opensAt)} → {formatDateTime(w.closesAt)}
                    </span>
                  </p>
                </div>
                <div className="window-item-action">
                  {w.myAttempt ? (
                    w.myAttempt.status === "OPEN" && w.phase !== "NOT_YET_OPEN" ? (
                      <Link href={`/attempts/${w.myAttempt.attemptId}`} className="button button-primary">
                        Resume the exam
                      </Link>
                    ) : (
                      <Link href={`/attempts/${w.myAttempt.attemptId}/results`}>
                        {w.myAttempt.score !== null && w.myAttempt.maxScore
                          ? `Your result: ${formatScore(w.myAttempt.score)} / ${formatScore(w.myAttempt.maxScore)}`
                          : "Your result"}
                      </Link>
                    )
                  ) : w.phase === "OPEN" ? (
                    <form action={startWindowExamAction}>
                      <input type="hidden" name="windowId" value={w.windowId} />
                      <input type="hidden" name="classId" value={cls.id} />
                      <button type="submit" className="button button-primary">
                        Start exam ({w.durationMinutes} min)
                      </button>
                    </form>
                  ) : (
                    <span className="muted">{w.phase === "NOT_YET_OPEN" ? `Opens ${formatDateTime(w.opensAt)}` : "Closed"}</span>
                  )}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No exam is opened to the class yet.</p>
        )}
      </section>
      {examIds.length ? (
        <section className="card" aria-labelledby="boards-heading">
          <h2 id="boards-heading">Class leaderboards</h2>
          <ul>
            {examIds.map((examId) => (
              <li key={examId}>
                <Link href={`/leaderboards/classes/${encodeURIComponent(cls.id)}/${encodeURIComponent(examId)}`}>
                  {cls.windows.find((w) => w.examId === examId)!.examTitle}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
