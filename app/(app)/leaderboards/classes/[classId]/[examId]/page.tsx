// A class's leaderboard of one exam opened to it: members see each other as
// each chose to appear; the class's instructor sees real names and attempts.
import Link from "next/link";
import { notFound } from "next/navigation";
import { BoardPager } from "@/components/leaderboards/BoardPager";
import { LeaderboardTable } from "@/components/leaderboards/LeaderboardTable";
import { db } from "@/server/db";
import { classDetail } from "@/server/queries/classes";
import { classLeaderboard } from "@/server/queries/leaderboards";
import { pageActor } from "../../../../_auth/page-actor";
import { boardPage, boardPageSize } from "../../../board-page";

export const metadata = { title: "Class leaderboard — Kubedojo" };

type Props = { params: Promise<{ classId: string; examId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClassBoardPage({ params, searchParams }: Props) {
  const actor = await pageActor();
  const { classId, examId } = await params;
  const page = boardPage((await searchParams).page);
  const [board, cls] = await Promise.all([
    classLeaderboard(db(), actor, classId, examId, { limit: boardPageSize, offset: (page - 1) * boardPageSize }),
    classDetail(db(), actor, classId),
  ]);
  if (!board || !cls) notFound();
  const classHref = cls.manages ? `/instructor/classes/${encodeURIComponent(cls.id)}` : `/classes/${encodeURIComponent(cls.id)}`;
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/leaderboards">Leaderboards</Link> <span aria-hidden="true">/</span> <Link href={classHref}>{cls.name}</Link>
          </nav>
          <h1>{board.title}</h1>
          <p className="muted">
            {board.total} {board.total === 1 ? "person" : "people"} in {cls.name}
            {board.you ? ` · you are #${board.you.rank}` : ""}
            {cls.manages ? " · you see real names as the class's instructor" : ""}
          </p>
        </div>
      </header>
      <section className="card">
        <LeaderboardTable board={board} attemptHref={(id) => (cls.manages ? `/instructor/attempts/${id}` : `/attempts/${id}/results`)} />
        <BoardPager base={`/leaderboards/classes/${encodeURIComponent(classId)}/${encodeURIComponent(examId)}`} page={page} pageSize={boardPageSize} total={board.total} />
      </section>
    </div>
  );
}
