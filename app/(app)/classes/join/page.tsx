// Joining a class with its invite code; `?code=` fills it in (a link the instructor shares).
import Link from "next/link";
import { JoinClassForm } from "@/components/classes/JoinClassForm";
import { PageNotice } from "@/components/feedback/PageNotice";
import { pageActor } from "../../_auth/page-actor";
import { joinClassAction } from "../_actions/membership";

export const metadata = { title: "Join a class — Kubedojo" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function JoinClassPage({ searchParams }: { searchParams: Search }) {
  await pageActor();
  const search = await searchParams;
  const code = typeof search.code === "string" ? search.code.slice(0, 40) : undefined;
  return (
    <section className="panel narrow stack">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/classes">Classes</Link>
      </nav>
      <h1>Join a class</h1>
      <p className="muted">Type the invite code your instructor gave you.</p>
      <PageNotice search={search} />
      <JoinClassForm action={joinClassAction} code={code} />
    </section>
  );
}
