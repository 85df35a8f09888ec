import Link from "next/link";
import { formatDateTime, formatScore } from "@/components/format";
import { currentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { examCatalog } from "@/server/queries/catalog";
import { startExamAction } from "../_actions/start-attempt";

export const metadata = { title: "Mock exams — Kubedojo" };

export default async function ExamsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = (await currentUser())!;
  const error = (await searchParams).error;
  const exams = await examCatalog(db(), user.id);

  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>Mock exams</h1>
          <p className="lead">Timed like the real CKAD: the clock is the server&apos;s, answers save as you type, and the exam closes itself at the deadline.</p>
        </div>
      </header>
      {typeof error === "string" ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {exams.length === 0 ? <p className="card muted">No mock exam is published yet.</p> : null}
      <div className="card-grid">
        {exams.map((exam) => {
          const running = exam.attempts.find((a) => a.status === "OPEN" && a.deadline && Date.parse(a.deadline) > Date.now());
          return (
            <section key={exam.slug} className="card exam-card" aria-labelledby={`exam-${exam.slug}`}>
              <h2 id={`exam-${exam.slug}`}>{exam.title}</h2>
              <dl className="facts">
                <div>
                  <dt>Duration</dt>
                  <dd>{exam.durationMinutes} min</dd>
                </div>
                <div>
                  <dt>Tasks</dt>
                  <dd>{exam.taskCount}</dd>
                </div>
                <div>
                  <dt>Pass mark</dt>
                  <dd>{exam.passPercent}%</dd>
                </div>
                <div>
                  <dt>Points</dt>
                  <dd>{exam.points}</dd>
                </div>
              </dl>
              <p className="muted">Domains: {exam.domains.join(" · ")}</p>
              {running ? (
                <Link href={`/attempts/${running.id}`} className="button button-primary">
                  Resume the running exam
                </Link>
              ) : (
                <form action={startExamAction}>
                  <input type="hidden" name="slug" value={exam.slug} />
                  <button type="submit" className="button button-primary">
                    Start exam ({exam.durationMinutes} min)
                  </button>
                </form>
              )}
              {exam.attempts.length ? (
                <table className="table table-compact">
                  <caption>Your attempts</caption>
                  <thead>
                    <tr>
                      <th scope="col">Started</th>
                      <th scope="col">Result</th>
                    </tr>
                  </thead>
                  <tbody>
                    {exam.attempts.map((a) => (
                      <tr key={a.id}>
                        <td>{formatDateTime(a.startedAt)}</td>
                        <td>
                          {a.status === "OPEN" ? (
                            <Link href={`/attempts/${a.id}`}>In progress</Link>
                          ) : a.score !== null && a.maxScore ? (
                            <Link href={`/attempts/${a.id}/results`}>
                              {formatScore(a.score)} / {a.maxScore} ·{" "}
                              <span className={a.passed ? "text-pass" : "text-fail"}>{a.passed ? "passed" : "not passed"}</span>
                            </Link>
                          ) : (
                            <Link href={`/attempts/${a.id}/results`}>Grading…</Link>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}
