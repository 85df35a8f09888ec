// A class's progress in detail, for its instructor: the chart with its numbers
// day by day, and every member's streak. The class page keeps the summary;
// this is the part a class of hundreds makes long.
import Link from "next/link";
import { notFound } from "next/navigation";
import { DomainChart } from "@/components/progress/DomainChart";
import { DomainNumbers } from "@/components/progress/DomainNumbers";
import { db } from "@/server/db";
import { classDetail } from "@/server/queries/classes";
import { classProgress } from "@/server/queries/progress";
import { staffActor } from "../../../../_auth/page-actor";

export const metadata = { title: "Class progress — Kubedojo" };

type Props = { params: Promise<{ id: string }> };

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

export default async function ClassProgressPage({ params }: Props) {
  const actor = await staffActor();
  const { id } = await params;
  const [cls, progress] = await Promise.all([classDetail(db(), actor, id), classProgress(db(), actor, id)]);
  if (!cls || !cls.manages || !progress) notFound();
  const title = "The class's mean score per domain over time";
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/instructor">Instructor</Link> <span aria-hidden="true">/</span>{" "}
            <Link href={`/instructor/classes/${encodeURIComponent(cls.id)}`}>{cls.name}</Link>
          </nav>
          <h1>Progress of {cls.name}</h1>
          <p className="muted">
            Over the members&apos; practice and exams: {progress.activeMembers} of {progress.members} practised today or yesterday (UTC).
          </p>
        </div>
      </header>

      <section className="card" aria-labelledby="chart-heading">
        <h2 id="chart-heading">Score over time</h2>
        <DomainChart domains={progress.domains} title={title} numbersHref="#numbers-heading" />
        <h3 id="numbers-heading">Day by day</h3>
        <DomainNumbers domains={progress.domains} title={title} />
      </section>

      <section className="card" aria-labelledby="streaks-heading">
        <h2 id="streaks-heading">Streaks</h2>
        {progress.memberStreaks.length ? (
          <table className="table table-compact">
            <caption className="sr-only">Each member&apos;s streak of days with a graded submission, longest current first</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Email</th>
                <th scope="col" className="num">
                  Current
                </th>
                <th scope="col" className="num">
                  Longest
                </th>
                <th scope="col">Last graded (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {progress.memberStreaks.map((m) => (
                <tr key={m.userId} data-testid="member-streak">
                  <th scope="row">{m.name}</th>
                  <td className="muted">{m.email}</td>
                  <td className="num">{m.streak.current ? days(m.streak.current) : "—"}</td>
                  <td className="num">{m.streak.longest ? days(m.streak.longest) : "—"}</td>
                  <td className="muted">{m.streak.lastDay ?? "never"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">Nobody has joined yet.</p>
        )}
      </section>
    </div>
  );
}
