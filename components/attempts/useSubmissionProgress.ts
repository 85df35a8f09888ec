"use client";
// Polls a submission until it is graded (or failed): queued → grading → done.
import { useEffect, useState } from "react";

export interface Progress {
  state: "QUEUED" | "GRADING" | "DONE" | "FAILED" | "UNKNOWN";
  score: number | null;
  maxScore: number | null;
  error: string | null;
  ahead: number;
}

export function useSubmissionProgress(submissionId: string | null, onFinished: () => void): Progress | null {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    if (!submissionId) return;
    let live = true;
    let delay = 250;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const r = await fetch(`/api/submissions/${encodeURIComponent(submissionId)}`, { cache: "no-store" });
        const body = (await r.json()) as Partial<Progress> & { state?: Progress["state"]; message?: string };
        if (!live) return;
        if (!r.ok) {
          setProgress({ state: "UNKNOWN", score: null, maxScore: null, error: body.message ?? `HTTP ${r.status}`, ahead: 0 });
          return;
        }
        setProgress({ state: body.state ?? "UNKNOWN", score: body.score ?? null, maxScore: body.maxScore ?? null, error: body.error ?? null, ahead: body.ahead ?? 0 });
        if (body.state === "DONE" || body.state === "FAILED") {
          onFinished();
          return;
        }
      } catch {
        // The server is briefly unreachable: keep asking, a little slower.
      }
      delay = Math.min(delay * 1.5, 2000);
      if (live) timer = setTimeout(() => void poll(), delay);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // onFinished is read at the end only; a new function each render must not restart the polling.
  }, [submissionId]);
  return progress;
}
