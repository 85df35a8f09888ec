// A class's members as its instructor sees them: a page of 50 at a time, found
// by name or email, with their streak and a Remove button. Plain links and
// forms: paging, searching and removing work without JavaScript.
import Link from "next/link";
import { formatDateTime } from "@/components/format";
import type { ClassMembersPage } from "@/server/queries/classes";
import type { Streak } from "@/server/queries/progress";

interface Props {
  classId: string;
  members: ClassMembersPage;
  /** Everyone in the class, whatever the search. */
  total: number;
  streaks: Map<string, Streak>;
  removeAction: (form: FormData) => Promise<void>;
}

/** The class page's URL for a search and page (the table's anchor, so the browser lands on it). */
export function membersHref(classId: string, search: string, page: number): string {
  const params = new URLSearchParams();
  if (search) params.set("q", search);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/instructor/classes/${encodeURIComponent(classId)}${query ? `?${query}` : ""}#members`;
}

export function ClassMembersTable({ classId, members, total, streaks, removeAction }: Props) {
  const { rows, matching, page, pages, pageSize, search } = members;
  const first = (page - 1) * pageSize + 1;
  const count = matching === 0 ? (search ? "Nobody matches." : "") : `${first}–${first + rows.length - 1} of ${matching}${search ? ` matching (${total} in the class)` : ""}`;
  return (
    <section className="card" aria-labelledby="members-heading" id="members">
      <h2 id="members-heading">Members</h2>
      {total === 0 ? (
        <p className="muted">Nobody has joined yet. Share the invite code.</p>
      ) : (
        <>
          <form method="get" action="#members" className="filters" aria-label="Find members">
            <div className="field field-inline">
              <label htmlFor="member-search">Find</label>
              <input id="member-search" name="q" type="search" defaultValue={search} placeholder="Name or email" maxLength={100} />
            </div>
            <button type="submit" className="button">
              Search
            </button>
            {search ? (
              <Link href={membersHref(classId, "", 1)} className="filters-clear">
                Clear
              </Link>
            ) : null}
            <p className="muted filters-count" role="status" data-testid="members-count">
              {count}
            </p>
          </form>
          {rows.length ? (
            // One form for every row (the clicked button names the member); q and page bring the instructor back here.
            <form action={removeAction}>
              <input type="hidden" name="classId" value={classId} />
              <input type="hidden" name="q" value={search} />
              <input type="hidden" name="page" value={page} />
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Joined</th>
                    <th scope="col" className="num">
                      Streak
                    </th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((m) => {
                    const streak = streaks.get(m.userId);
                    return (
                      <tr key={m.userId} data-testid="member-row">
                        <th scope="row">{m.name}</th>
                        <td className="muted">{m.email}</td>
                        <td className="muted">{formatDateTime(m.joinedAt)}</td>
                        <td className="num">{streak?.current ? `${streak.current} day${streak.current === 1 ? "" : "s"}` : "—"}</td>
                        <td>
                          <button type="submit" name="userId" value={m.userId} className="button button-small" aria-label={`Remove ${m.name} from the class`}>
                            Remove
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </form>
          ) : null}
          {pages > 1 ? (
            <nav aria-label="Member pages" className="pager">
              {page > 1 ? <Link href={membersHref(classId, search, page - 1)}>← Previous</Link> : <span />}
              <span className="muted">
                Page {page} of {pages}
              </span>
              {page < pages ? <Link href={membersHref(classId, search, page + 1)}>Next →</Link> : <span />}
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}
