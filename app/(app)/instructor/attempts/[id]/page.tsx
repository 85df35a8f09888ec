// One student's attempt at a class exam, for the class's instructor (or an
// admin): answers, checks and solutions — only once the attempt is closed.
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime, formatDuration, formatScore } from "@/components/format";
import { DomainScores } from "@/components/results/DomainScores";
import { TaskResultCard } from "@/components/results/TaskResultCard";
import { db } from "@/server/db";
import { attemptResultsForReviewer } from "@/server/queries/class-reports";
import { staffActor } from "../../../_auth/page-actor";

export const metadata = { title: "Attempt review — Kubedojo" };

export default async function AttemptReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await staffActor();
  const { id } = await params;
  const lookup = await attemptResultsForReviewer(db(), actor, id);
  if (!lookup.found) notFound();
  if (lookup.open) {
    return (
      <section className="card" role="status">
        <h1>This exam is still open</h1>
        <p className="muted">Answers, checks and solutions show once the student finishes or the time is up.</p>
      </section>
    );
  }
  const r = lookup.results;
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/instructor">Instructor</Link>
          </nav>
          <h1>Review: {r.title}</h1>
          <p className="muted">
            Started {formatDateTime(r.startedAt)}
            {r.closedAt ? ` · closed ${formatDateTime(r.closedAt)}` : ""} · time used {formatDuration(r.timeUsedSeconds)}
          </p>
        </div>
      </header>
      <section className="card result-summary" aria-label="Summary">
        <div className={`verdict ${r.pending ? "verdict-pending" : r.passed ? "verdict-pass" : "verdict-fail"}`}>
          <span className="verdict-score">{formatScore(r.percent)}%</span>
          <span className="verdict-text">{r.pending ? "Grading…" : r.passed === null ? "" : r.passed ? "Passed" : "Not passed"}</span>
        </div>
        <p>
          {formatScore(r.score)} / {r.maxScore} points{r.passPercent !== null ? ` · pass mark ${r.passPercent}%` : ""}
        </p>
        <DomainScores domains={r.domains} />
      </section>
      <section aria-label="Tasks" className="stack">
        {r.tasks.map((t) => (
          <TaskResultCard key={t.taskVersionId} task={t} showWeight={r.mode === "EXAM"} />
        ))}
      </section>
    </div>
  );
}
