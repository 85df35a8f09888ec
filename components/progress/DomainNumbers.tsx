// The figures of the progress chart as a table: each UTC day's mean score
// per domain and how many grades it is over (for screen readers, print, and
// whoever wants the numbers).
import type { DomainProgress } from "@/server/queries/progress";

export function DomainNumbers({ domains, title }: { domains: DomainProgress[]; title: string }) {
  return (
    <table className="table table-compact">
      <caption className="sr-only">{title}, by day</caption>
      <thead>
        <tr>
          <th scope="col">Day (UTC)</th>
          <th scope="col">Domain</th>
          <th scope="col" className="num">
            Mean score
          </th>
          <th scope="col" className="num">
            Graded
          </th>
        </tr>
      </thead>
      <tbody>
        {domains
          .flatMap((d) => d.series.map((p) => ({ ...p, domain: d.name })))
          .sort((a, b) => a.day.localeCompare(b.day) || a.domain.localeCompare(b.domain))
          .map((p) => (
            <tr key={`${p.day}-${p.domain}`}>
              <td>{p.day}</td>
              <td>{p.domain}</td>
              <td className="num">{p.percent}%</td>
              <td className="num">{p.graded}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
