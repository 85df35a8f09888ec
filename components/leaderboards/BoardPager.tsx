// Previous / next page links of a leaderboard (plain links: no JavaScript needed).
import Link from "next/link";

export function BoardPager({ base, page, pageSize, total }: { base: string; page: number; pageSize: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  const href = (p: number) => (p === 1 ? base : `${base}?page=${p}`);
  return (
    <nav aria-label="Leaderboard pages" className="pager">
      {page > 1 ? <Link href={href(page - 1)}>← Previous</Link> : <span />}
      <span className="muted">
        Page {page} of {pages}
      </span>
      {page < pages ? <Link href={href(page + 1)}>Next →</Link> : <span />}
    </nav>
  );
}
