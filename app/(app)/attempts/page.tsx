import Link from "next/link";
import { formatDateTime, formatScore } from "@/components/format";
import { currentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { userAttempts } from "@/server/queries/catalog";

export const metadata = { title: "My attempts — Kubedojo" };

export default async function AttemptsPage() {
  const user = (await currentUser())!;
  const attempts = await userAttempts(db(), user.id);
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>My attempts</h1>
          <p className="lead">Every practice and mock exam you started, newest first.</p>
        </div>
      </header>
      {attempts.length === 0 ? (
        <p className="card">
          Nothing yet. Pick a <Link href="/tasks">task to practise</Link> or start a <Link href="/exams">mock exam</Link>.
        </p>
      ) : (
        <div className="card">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Mode</th>
                <th scope="col">Started</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Score
                </th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => {
                const open = a.status === "OPEN";
                return (
                  <tr key={a.id}>
                    <td>
                      <Link href={open || a.mode === "PRACTICE" ? `/attempts/${a.id}` : `/attempts/${a.id}/results`}>{a.title}</Link>
                    </td>
                    <td>
                      <span className={`badge ${a.mode === "EXAM" ? "badge-exam" : "badge-neutral"}`}>{a.mode === "EXAM" ? "Exam" : "Practice"}</span>
                    </td>
                    <td>{formatDateTime(a.startedAt)}</td>
                    <td>{open ? (a.mode === "EXAM" ? "In progress" : `Open · ${a.submissions} submitted`) : "Closed"}</td>
                    <td className="num">{a.score !== null && a.maxScore ? `${formatScore(a.score)} / ${formatScore(a.maxScore)}` : "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
