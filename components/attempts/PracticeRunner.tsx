"use client";
// Practice of one task: the prompt, the answer editor (autosaved), Submit, and
// the result of the latest submission — rendered by the server, refreshed in
// place once the grading is done (no manual reload).
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { AnswerEditor, type SavedAnswerProps } from "./AnswerEditor";
import type { AnswerSaver, SaveState } from "./answer-saver";
import { GradingProgress } from "./GradingProgress";
import { useSubmissionProgress } from "./useSubmissionProgress";

interface PracticeRunnerProps {
  attemptId: string;
  taskVersionId: string;
  answer: SavedAnswerProps;
  prompt: ReactNode;
  header: ReactNode;
  /** The latest submission and whether it is still being graded. */
  latestSubmission: { id: string; finished: boolean } | null;
  /** The server-rendered result of the latest finished submission. */
  result: ReactNode;
}

export function PracticeRunner({ attemptId, taskVersionId, answer, prompt, header, latestSubmission, result }: PracticeRunnerProps) {
  const router = useRouter();
  const saver = useRef<AnswerSaver | null>(null);
  const [saveState, setSaveState] = useState<SaveState | null>(null);
  const [waitingFor, setWaitingFor] = useState<string | null>(latestSubmission && !latestSubmission.finished ? latestSubmission.id : null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const progress = useSubmissionProgress(waitingFor, () => router.refresh());

  // The refreshed page carries the submission we waited for: show its result.
  useEffect(() => {
    if (waitingFor && latestSubmission?.id === waitingFor && latestSubmission.finished) {
      setWaitingFor(null);
      resultRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
    }
  }, [latestSubmission, waitingFor]);

  const submit = async () => {
    setSubmitting(true);
    setSubmitError(null);
    try {
      await saver.current?.flush();
      const r = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/submit`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ taskVersionId }),
      });
      const body = (await r.json().catch(() => ({}))) as { submissionId?: string; message?: string };
      if (!r.ok || !body.submissionId) throw new Error(body.message ?? `HTTP ${r.status}`);
      setWaitingFor(body.submissionId);
    } catch (e) {
      setSubmitError(e instanceof Error ? e.message : String(e));
    } finally {
      setSubmitting(false);
    }
  };

  const saveFailed = saveState?.kind === "error";
  return (
    <div className="practice">
      {header}
      <div className="exam-panes">
        <section className="pane pane-prompt" aria-label="Task">
          <div className="task-prompt">{prompt}</div>
        </section>
        <section className="pane pane-answer" aria-label="Your answer">
          <AnswerEditor attemptId={attemptId} taskVersionId={taskVersionId} answer={answer} saverRef={saver} onStateChange={setSaveState} />
          <div className="submit-row">
            <button type="button" className="button button-primary" onClick={() => void submit()} disabled={submitting || waitingFor !== null || saveFailed}>
              {submitting ? "Submitting…" : waitingFor ? "Grading…" : "Submit for grading"}
            </button>
            <span className="muted">Graded on a fresh simulated cluster: setup, your answer, then the checks.</span>
          </div>
          {submitError ? (
            <p className="form-error" role="alert">
              {submitError}
            </p>
          ) : null}
        </section>
      </div>
      <div ref={resultRef} className="practice-result" aria-live="polite">
        {waitingFor ? <GradingProgress progress={progress} /> : result}
      </div>
    </div>
  );
}
