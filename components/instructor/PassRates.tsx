// Which checks trip most students: per task of an exam window, the share of
// graded answers with full marks and the mean score, then each check's pass
// rate, the most failed first.
import type { CheckPassRate, WindowPassRates } from "@/server/queries/class-reports";

function RateBar({ percent }: { percent: number }) {
  return (
    <span className="bar" aria-hidden="true">
      <span className={`bar-fill ${percent < 50 ? "bar-fill-low" : ""}`} style={{ width: `${percent}%` }} />
    </span>
  );
}

function CheckRows({ checks }: { checks: CheckPassRate[] }) {
  return (
    <>
      {checks.map((c) => (
        <tr key={`${c.taskId}-${c.checkId}`} data-testid="check-rate" data-check={c.checkId}>
          <th scope="row">
            {c.name} <code className="muted small">{c.checkId}</code>
          </th>
          <td className="num">
            {c.passed} / {c.graded}
          </td>
          <td className="num" data-testid="check-rate-percent">
            {c.passPercent}%
          </td>
          <td className="bar-col">
            <RateBar percent={c.passPercent} />
          </td>
        </tr>
      ))}
    </>
  );
}

export function PassRates({ rates }: { rates: WindowPassRates }) {
  if (rates.closedAttempts === 0) return <p className="muted">No attempt is closed yet: rates count closed attempts only (an open exam is still being written).</p>;
  return (
    <div className="stack">
      {rates.tasks.map((t) => (
        <section key={t.taskId} className="pass-rate-task" aria-labelledby={`rate-${t.taskId}`} data-testid="task-rate">
          <h3 id={`rate-${t.taskId}`}>
            {t.position}. {t.title}
          </h3>
          <p className="muted small">
            {t.fullMarks} of {t.graded} graded answers with full marks ({t.passPercent}%) · mean score {t.meanPercent}%
          </p>
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col" className="num">
                  Passed
                </th>
                <th scope="col" className="num">
                  Rate
                </th>
                <th scope="col" className="bar-col">
                  <span className="sr-only">Share</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <CheckRows checks={t.checks} />
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

/** The few checks failed most across the whole exam. */
export function HardestChecks({ rates, count = 5 }: { rates: WindowPassRates; count?: number }) {
  const hardest = rates.hardestChecks.filter((c) => c.passPercent < 100).slice(0, count);
  if (hardest.length === 0) return <p className="muted">{rates.closedAttempts ? "Every check passed for everyone." : "Nothing graded yet."}</p>;
  const titles = new Map(rates.tasks.map((t) => [t.taskId, `${t.position}. ${t.title}`]));
  return (
    <table className="table table-compact" data-testid="hardest-checks">
      <thead>
        <tr>
          <th scope="col">Check</th>
          <th scope="col">Task</th>
          <th scope="col" className="num">
            Rate
          </th>
        </tr>
      </thead>
      <tbody>
        {hardest.map((c) => (
          <tr key={`${c.taskId}-${c.checkId}`}>
            <th scope="row">{c.name}</th>
            <td className="muted">{titles.get(c.taskId)}</td>
            <td className="num">
              <span className="text-fail">{c.passPercent}%</span> ({c.passed}/{c.graded})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
