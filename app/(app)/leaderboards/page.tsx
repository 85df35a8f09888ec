// Leaderboards: one per mock exam for everyone, one per exam of each class the
// user is in; and how the user appears on the public ones.
import Link from "next/link";
import { PageNotice } from "@/components/feedback/PageNotice";
import { BoardIdentityForm } from "@/components/leaderboards/BoardIdentityForm";
import { db } from "@/server/db";
import { examCatalog } from "@/server/queries/catalog";
import { classDetail, myClasses } from "@/server/queries/classes";
import { boardProfile } from "@/server/services/profile";
import { pageActor } from "../_auth/page-actor";
import { updateBoardIdentityAction } from "./_actions/board-identity";

export const metadata = { title: "Leaderboards — Kubedojo" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function LeaderboardsPage({ searchParams }: { searchParams: Search }) {
  const actor = await pageActor();
  const [exams, classes, profile] = await Promise.all([examCatalog(db(), actor.id), myClasses(db(), actor), boardProfile(db(), actor)]);
  const all = [...(classes?.joined ?? []), ...(classes?.teaching ?? [])];
  const details = (await Promise.all(all.map((c) => classDetail(db(), actor, c.id)))).filter((c) => c !== null);
  const classBoards = details.flatMap((c) => {
    const seen = new Set<string>();
    return c.windows.filter((w) => !seen.has(w.examId) && seen.add(w.examId)).map((w) => ({ classId: c.id, className: c.name, examId: w.examId, title: w.examTitle }));
  });
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>Leaderboards</h1>
          <p className="lead">Each person&apos;s best attempt at an exam, ranked by score, ties broken by the time used.</p>
        </div>
      </header>
      <PageNotice search={await searchParams} />
      <div className="two-columns">
        <section className="card" aria-labelledby="global-heading">
          <h2 id="global-heading">Mock exams</h2>
          {exams.length ? (
            <ul className="link-list">
              {exams.map((e) => (
                <li key={e.slug}>
                  <Link href={`/leaderboards/exams/${encodeURIComponent(e.slug)}`}>{e.title}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No mock exam is published yet.</p>
          )}
          <h2 id="class-boards-heading">Your classes</h2>
          {classBoards.length ? (
            <ul className="link-list">
              {classBoards.map((b) => (
                <li key={`${b.classId}-${b.examId}`}>
                  <Link href={`/leaderboards/classes/${encodeURIComponent(b.classId)}/${encodeURIComponent(b.examId)}`}>{b.title}</Link>{" "}
                  <span className="muted">· {b.className}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">
              No class exam yet. <Link href="/classes">Join a class</Link> with your instructor&apos;s code.
            </p>
          )}
        </section>
        {profile ? <BoardIdentityForm profile={profile} action={updateBoardIdentityAction} back="/leaderboards" /> : null}
      </div>
    </div>
  );
}
