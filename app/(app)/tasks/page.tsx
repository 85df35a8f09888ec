import Link from "next/link";
import { BestScore, DifficultyBadge } from "@/components/catalog/badges";
import { currentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { taskCatalog, type Difficulty } from "@/server/queries/catalog";

export const metadata = { title: "Tasks — Kubedojo" };

const difficulties: Difficulty[] = ["EASY", "MEDIUM", "HARD"];

type Search = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function TasksPage({ searchParams }: { searchParams: Search }) {
  const user = (await currentUser())!;
  const params = await searchParams;
  const wantedDifficulty = one(params.difficulty).toUpperCase();
  const difficulty = difficulties.find((d) => d === wantedDifficulty);
  const tag = one(params.tag).slice(0, 100) || undefined;
  const catalog = await taskCatalog(db(), user.id, { difficulty, tag });
  const filtered = Boolean(difficulty || tag);

  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>Tasks</h1>
          <p className="lead">
            {catalog.total} hands-on tasks across the five CKAD domains. Practise one untimed, as often as you like.
          </p>
        </div>
      </header>

      <form className="filters" method="get" aria-label="Filter tasks">
        <div className="field field-inline">
          <label htmlFor="difficulty">Difficulty</label>
          <select id="difficulty" name="difficulty" defaultValue={difficulty?.toLowerCase() ?? ""}>
            <option value="">Any</option>
            {difficulties.map((d) => (
              <option key={d} value={d.toLowerCase()}>
                {d.charAt(0) + d.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor="tag">Topic</label>
          <select id="tag" name="tag" defaultValue={tag ?? ""}>
            <option value="">Any</option>
            {catalog.tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Apply
        </button>
        {filtered ? (
          <Link href="/tasks" className="filters-clear">
            Clear filters
          </Link>
        ) : null}
        <p className="muted filters-count" role="status">
          {filtered ? `${catalog.shown} of ${catalog.total} tasks match.` : ""}
        </p>
      </form>

      {catalog.domains.map((domain) => (
        <section key={domain.name} className="card" aria-labelledby={`domain-${domain.name}`}>
          <header className="card-header">
            <h2 id={`domain-${domain.name}`}>{domain.name}</h2>
            <span className="badge badge-neutral" title="Share of the CKAD exam">
              {domain.weightPercent}% of the exam
            </span>
          </header>
          {domain.tasks.length === 0 ? (
            <p className="muted">{filtered ? "No task of this domain matches the filters." : "Tasks for this domain are being written."}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Task</th>
                  <th scope="col">Difficulty</th>
                  <th scope="col" className="num">
                    Minutes
                  </th>
                  <th scope="col">Topics</th>
                  <th scope="col" className="num">
                    Your best
                  </th>
                </tr>
              </thead>
              <tbody>
                {domain.tasks.map((t) => (
                  <tr key={t.slug}>
                    <td>
                      <Link href={`/tasks/${t.slug}`}>{t.title}</Link>
                    </td>
                    <td>
                      <DifficultyBadge difficulty={t.difficulty} />
                    </td>
                    <td className="num">{t.suggestedMinutes}</td>
                    <td>
                      <span className="tags">
                        {t.tags.map((x) => (
                          <Link key={x} href={`/tasks?tag=${encodeURIComponent(x)}`} className="tag">
                            {x}
                          </Link>
                        ))}
                      </span>
                    </td>
                    <td className="num">
                      <BestScore best={t.best} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
