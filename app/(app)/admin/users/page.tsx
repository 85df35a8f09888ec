// Admin: users and their roles, a role change with its reason, and the audit
// trail of every change (who, whose, from, to, why, when).
import Link from "next/link";
import { RoleForm } from "@/components/admin/RoleForm";
import { PageNotice } from "@/components/feedback/PageNotice";
import { formatDateTime } from "@/components/format";
import { db } from "@/server/db";
import { roleChanges, usersWithRoles } from "@/server/queries/role-changes";
import { adminActor } from "../../_auth/page-actor";
import { changeRoleAction } from "../_actions/roles";

export const metadata = { title: "Users and roles — Kubedojo" };

type Search = Promise<Record<string, string | string[] | undefined>>;

const roleName = (r: string) => r.charAt(0) + r.slice(1).toLowerCase();

export default async function AdminUsersPage({ searchParams }: { searchParams: Search }) {
  const actor = await adminActor();
  const search = await searchParams;
  const q = typeof search.q === "string" ? search.q.slice(0, 100) : "";
  const [users, changes] = await Promise.all([usersWithRoles(db(), actor, q, 200), roleChanges(db(), actor)]);
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>Users and roles</h1>
          <p className="lead">Instructors write tasks and run classes; admins also manage roles. Every change is recorded below.</p>
        </div>
      </header>
      <PageNotice search={search} />
      <form method="get" className="filters" aria-label="Find users">
        <div className="field field-inline">
          <label htmlFor="user-search">Find</label>
          <input id="user-search" name="q" type="search" defaultValue={q} placeholder="Name or email" maxLength={100} />
        </div>
        <button type="submit" className="button">
          Search
        </button>
        {q ? (
          <Link href="/admin/users" className="filters-clear">
            Clear
          </Link>
        ) : null}
        <p className="muted filters-count" role="status">
          {users?.length === 200 ? "Showing the first 200: refine the search." : `${users?.length ?? 0} user(s).`}
        </p>
      </form>
      <section className="card">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Signed up</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {users?.map((u) => (
              <tr key={u.id} data-testid="user-row">
                <th scope="row">
                  {u.name}
                  {u.id === actor.id ? <span className="badge board-you-badge">You</span> : null}
                  <div className="muted small">
                    {u.email} · <Link href={`/progress?user=${encodeURIComponent(u.id)}`}>progress</Link>
                  </div>
                </th>
                <td className="muted">{formatDateTime(u.createdAt)}</td>
                <td>
                  <RoleForm user={u} action={changeRoleAction} q={q} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="audit-heading">
        <h2 id="audit-heading">Role changes</h2>
        {changes && changes.length ? (
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">User</th>
                <th scope="col">Change</th>
                <th scope="col">By</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.id}>
                  <td className="muted">{formatDateTime(c.at)}</td>
                  <td>{c.userName}</td>
                  <td>
                    {roleName(c.fromRole)} → {roleName(c.toRole)}
                  </td>
                  <td>{c.changedByName ?? <span className="muted">(deleted user)</span>}</td>
                  <td>{c.reason || <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No role has been changed yet.</p>
        )}
      </section>
    </div>
  );
}
