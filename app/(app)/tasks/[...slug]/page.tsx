import Link from "next/link";
import { notFound } from "next/navigation";
import { BestScore, DifficultyBadge } from "@/components/catalog/badges";
import { Markdown } from "@/components/markdown/Markdown";
import { currentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { taskOverview } from "@/server/queries/catalog";
import { startPracticeAction } from "../../_actions/start-attempt";

type Props = { params: Promise<{ slug: string[] }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { slug } = await params;
  return { title: `${slug.at(-1) ?? "Task"} — Kubedojo` };
}

export default async function TaskPage({ params, searchParams }: Props) {
  const user = (await currentUser())!;
  const { slug } = await params;
  const error = (await searchParams).error;
  const task = await taskOverview(db(), user.id, slug.map(decodeURIComponent).join("/"));
  if (!task) notFound();

  return (
    <div className="stack">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/tasks">Tasks</Link> <span aria-hidden="true">/</span> <span>{task.domain}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>{task.title}</h1>
          <p className="task-meta">
            <DifficultyBadge difficulty={task.difficulty} />
            <span className="badge badge-neutral">{task.suggestedMinutes} min</span>
            <span className="badge badge-neutral">{task.points} points</span>
            {task.tags.map((t) => (
              <Link key={t} href={`/tasks?tag=${encodeURIComponent(t)}`} className="tag">
                {t}
              </Link>
            ))}
          </p>
        </div>
        <div className="page-header-side">
          <span className="muted">Your best</span> <BestScore best={task.best} />
        </div>
      </header>
      {typeof error === "string" ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <section className="card">
        <Markdown text={task.prompt} />
        <form action={startPracticeAction} className="actions">
          <input type="hidden" name="slug" value={task.slug} />
          <button type="submit" className="button button-primary">
            {task.openAttemptId ? "Continue practising" : "Practise this task"}
          </button>
          <span className="muted">Untimed. Answer with manifests or shell commands; submit as often as you like.</span>
        </form>
      </section>
    </div>
  );
}
