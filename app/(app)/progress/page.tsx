// The user's progress: score over time per CKAD domain, where each domain
// stands, the weakest topics with tasks to practise next, and streaks.
// An admin may look at anyone's (`?user=<id>`).
import Link from "next/link";
import { notFound } from "next/navigation";
import { DomainChart } from "@/components/progress/DomainChart";
import { DomainStanding } from "@/components/progress/DomainStanding";
import { StreakFacts } from "@/components/progress/StreakFacts";
import { WeakestTags } from "@/components/progress/WeakestTags";
import { db } from "@/server/db";
import { userProgress } from "@/server/queries/progress";
import { pageActor } from "../_auth/page-actor";

export const metadata = { title: "Progress — Kubedojo" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ProgressPage({ searchParams }: { searchParams: Search }) {
  const actor = await pageActor();
  const wanted = (await searchParams).user;
  const userId = typeof wanted === "string" && wanted ? wanted : actor.id;
  const progress = await userProgress(db(), actor, userId);
  if (!progress) notFound();
  const own = userId === actor.id;
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>{own ? "Your progress" : "Progress"}</h1>
          <p className="lead">From every graded practice and exam answer. Days are UTC days.</p>
        </div>
      </header>
      <section className="card" aria-labelledby="streak-heading">
        <h2 id="streak-heading">Streak</h2>
        <StreakFacts streak={progress.streak} graded={progress.gradedSubmissions} />
        {own && progress.streak.current === 0 ? (
          <p className="muted">
            A streak counts the days in a row with at least one graded answer. <Link href="/tasks">Practise a task</Link> to start one.
          </p>
        ) : null}
      </section>
      <section className="card" aria-labelledby="chart-heading">
        <h2 id="chart-heading">Score over time per domain</h2>
        <DomainChart domains={progress.domains} title="Mean score per CKAD domain by day" />
      </section>
      <section className="card" aria-labelledby="domains-heading">
        <h2 id="domains-heading">Where each domain stands</h2>
        <p className="muted">The mean of your best score on each task of the domain you tried.</p>
        <DomainStanding domains={progress.domains} />
      </section>
      <section className="card" aria-labelledby="weak-heading">
        <h2 id="weak-heading">Practise next</h2>
        <WeakestTags tags={progress.weakestTags} empty="Nothing to suggest yet: practise a few tasks, and your weakest topics show here." />
      </section>
    </div>
  );
}
