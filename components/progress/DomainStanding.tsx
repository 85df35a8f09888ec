// Where each CKAD domain stands: the mean of the best score reached on each
// task of the domain, as bars, next to the domain's weight in the exam.
import type { DomainProgress } from "@/server/queries/progress";

export function DomainStanding({ domains }: { domains: DomainProgress[] }) {
  return (
    <table className="table">
      <caption className="sr-only">Best scores per CKAD domain</caption>
      <thead>
        <tr>
          <th scope="col">Domain</th>
          <th scope="col">Exam weight</th>
          <th scope="col" className="num">
            Tasks graded
          </th>
          <th scope="col" className="num">
            Mean best
          </th>
          <th scope="col" className="bar-col">
            <span className="sr-only">Share</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {domains.map((d) => (
          <tr key={d.name} data-testid="domain-progress">
            <th scope="row">{d.name}</th>
            <td>{d.weightPercent}%</td>
            <td className="num">{d.tasksGraded}</td>
            <td className="num">{d.percent === null ? "—" : `${d.percent}%`}</td>
            <td className="bar-col">
              <span className="bar" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${d.percent ?? 0}%` }} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
