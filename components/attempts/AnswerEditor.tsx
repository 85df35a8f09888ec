"use client";
// One task's answer: manifests (YAML) or a transcript (shell), as two tabs of
// the same editor, autosaved as the candidate types. Only one form is kept
// per task: the tab typed in last is the one saved and graded.
import { useCallback, useEffect, useId, useState } from "react";
import { CodeEditor } from "@/components/editor/CodeEditor";
import { SaveStatus } from "./SaveStatus";
import { useAutosave, type SaveState } from "./useAutosave";
import type { AnswerSaver } from "./answer-saver";

export type AnswerForm = "MANIFESTS" | "TRANSCRIPT";

export interface SavedAnswerProps {
  form: AnswerForm;
  content: string;
  revision: number;
  savedAt: string;
}

interface AnswerEditorProps {
  attemptId: string;
  taskVersionId: string;
  answer: SavedAnswerProps;
  /** The attempt is closed: show the answer, accept no edits. */
  readOnly?: boolean;
  onClosed?: (message: string) => void;
  /** Lets the parent flush the saver before it submits or finishes. */
  saverRef?: { current: AnswerSaver | null };
  onStateChange?: (state: SaveState) => void;
  onContentChange?: (form: AnswerForm, content: string) => void;
}

const tabs: { form: AnswerForm; label: string; hint: string }[] = [
  { form: "MANIFESTS", label: "Manifests (YAML)", hint: "Applied as kubectl apply -f answer.yaml" },
  { form: "TRANSCRIPT", label: "Shell transcript", hint: "Run line by line on the workstation, kubectl included" },
];

const placeholders: Record<AnswerForm, string> = {
  MANIFESTS: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: …",
  TRANSCRIPT: "kubectl -n shop get pods\nkubectl -n shop edit …",
};

export function AnswerEditor({ attemptId, taskVersionId, answer, readOnly, onClosed, saverRef, onStateChange, onContentChange }: AnswerEditorProps) {
  const id = useId();
  const [visible, setVisible] = useState<AnswerForm>(answer.form);
  const [graded, setGraded] = useState<AnswerForm>(answer.form);
  const [drafts, setDrafts] = useState<Record<AnswerForm, string>>({
    MANIFESTS: answer.form === "MANIFESTS" ? answer.content : "",
    TRANSCRIPT: answer.form === "TRANSCRIPT" ? answer.content : "",
  });
  const url = `/api/attempts/${encodeURIComponent(attemptId)}/answers/${encodeURIComponent(taskVersionId)}`;
  const { state, saver } = useAutosave({ url, revision: answer.revision, savedAt: answer.savedAt, onClosed });
  useEffect(() => {
    if (saverRef) saverRef.current = saver;
  }, [saver, saverRef]);
  useEffect(() => {
    onStateChange?.(state);
  }, [state, onStateChange]);

  const onChange = useCallback(
    (content: string) => {
      setDrafts((d) => ({ ...d, [visible]: content }));
      setGraded(visible);
      saver.change({ form: visible, content });
      onContentChange?.(visible, content);
    },
    [visible, saver, onContentChange],
  );

  const other = visible === "MANIFESTS" ? "TRANSCRIPT" : "MANIFESTS";
  return (
    <div className="answer-editor">
      <div className="answer-editor-bar">
        <div role="tablist" aria-label="Answer form" className="tabs">
          {tabs.map((t) => (
            <button
              key={t.form}
              type="button"
              role="tab"
              id={`${id}-tab-${t.form}`}
              aria-selected={visible === t.form}
              aria-controls={`${id}-panel`}
              className="tab"
              title={t.hint}
              onClick={() => setVisible(t.form)}
              onKeyDown={(e) => {
                if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
                  const next = t.form === "MANIFESTS" ? "TRANSCRIPT" : "MANIFESTS";
                  setVisible(next);
                  document.getElementById(`${id}-tab-${next}`)?.focus();
                }
              }}
            >
              {t.label}
              {graded === t.form && drafts[t.form].trim() ? <span className="tab-dot" aria-label="(graded)" /> : null}
            </button>
          ))}
        </div>
        {readOnly ? null : <SaveStatus state={state} />}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${visible}`} className="answer-editor-panel">
        {readOnly ? (
          <pre className="code-block">{drafts[visible] || "(empty)"}</pre>
        ) : (
          <CodeEditor
            key={visible}
            initialValue={drafts[visible]}
            language={visible === "MANIFESTS" ? "yaml" : "shell"}
            onChange={onChange}
            label={visible === "MANIFESTS" ? "Answer: manifests in YAML" : "Answer: shell transcript"}
            describedBy={`${id}-help`}
            placeholder={placeholders[visible]}
          />
        )}
      </div>
      <p id={`${id}-help`} className="editor-help">
        {graded !== visible && drafts[graded].trim() && drafts[visible].trim() === ""
          ? `Your ${graded === "MANIFESTS" ? "manifests" : "transcript"} are what is graded; typing here replaces them with this tab's text. `
          : drafts[other].trim() && graded === visible
            ? "Only this tab is saved and graded (the other tab's text is not kept after a reload). "
            : ""}
        Tab indents · <kbd>Esc</kbd> then <kbd>Tab</kbd> leaves the editor · <kbd>Ctrl</kbd>+<kbd>Space</kbd> suggests fields ·{" "}
        <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes
      </p>
    </div>
  );
}
