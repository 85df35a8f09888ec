// The weakest topics, each with the tasks to practise next (tried ones below
// full marks first, then untried ones, easiest first).
import Link from "next/link";
import { DifficultyBadge } from "@/components/catalog/badges";
import type { TagProgress } from "@/server/queries/progress";

export function WeakestTags({ tags, empty }: { tags: TagProgress[]; empty: string }) {
  if (tags.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="weak-tags">
      {tags.map((t) => (
        <li key={t.tag} className="weak-tag" data-testid="weak-tag">
          <div className="weak-tag-head">
            <Link href={`/tasks?tag=${encodeURIComponent(t.tag)}`} className="tag">
              {t.tag}
            </Link>
            <span className="muted">
              {t.percent}% over {t.tasksGraded} task{t.tasksGraded === 1 ? "" : "s"}
            </span>
          </div>
          {t.practise.length ? (
            <ul className="practise-list">
              {t.practise.map((p) => (
                <li key={p.slug}>
                  <Link href={`/tasks/${p.slug}`}>{p.title}</Link> <DifficultyBadge difficulty={p.difficulty} />{" "}
                  <span className="muted small">{p.best === null ? "not tried yet" : `best ${p.best}%`}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">Every task of this topic is mastered.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
