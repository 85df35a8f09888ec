"use client";
// The task editor: the task.yaml in the dark editor with completion from the
// task JSON Schema, and beside it every problem of the last save or
// validation on its field (click one to jump there; the editor marks its
// line). Save, Validate (what `kubesim tasks check` runs) and Publish are one
// form, so it all works without JavaScript too — then the editor is a
// plain textarea and the page shows the outcome after each submit.
import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import type { Extension } from "@codemirror/state";
import { EditorView, ViewPlugin } from "@codemirror/view";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { CodeEditor } from "@/components/editor/CodeEditor";
import taskSchema from "@/tasks/schema/task.schema.json";
import { taskSchemaCompletions, type JsonSchema } from "./task-schema-completions";
import { initialTaskEditorState, type TaskEditorState, type TaskProblemView } from "./task-editor-state";
import { lineOfProblem } from "./yaml-path-line";

type Intent = "save" | "validate" | "publish";

interface TaskAuthoringProps {
  taskId: string;
  initialYaml: string;
  /** Schema problems of the saved text. */
  initialProblems: TaskProblemView[];
  action: (previous: TaskEditorState, form: FormData) => Promise<TaskEditorState>;
}

const pendingText: Record<Intent, string> = {
  save: "Saving the draft…",
  validate: "Validating: grading the solution, every alternative and near miss, and the untouched setup…",
  publish: "Validating and publishing…",
};

function useTaskYamlAssist(viewRef: { current: EditorView | null }): Extension {
  return useMemo(() => {
    const complete = (context: CompletionContext): CompletionResult | null => {
      const found = taskSchemaCompletions(taskSchema as JsonSchema, context.state.doc.toString(), context.pos);
      if (!found || (!context.explicit && found.from === context.pos)) return null;
      return {
        from: found.from,
        options: found.options.map((o) => ({ label: o.label, apply: o.apply, detail: o.detail, info: o.info, type: o.type, boost: o.boost })),
        validFor: /^[\w.\-/]*$/,
      };
    };
    const capture = ViewPlugin.define((view) => {
      viewRef.current = view;
      return {
        destroy() {
          if (viewRef.current === view) viewRef.current = null;
        },
      };
    });
    return [autocompletion({ override: [complete], icons: false }), lintGutter(), capture];
  }, [viewRef]);
}

function problemCount(n: number): string {
  return n === 1 ? "1 problem" : `${n} problems`;
}

export function TaskAuthoring({ taskId, initialYaml, initialProblems, action }: TaskAuthoringProps) {
  const id = useId();
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, initialTaskEditorState);
  const [mounted, setMounted] = useState(false);
  const [text, setText] = useState(initialYaml);
  const [savedText, setSavedText] = useState(initialYaml);
  const [validText, setValidText] = useState<string | null>(null);
  const [intent, setIntent] = useState<Intent>("save");
  const viewRef = useRef<EditorView | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const assist = useTaskYamlAssist(viewRef);

  useEffect(() => setMounted(true), []);

  const problems = state.at ? state.problems : initialProblems;
  const problemText = state.yaml ?? initialYaml;
  const located = useMemo(() => problems.map((p) => ({ ...p, line: lineOfProblem(problemText, p) })), [problems, problemText]);

  // Each outcome: remember what was saved and validated, refresh the server-rendered preview.
  useEffect(() => {
    if (!state.at) return;
    if (state.yaml !== null) setSavedText(state.yaml);
    if (state.valid === true && state.yaml !== null) setValidText(state.yaml);
    if (state.valid === false) setValidText(null);
    if (state.done !== "refused") router.refresh();
  }, [state, router]);

  // The problems as marks on their lines in the editor.
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const doc = view.state.doc;
    const diagnostics: Diagnostic[] = located
      .filter((p) => p.line !== null && p.line <= doc.lines)
      .map((p) => {
        const line = doc.line(p.line!);
        return { from: line.from, to: line.to, severity: "error", message: p.path ? `${p.path}: ${p.message}` : p.message };
      });
    view.dispatch(setDiagnostics(view.state, diagnostics));
  }, [located, mounted]);

  const dirty = text !== savedText;
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const jumpTo = (line: number | null) => {
    const view = viewRef.current;
    if (!view || line === null || line > view.state.doc.lines) return;
    const at = view.state.doc.line(line).from;
    view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: "center" }) });
    view.focus();
  };

  // Publishing needs a passed validation of exactly this text (the server validates again anyway).
  const canPublish = !mounted || validText === text;

  let status: ReactNode = dirty ? "Unsaved changes." : "All changes saved.";
  if (pending) status = pendingText[intent];
  else if (state.done === "refused") status = <span className="text-fail">{state.message}</span>;
  else if (state.done === "published" && state.published) {
    const p = state.published;
    status = (
      <span className="text-pass">
        Published {p.newVersion ? `as version ${p.version}` : `(unchanged: version ${p.version})`}.{" "}
        <Link href={`/tasks/${p.slug}`}>Open it as a student sees it</Link>
      </span>
    );
  } else if (state.done === "validated") {
    status = state.valid ? (
      <span className="text-pass">Valid: the solution and alternatives score full marks, near misses fail their checks, the setup alone scores zero. You can publish.</span>
    ) : (
      <span className="text-fail">Does not validate: {problemCount(state.problems.length)}. Fix them, then validate again.</span>
    );
  } else if (state.done === "saved") status = `Draft saved${state.problems.length ? ` · ${problemCount(state.problems.length)} in the file` : ""}.`;

  return (
    <form
      ref={formRef}
      action={formAction}
      className="authoring"
      aria-label="Task file"
      onSubmit={(e) => {
        const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        setIntent((submitter?.value as Intent) ?? "save");
      }}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
          e.preventDefault();
          formRef.current?.requestSubmit(formRef.current.querySelector<HTMLButtonElement>('button[value="save"]'));
        }
      }}
    >
      <input type="hidden" name="taskId" value={taskId} />
      <div className="authoring-panes">
        <div className="pane pane-answer">
          {mounted ? (
            <span className="pane-label">task.yaml</span>
          ) : (
            <label htmlFor={`${id}-yaml`} className="pane-label">
              task.yaml
            </label>
          )}
          {mounted ? (
            <>
              <input type="hidden" name="yaml" value={text} />
              <div className="answer-editor-panel">
                <CodeEditor
                  initialValue={initialYaml}
                  language="yaml"
                  onChange={setText}
                  label="task.yaml"
                  describedBy={`${id}-help`}
                  yamlAssist={assist}
                />
              </div>
            </>
          ) : (
            <textarea id={`${id}-yaml`} name="yaml" defaultValue={state.yaml ?? initialYaml} className="code-textarea" rows={30} spellCheck={false} />
          )}
          <p id={`${id}-help`} className="editor-help">
            <kbd>Ctrl</kbd>+<kbd>Space</kbd> lists the fields allowed here, with their descriptions · <kbd>Ctrl</kbd>+<kbd>S</kbd> saves · Tab indents
          </p>
        </div>

        <aside className="pane problems-pane" aria-labelledby={`${id}-problems`}>
          <h2 id={`${id}-problems`} className="pane-title">
            {problems.length ? `Problems (${problems.length})` : "Problems"}
          </h2>
          <p className="authoring-status" role="status" aria-live="polite" data-testid="authoring-status">
            {status}
          </p>
          {problems.length ? (
            <ol className="problems" data-testid="problems">
              {located.map((p, i) => (
                <li key={`${p.path}-${i}`} className="problem" data-testid="problem" data-path={p.path}>
                  {mounted && p.line !== null ? (
                    <button type="button" className="problem-path" onClick={() => jumpTo(p.line)} title={`Go to line ${p.line}`}>
                      {p.path || "the file"}
                      <span className="muted"> · line {p.line}</span>
                    </button>
                  ) : (
                    <code className="problem-path">{p.path || "the file"}</code>
                  )}
                  <span className="problem-message">{p.message}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">
              {state.done === "validated" || state.done === "published"
                ? "None."
                : "Validate to run what `kubesim tasks check` runs: the schema, then the solution, alternatives, near misses and the untouched setup on the simulated cluster."}
            </p>
          )}
        </aside>
      </div>
      <div className="submit-row authoring-actions">
        <button type="submit" name="intent" value="save" className="button" disabled={pending}>
          Save draft
        </button>
        <button type="submit" name="intent" value="validate" className="button" disabled={pending}>
          Validate
        </button>
        <button
          type="submit"
          name="intent"
          value="publish"
          className="button button-primary"
          disabled={pending || !canPublish}
          aria-describedby={canPublish ? undefined : `${id}-publish-hint`}
        >
          Publish
        </button>
        {canPublish ? null : (
          <span id={`${id}-publish-hint`} className="muted">
            Validate this text first: only a task that validates is published.
          </span>
        )}
      </div>
    </form>
  );
}
