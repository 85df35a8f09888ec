// Score over time per CKAD domain as an SVG line chart, drawn on the server
// (no JavaScript needed). Each domain is one line of its daily mean score,
// with a dot (and its figures as a tooltip) per day while a line has few
// enough days to tell them apart; a table with the same numbers follows for
// screen readers and for print — or, where a page must stay light (a class's),
// a link to the page that has it.
import Link from "next/link";
import type { DomainProgress } from "@/server/queries/progress";
import { DomainNumbers } from "./DomainNumbers";

// One colour per domain, in the curriculum's order (distinguishable in the common colour-vision deficiencies).
const colours = ["#326ce5", "#d97706", "#137a3f", "#b42318", "#6b3fc0"];

const width = 720;
const height = 260;
const pad = { top: 16, right: 16, bottom: 36, left: 44 };
const dayMs = 86_400_000;
// Past a month of days, 720 px leave under 8 px between dots: the line alone says as much, in far fewer elements.
const maxDots = 31;

const dayOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** `numbersHref`: where the day-by-day table is, instead of inline. */
export function DomainChart({ domains, title, numbersHref }: { domains: DomainProgress[]; title: string; numbersHref?: string }) {
  const days = domains.flatMap((d) => d.series.map((p) => dayOf(p.day)));
  if (days.length === 0) {
    return <p className="muted">No graded submission yet: the chart starts with the first one.</p>;
  }
  // At least a week wide, ending on the last day graded (so a first grade sits at the right, not alone at the left).
  const last = Math.max(...days);
  const first = Math.min(...days, last - 6 * dayMs);
  const x = (t: number) => pad.left + ((t - first) / (last - first)) * (width - pad.left - pad.right);
  const y = (percent: number) => pad.top + (1 - percent / 100) * (height - pad.top - pad.bottom);
  const ticks = [0, 25, 50, 75, 100];
  const dateTicks = [first, first + (last - first) / 2, last].map((t) => Math.round(t / dayMs) * dayMs);
  const label = (t: number) => new Date(t).toISOString().slice(5, 10);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: a line per domain, score in percent by day (UTC); the table below has the numbers.`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} className="chart-grid" />
            <text x={pad.left - 8} y={y(t) + 4} textAnchor="end" className="chart-axis">
              {t}%
            </text>
          </g>
        ))}
        {dateTicks.map((t, i) => (
          <text key={i} x={x(t)} y={height - 12} textAnchor={i === 0 ? "start" : i === 2 ? "end" : "middle"} className="chart-axis">
            {label(t)}
          </text>
        ))}
        {domains.map((d, i) =>
          d.series.length ? (
            <g key={d.name} style={{ color: colours[i % colours.length] }}>
              <title>{d.name}</title>
              {d.series.length > 1 ? (
                <polyline className="chart-line" points={d.series.map((p) => `${x(dayOf(p.day)).toFixed(1)},${y(p.percent).toFixed(1)}`).join(" ")} />
              ) : null}
              {(d.series.length <= maxDots ? d.series : []).map((p) => (
                <circle key={p.day} cx={x(dayOf(p.day))} cy={y(p.percent)} r={3.5} className="chart-dot">
                  <title>{`${d.name}, ${p.day}: ${p.percent}% over ${p.graded} graded`}</title>
                </circle>
              ))}
            </g>
          ) : null,
        )}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {domains.map((d, i) => (
            <li key={d.name}>
              <span className="chart-swatch" style={{ background: colours[i % colours.length] }} aria-hidden="true" />
              {d.name}
              {d.series.length === 0 ? <span className="muted"> (nothing graded yet)</span> : null}
            </li>
          ))}
        </ul>
      </figcaption>
      {numbersHref ? (
        <p className="small">
          <Link href={numbersHref}>The numbers, day by day</Link>
        </p>
      ) : (
        <details className="disclosure">
          <summary>The numbers</summary>
          <DomainNumbers domains={domains} title={title} />
        </details>
      )}
    </figure>
  );
}
