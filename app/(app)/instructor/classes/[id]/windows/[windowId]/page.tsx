// One exam opened to a class, for its instructor: the attempts, the pass rate
// of each task and each check, the class board, and the grades as CSV.
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/components/format";
import { HardestChecks, PassRates } from "@/components/instructor/PassRates";
import { WindowAttemptsTable } from "@/components/instructor/WindowAttemptsTable";
import { db } from "@/server/db";
import { classDetail } from "@/server/queries/classes";
import { windowAttempts, windowPassRates } from "@/server/queries/class-reports";
import { staffActor } from "../../../../../_auth/page-actor";
import { WindowPhaseBadge } from "@/components/classes/WindowPhaseBadge";

export const metadata = { title: "Exam report — Kubedojo" };

type Props = { params: Promise<{ id: string; windowId: string }> };

export default async function WindowReportPage({ params }: Props) {
  const actor = await staffActor();
  const { id, windowId } = await params;
  const [attempts, rates, cls] = await Promise.all([windowAttempts(db(), actor, windowId), windowPassRates(db(), actor, windowId), classDetail(db(), actor, id)]);
  if (!attempts || !rates || !cls || attempts.classId !== id) notFound();
  const window = cls.windows.find((w) => w.windowId === windowId);
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/instructor">Instructor</Link> <span aria-hidden="true">/</span>{" "}
            <Link href={`/instructor/classes/${encodeURIComponent(id)}`}>{attempts.className}</Link>
          </nav>
          <h1>{attempts.examTitle}</h1>
          <p className="task-meta">
            {window ? <WindowPhaseBadge phase={window.phase} /> : null}
            <span className="muted">
              {formatDateTime(attempts.opensAt)} → {formatDateTime(attempts.closesAt)} · pass mark {attempts.passPercent}%
            </span>
          </p>
        </div>
        <div className="page-header-side">
          {window ? (
            <Link href={`/leaderboards/classes/${encodeURIComponent(id)}/${encodeURIComponent(window.examId)}`} className="button button-small">
              Class leaderboard
            </Link>
          ) : null}
          <a href={`/api/instructor/windows/${encodeURIComponent(windowId)}/grades`} className="button button-small button-primary" download>
            Download grades (CSV)
          </a>
        </div>
      </header>

      <section className="card" aria-labelledby="attempts-heading">
        <h2 id="attempts-heading">Attempts</h2>
        <WindowAttemptsTable data={attempts} />
      </section>

      <section className="card" aria-labelledby="hardest-heading">
        <h2 id="hardest-heading">Checks that trip most students</h2>
        <HardestChecks rates={rates} />
      </section>

      <section className="card" aria-labelledby="rates-heading">
        <h2 id="rates-heading">Pass rates per task and per check</h2>
        <p className="muted">Over the {rates.closedAttempts} closed attempt{rates.closedAttempts === 1 ? "" : "s"}.</p>
        <PassRates rates={rates} />
      </section>
    </div>
  );
}
