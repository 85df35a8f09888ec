// The exam form, for composing an exam and for editing one: title, duration,
// pass mark, and the tasks with their order. A plain form (it works without
// JavaScript): a checkbox takes a task, a position number orders it (tasks
// without one follow, in the order listed). The exam's tasks come first, in
// their order; the rest of the published tasks follow by domain.
import type { ReactNode } from "react";
import type { ComposableTask } from "@/server/queries/classes";

export interface ExamFormValues {
  title: string;
  durationMinutes: number;
  passPercent: number;
  /** The exam's tasks in order (editing); empty when composing. */
  taskSlugs: string[];
}

/** A task of the exam that can no longer be put in one (retired, back to draft): shown so it can be unticked. */
export interface UnusableExamTask {
  slug: string;
  title: string;
}

interface Props {
  action: (form: FormData) => Promise<void>;
  tasks: ComposableTask[];
  values?: ExamFormValues;
  unusable?: UnusableExamTask[];
  /** Hidden fields (the exam being edited). */
  hidden?: Record<string, string>;
  submitLabel: string;
  /** More fieldsets before the button (composing: open it to a class). */
  children?: ReactNode;
}

const defaults: ExamFormValues = { title: "", durationMinutes: 120, passPercent: 66, taskSlugs: [] };

function TaskRow({ task, position, unusable }: { task: { slug: string; title: string; points?: number; source?: string }; position: number | null; unusable?: boolean }) {
  const id = `task-${task.slug.replace(/[^a-z0-9]+/gi, "-")}`;
  return (
    <li className="task-picker-row">
      <label className="check-label">
        <input type="checkbox" name="task" value={task.slug} defaultChecked={position !== null} />
        <span>{task.title}</span>
        <span className="muted small">
          {unusable ? (
            "retired or unpublished: untick it to save"
          ) : (
            <>
              {task.points} pt{task.points === 1 ? "" : "s"}
              {task.source === "AUTHORED" ? " · authored" : ""}
            </>
          )}
        </span>
      </label>
      <label htmlFor={id} className="sr-only">
        Position of {task.title}
      </label>
      <input id={id} name={`position:${task.slug}`} type="number" min={1} max={99} step={1} className="position-input" defaultValue={position ?? undefined} placeholder="#" />
    </li>
  );
}

export function ExamForm({ action, tasks, values = defaults, unusable = [], hidden = {}, submitLabel, children }: Props) {
  const bySlug = new Map(tasks.map((t) => [t.slug, t]));
  const unusableBySlug = new Map(unusable.map((t) => [t.slug, t]));
  const chosen = new Set(values.taskSlugs);
  const byDomain = new Map<string, ComposableTask[]>();
  for (const t of tasks) if (!chosen.has(t.slug)) byDomain.set(t.domain, [...(byDomain.get(t.domain) ?? []), t]);
  return (
    <form action={action} className="stack">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <section className="card form" aria-labelledby="exam-settings">
        <h2 id="exam-settings">Settings</h2>
        <div className="field">
          <label htmlFor="exam-title">Title</label>
          <input id="exam-title" name="title" required maxLength={200} defaultValue={values.title} placeholder="Week 3 — configuration and security" />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="exam-duration">Duration (minutes)</label>
            <input id="exam-duration" name="durationMinutes" type="number" min={1} max={600} defaultValue={values.durationMinutes} required />
          </div>
          <div className="field">
            <label htmlFor="exam-pass">Pass mark (%)</label>
            <input id="exam-pass" name="passPercent" type="number" min={0} max={100} step="any" defaultValue={values.passPercent} required />
          </div>
        </div>
      </section>

      <fieldset className="card task-picker">
        <legend>Tasks</legend>
        <p className="muted small">
          Tick the tasks; the numbers set their order in the exam (unnumbered ones follow, as listed). A task is worth its points.
        </p>
        {values.taskSlugs.length ? (
          <div className="task-picker-domain">
            <h3>In the exam, in order</h3>
            <ol>
              {values.taskSlugs.map((slug, i) => {
                const task = bySlug.get(slug) ?? unusableBySlug.get(slug) ?? { slug, title: slug };
                return <TaskRow key={slug} task={task} position={i + 1} unusable={!bySlug.has(slug)} />;
              })}
            </ol>
          </div>
        ) : null}
        {tasks.length ? (
          [...byDomain.entries()].map(([domain, list]) => (
            <div key={domain} className="task-picker-domain">
              <h3>{domain}</h3>
              <ul>
                {list.map((t) => (
                  <TaskRow key={t.slug} task={t} position={null} />
                ))}
              </ul>
            </div>
          ))
        ) : (
          <p className="muted">No task is published yet.</p>
        )}
      </fieldset>

      {children}
      <div>
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
