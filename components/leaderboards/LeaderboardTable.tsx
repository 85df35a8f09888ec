// A leaderboard: rank, name (as each user chose, or Anonymous), best score,
// time used. The viewer's own row is marked, and shown below the page when
// their rank is further down.
import Link from "next/link";
import { formatDateTime, formatDuration, formatScore } from "@/components/format";
import type { Leaderboard, LeaderboardEntry } from "@/server/queries/leaderboards";

function Row({ e, attemptHref }: { e: LeaderboardEntry; attemptHref?: (attemptId: string) => string }) {
  return (
    <tr className={e.isYou ? "board-you" : undefined} data-testid="board-row" data-rank={e.rank} aria-current={e.isYou ? "true" : undefined}>
      <td className="num board-rank">{e.rank}</td>
      <th scope="row">
        {e.attemptId && attemptHref ? <Link href={attemptHref(e.attemptId)}>{e.name}</Link> : e.name}
        {e.isYou ? <span className="badge board-you-badge">You</span> : null}
      </th>
      <td className="num">
        {formatScore(e.score)} / {formatScore(e.maxScore)}
      </td>
      <td className="num">{formatScore(e.percent)}%</td>
      <td className="num">{formatDuration(e.timeUsedSeconds)}</td>
      <td className="muted">{formatDateTime(e.closedAt)}</td>
    </tr>
  );
}

export function LeaderboardTable({ board, attemptHref }: { board: Leaderboard; attemptHref?: (attemptId: string) => string }) {
  if (board.total === 0) return <p className="muted">Nobody is on this board yet: it lists each person&apos;s best closed, graded attempt.</p>;
  const youOffPage = board.you && !board.entries.some((e) => e.isYou) ? board.you : null;
  return (
    <table className="table leaderboard" data-testid="leaderboard">
      <caption className="sr-only">
        {board.title}: best attempt per person, by score, then by time used
      </caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            Rank
          </th>
          <th scope="col">Name</th>
          <th scope="col" className="num">
            Score
          </th>
          <th scope="col" className="num">
            %
          </th>
          <th scope="col" className="num">
            Time used
          </th>
          <th scope="col">Finished</th>
        </tr>
      </thead>
      <tbody>
        {board.entries.map((e) => (
          <Row key={`${e.rank}-${e.closedAt}-${e.name}-${e.attemptId ?? ""}`} e={e} attemptHref={attemptHref} />
        ))}
      </tbody>
      {youOffPage ? (
        <tbody className="board-you-below">
          <tr aria-hidden="true">
            <td colSpan={6} className="muted board-gap">
              …
            </td>
          </tr>
          <Row e={youOffPage} attemptHref={attemptHref} />
        </tbody>
      ) : null}
    </table>
  );
}
