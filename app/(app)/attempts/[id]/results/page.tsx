import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime, formatDuration, formatScore } from "@/components/format";
import { DomainScores } from "@/components/results/DomainScores";
import { RefreshWhilePending } from "@/components/results/RefreshWhilePending";
import { TaskResultCard } from "@/components/results/TaskResultCard";
import { currentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { attemptResults } from "@/server/queries/attempt-results";

export const metadata = { title: "Results — Kubedojo" };

export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = (await currentUser())!;
  const { id } = await params;
  const lookup = await attemptResults(db(), user.id, id);
  if (!lookup.found) notFound();
  if (lookup.open) {
    return (
      <section className="card" role="status">
        <RefreshWhilePending pending />
        <h1>The exam is still open</h1>
        <p>
          Results appear once it is finished or its time is up. <Link href={`/attempts/${encodeURIComponent(id)}`}>Back to the exam</Link>
        </p>
      </section>
    );
  }
  const r = lookup.results;
  const isExam = r.mode === "EXAM";
  return (
    <div className="stack">
      <RefreshWhilePending pending={r.pending} />
      <header className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/attempts">My attempts</Link>
          </nav>
          <h1>Results: {r.title}</h1>
          <p className="muted">
            Started {formatDateTime(r.startedAt)}
            {r.closedAt ? ` · ${r.closeReason === "DEADLINE" ? "closed at the deadline" : "finished"} ${formatDateTime(r.closedAt)}` : ""}
          </p>
        </div>
      </header>

      {isExam ? (
        <section className="card result-summary" aria-label="Summary" data-testid="exam-summary">
          <div className={`verdict ${r.pending ? "verdict-pending" : r.passed ? "verdict-pass" : "verdict-fail"}`}>
            <span className="verdict-score">{formatScore(r.percent)}%</span>
            <span className="verdict-text" role="status">
              {r.pending ? "Grading…" : r.passed ? "Passed" : "Not passed"}
            </span>
          </div>
          <dl className="facts">
            <div>
              <dt>Score</dt>
              <dd>
                {formatScore(r.score)} / {r.maxScore} points
              </dd>
            </div>
            <div>
              <dt>Pass mark</dt>
              <dd>{r.passPercent}%</dd>
            </div>
            <div>
              <dt>Time used</dt>
              <dd>
                {formatDuration(r.timeUsedSeconds)}
                {r.durationMinutes ? ` of ${r.durationMinutes} min` : ""}
              </dd>
            </div>
            <div>
              <dt>Tasks</dt>
              <dd>{r.tasks.length}</dd>
            </div>
          </dl>
          <DomainScores domains={r.domains} />
          <table className="table table-compact">
            <caption>Score per task</caption>
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Domain</th>
                <th scope="col" className="num">
                  Points
                </th>
              </tr>
            </thead>
            <tbody>
              {r.tasks.map((t) => (
                <tr key={t.taskVersionId}>
                  <td>
                    <a href={`#task-${t.position}`}>
                      {t.position}. {t.title}
                    </a>
                  </td>
                  <td className="muted">{t.domain}</td>
                  <td className="num">
                    {t.state === "DONE" ? `${formatScore(t.weightedScore)} / ${t.points}` : t.state === "FAILED" ? `0 / ${t.points} (failed)` : "…"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-label="Tasks" className="stack">
        {r.tasks.map((t) => (
          <TaskResultCard key={t.taskVersionId} task={t} showWeight={isExam} />
        ))}
      </section>
    </div>
  );
}
