"use client";
// An AnswerSaver for the lifetime of a component, its state as React state,
// and the page-exit handling (send what is pending, warn while unsaved).
import { useEffect, useRef, useState } from "react";
import { AnswerSaver, type AnswerDraft, type SaveState } from "./answer-saver";

export type { AnswerDraft, SaveState };

interface AutosaveOptions {
  url: string;
  revision: number;
  savedAt: string | null;
  onClosed?: (message: string) => void;
}

export function useAutosave({ url, revision, savedAt, onClosed }: AutosaveOptions) {
  const [state, setState] = useState<SaveState>({ kind: "saved", at: savedAt });
  const onClosedRef = useRef(onClosed);
  useEffect(() => {
    onClosedRef.current = onClosed;
  }, [onClosed]);
  const [saver] = useState(() => new AnswerSaver({ url, revision, savedAt, onState: setState, onClosed: (m) => onClosedRef.current?.(m) }));

  useEffect(() => {
    const onHide = () => saver.sendOnExit();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (saver.unsaved) event.preventDefault();
    };
    window.addEventListener("pagehide", onHide);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("beforeunload", onBeforeUnload);
      // Leaving the task inside the page (another task shown): save now.
      void saver.flush();
    };
  }, [saver]);

  return { state, saver };
}
