// One task's result: score, each check (pass/fail with what was expected and
// found), what applying the answer printed, the explanation and the reference
// solution. Server-rendered; readable without JavaScript.
import { Markdown } from "@/components/markdown/Markdown";
import type { TaskResult } from "@/server/queries/attempt-results";

const formatPoints = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

export function TaskResultCard({ task, showWeight }: { task: TaskResult; showWeight: boolean }) {
  const full = task.score !== null && task.maxScore !== null && task.score === task.maxScore && task.maxScore > 0;
  const headingId = `task-result-${task.position}`;
  return (
    <article id={`task-${task.position}`} className="result-card" aria-labelledby={headingId} data-testid="task-result">
      <header className="result-card-header">
        <h3 id={headingId}>
          {showWeight ? `${task.position}. ` : ""}
          {task.title}
        </h3>
        <span className="badge">{task.domain}</span>
        {task.state === "DONE" && task.score !== null ? (
          <span className={`score-pill ${full ? "score-full" : task.score === 0 ? "score-zero" : "score-partial"}`} data-testid="task-score">
            {formatPoints(task.score)} / {formatPoints(task.maxScore ?? 0)} checks' points
            {showWeight ? ` · ${formatPoints(task.weightedScore)} of ${task.points} exam points` : ""}
          </span>
        ) : null}
      </header>

      {task.state === "QUEUED" || task.state === "GRADING" ? (
        <p className="muted" role="status">
          {task.state === "QUEUED" ? "Waiting to be graded…" : "Being graded…"}
        </p>
      ) : null}
      {task.state === "FAILED" ? (
        <p className="form-error">Grading failed: {task.error ?? "unknown error"}. This task counts 0 points.</p>
      ) : null}
      {task.setupError ? (
        <p className="form-error">The task&apos;s own setup failed (not your fault): {task.setupError.stderr || task.setupError.stdout}</p>
      ) : null}

      {task.checks.length ? (
        <ul className="checks" aria-label="Checks">
          {task.checks.map((c) => (
            <li key={c.id} className={c.passed ? "check check-pass" : "check check-fail"} data-testid="check" data-passed={c.passed}>
              <span className="check-icon" aria-hidden="true">
                {c.passed ? "✓" : "✗"}
              </span>
              <div className="check-body">
                <p className="check-name">
                  <span className="sr-only">{c.passed ? "Passed: " : "Failed: "}</span>
                  {c.name} <span className="muted">({c.points} {c.points === 1 ? "point" : "points"})</span>
                </p>
                {!c.passed && c.message ? <pre className="check-message">{c.message}</pre> : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}

      {task.form !== null ? (
        <details className="result-details">
          <summary>Your answer ({task.form === "MANIFESTS" ? "manifests" : "transcript"})</summary>
          <pre className="code-block">{task.content || "(empty)"}</pre>
          {task.answerOutput && (task.answerOutput.stdout || task.answerOutput.stderr) ? (
            <>
              <p className="muted">What it printed{task.answerOutput.exitCode ? ` (exit code ${task.answerOutput.exitCode})` : ""}:</p>
              <pre className="code-block code-block-output">{[task.answerOutput.stdout, task.answerOutput.stderr].filter(Boolean).join("\n")}</pre>
            </>
          ) : null}
        </details>
      ) : null}

      {task.explanation ? (
        <section className="explanation" aria-label="Explanation">
          <h4>Why</h4>
          <Markdown text={task.explanation} />
        </section>
      ) : null}
      {task.solution.manifests || task.solution.transcript ? (
        <details className="result-details solution">
          <summary>Reference solution ({task.solution.manifests ? "manifests" : "transcript"})</summary>
          <pre className="code-block">{task.solution.manifests ?? task.solution.transcript}</pre>
        </details>
      ) : null}
    </article>
  );
}
