// Score per CKAD domain, as bars (the numbers are in the text for screen readers and print).
import type { DomainScore } from "@/server/queries/attempt-results";

export function DomainScores({ domains }: { domains: DomainScore[] }) {
  return (
    <table className="table domain-scores">
      <caption>Score per CKAD domain</caption>
      <thead>
        <tr>
          <th scope="col">Domain</th>
          <th scope="col">Exam weight</th>
          <th scope="col">Score</th>
          <th scope="col" className="bar-col">
            <span className="sr-only">Share</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {domains.map((d) => {
          const pct = d.maxScore ? Math.round((100 * d.score) / d.maxScore) : 0;
          return (
            <tr key={d.name} data-testid="domain-score">
              <th scope="row">{d.name}</th>
              <td>{d.weightPercent}%</td>
              <td>
                {d.score} / {d.maxScore} ({pct}%)
              </td>
              <td className="bar-col">
                <span className="bar" aria-hidden="true">
                  <span className="bar-fill" style={{ width: `${pct}%` }} />
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
