// A mock exam's global leaderboard: everyone's best attempt, names as each chose (or Anonymous).
import Link from "next/link";
import { notFound } from "next/navigation";
import { BoardPager } from "@/components/leaderboards/BoardPager";
import { LeaderboardTable } from "@/components/leaderboards/LeaderboardTable";
import { db } from "@/server/db";
import { globalLeaderboard } from "@/server/queries/leaderboards";
import { pageActor } from "../../../_auth/page-actor";
import { boardPage, boardPageSize } from "../../board-page";

export const metadata = { title: "Leaderboard — Kubedojo" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GlobalBoardPage({ params, searchParams }: Props) {
  const actor = await pageActor();
  const { slug } = await params;
  const page = boardPage((await searchParams).page);
  const board = await globalLeaderboard(db(), actor, slug, { limit: boardPageSize, offset: (page - 1) * boardPageSize });
  if (!board) notFound();
  const base = `/leaderboards/exams/${encodeURIComponent(slug)}`;
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/leaderboards">Leaderboards</Link>
          </nav>
          <h1>{board.title}</h1>
          <p className="muted">
            {board.total} {board.total === 1 ? "person" : "people"} · everyone&apos;s best attempt at this mock exam
            {board.you ? ` · you are #${board.you.rank}` : ""}
          </p>
        </div>
        <div className="page-header-side">
          <Link href="/leaderboards" className="button button-small">
            Change how you appear
          </Link>
        </div>
      </header>
      <section className="card">
        <LeaderboardTable board={board} attemptHref={(id) => `/attempts/${id}/results`} />
        <BoardPager base={base} page={page} pageSize={boardPageSize} total={board.total} />
      </section>
    </div>
  );
}
