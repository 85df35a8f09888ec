// The classes the user is in (and, for an instructor, teaches), and joining one with a code.
import Link from "next/link";
import { JoinClassForm } from "@/components/classes/JoinClassForm";
import { PageNotice } from "@/components/feedback/PageNotice";
import { db } from "@/server/db";
import { myClasses } from "@/server/queries/classes";
import { pageActor } from "../_auth/page-actor";
import { joinClassAction, leaveClassAction } from "./_actions/membership";

export const metadata = { title: "Classes — Kubedojo" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ClassesPage({ searchParams }: { searchParams: Search }) {
  const actor = await pageActor();
  const classes = (await myClasses(db(), actor))!;
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>Classes</h1>
          <p className="lead">Your instructor opens exams to the class for a window of time; each class has its own leaderboard.</p>
        </div>
      </header>
      <PageNotice search={await searchParams} />
      <section className="card" aria-labelledby="join-heading">
        <h2 id="join-heading">Join a class</h2>
        <JoinClassForm action={joinClassAction} />
      </section>
      <section className="card" aria-labelledby="joined-heading">
        <h2 id="joined-heading">Your classes</h2>
        {classes.joined.length ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Class</th>
                <th scope="col" className="num">
                  Members
                </th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {classes.joined.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link href={`/classes/${c.id}`}>{c.name}</Link>
                  </th>
                  <td className="num">{c.members}</td>
                  <td>
                    <form action={leaveClassAction}>
                      <input type="hidden" name="classId" value={c.id} />
                      <button type="submit" className="button button-small" aria-label={`Leave ${c.name}`}>
                        Leave
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">You are in no class yet. Ask your instructor for the invite code.</p>
        )}
      </section>
      {classes.teaching.length ? (
        <section className="card" aria-labelledby="teaching-heading">
          <h2 id="teaching-heading">Classes you teach</h2>
          <ul>
            {classes.teaching.map((c) => (
              <li key={c.id}>
                <Link href={`/instructor/classes/${c.id}`}>{c.name}</Link> <span className="muted">({c.members} members)</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
