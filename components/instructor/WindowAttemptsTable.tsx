// The attempts of a class's exam window, by student, and who has not started.
import Link from "next/link";
import { formatDateTime, formatDuration, formatScore } from "@/components/format";
import type { WindowAttempts } from "@/server/queries/class-reports";

export function WindowAttemptsTable({ data }: { data: WindowAttempts }) {
  return (
    <>
      {data.attempts.length ? (
        <table className="table" data-testid="window-attempts">
          <thead>
            <tr>
              <th scope="col">Student</th>
              <th scope="col">Started</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Time used
              </th>
              <th scope="col" className="num">
                Score
              </th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {data.attempts.map((a) => (
              <tr key={a.attemptId}>
                <th scope="row">
                  {a.status === "CLOSED" ? <Link href={`/instructor/attempts/${a.attemptId}`}>{a.name}</Link> : a.name}
                  <div className="muted small">{a.email}</div>
                </th>
                <td className="muted">{formatDateTime(a.startedAt)}</td>
                <td>{a.status === "OPEN" ? <span className="badge badge-exam">In progress</span> : a.closeReason === "DEADLINE" ? "Closed at the deadline" : "Finished"}</td>
                <td className="num">{a.timeUsedSeconds === null ? "—" : formatDuration(a.timeUsedSeconds)}</td>
                <td className="num">
                  {a.score !== null && a.maxScore ? `${formatScore(a.score)} / ${formatScore(a.maxScore)} (${formatScore(a.percent ?? 0)}%)` : a.status === "CLOSED" ? "Grading…" : "—"}
                </td>
                <td>{a.passed === null ? "—" : <span className={a.passed ? "text-pass" : "text-fail"}>{a.passed ? "Passed" : "Not passed"}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Nobody has started this exam yet.</p>
      )}
      {data.notStarted.length ? (
        <p className="muted">
          Not started: {data.notStarted.map((u) => u.name).join(", ")}.
        </p>
      ) : null}
    </>
  );
}
