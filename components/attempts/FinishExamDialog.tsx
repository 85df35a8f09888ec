"use client";
// "Finish exam" with a confirmation that says what is left (unanswered,
// flagged); on confirm the pending answer is saved, the server closes the
// attempt and queues the grading, and the results open.
import { useRef, useState } from "react";

interface FinishExamDialogProps {
  attemptId: string;
  unanswered: number;
  flagged: number;
  beforeFinish: () => Promise<void>;
  resultsUrl: string;
  disabled?: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function FinishExamDialog({ attemptId, unanswered, flagged, beforeFinish, resultsUrl, disabled }: FinishExamDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const finish = async () => {
    setBusy(true);
    setError(null);
    try {
      await beforeFinish();
      const r = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/finish`, { method: "POST" });
      const body = (await r.json().catch(() => ({}))) as { message?: string; resultsUrl?: string };
      if (!r.ok) throw new Error(body.message ?? `HTTP ${r.status}`);
      window.location.assign(body.resultsUrl ?? resultsUrl);
    } catch (e) {
      setBusy(false);
      setError(`The exam was not finished: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const left = [unanswered ? plural(unanswered, "task is not answered", "tasks are not answered") : "", flagged ? plural(flagged, "task is flagged for review", "tasks are flagged for review") : ""].filter(Boolean);

  return (
    <>
      <button type="button" className="button button-primary" disabled={disabled} onClick={() => dialog.current?.showModal()}>
        Finish exam
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="finish-title" aria-describedby="finish-text">
        <h2 id="finish-title">Finish the exam?</h2>
        <div id="finish-text">
          {left.length ? (
            <ul>
              {left.map((l) => (
                <li key={l}>{l}.</li>
              ))}
            </ul>
          ) : (
            <p>Every task has an answer.</p>
          )}
          <p>Your answers are graded as they are now; you cannot change them afterwards.</p>
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()} disabled={busy} autoFocus>
            Keep working
          </button>
          <button type="button" className="button button-danger" onClick={() => void finish()} disabled={busy}>
            {busy ? "Finishing…" : "Finish and grade"}
          </button>
        </div>
      </dialog>
    </>
  );
}
