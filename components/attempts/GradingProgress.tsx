"use client";
import type { Progress } from "./useSubmissionProgress";

const steps = ["QUEUED", "GRADING", "DONE"] as const;

/** queued → grading → done, as three steps with the current one announced. */
export function GradingProgress({ progress }: { progress: Progress | null }) {
  const state = progress?.state ?? "QUEUED";
  const current = state === "FAILED" || state === "UNKNOWN" ? 2 : steps.indexOf(state);
  const label =
    state === "QUEUED"
      ? `Queued${progress?.ahead ? ` (${progress.ahead} ahead)` : ""}…`
      : state === "GRADING"
        ? "Grading on a fresh simulated cluster…"
        : state === "DONE"
          ? `Graded: ${progress?.score ?? 0} / ${progress?.maxScore ?? 0}`
          : `Grading failed: ${progress?.error ?? "unknown error"}`;
  return (
    <div className="grading-progress" data-state={state}>
      <ol className="steps" aria-hidden="true">
        {steps.map((s, i) => (
          <li key={s} className={i < current ? "step-done" : i === current ? "step-current" : ""}>
            {s === "QUEUED" ? "Queued" : s === "GRADING" ? "Grading" : "Done"}
          </li>
        ))}
      </ol>
      <p role="status" aria-live="polite" data-testid="grading-status">
        {label}
      </p>
    </div>
  );
}
