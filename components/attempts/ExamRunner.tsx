"use client";
// The timed exam: a strip of tasks (answered / flagged), the prompt on the
// left, the answer editor on the right, a notepad, the countdown to the
// server's deadline and Finish. Prompts arrive rendered by the server.
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { AnswerEditor } from "./AnswerEditor";
import type { AnswerSaver } from "./answer-saver";
import { ExamCountdown } from "./ExamCountdown";
import { FinishExamDialog } from "./FinishExamDialog";
import { Notepad } from "./Notepad";

export interface ExamRunnerTask {
  taskVersionId: string;
  position: number;
  title: string;
  domain: string;
  points: number;
  difficulty: string;
  answer: { form: "MANIFESTS" | "TRANSCRIPT"; content: string; revision: number; savedAt: string; flagged: boolean };
}

interface ExamRunnerProps {
  attemptId: string;
  title: string;
  deadline: string;
  serverNow: string;
  notepad: string;
  tasks: ExamRunnerTask[];
  prompts: ReactNode[];
  initialIndex: number;
}

export function ExamRunner({ attemptId, title, deadline, serverNow, notepad, tasks, prompts, initialIndex }: ExamRunnerProps) {
  const [index, setIndex] = useState(Math.min(Math.max(initialIndex, 0), tasks.length - 1));
  const [answered, setAnswered] = useState(() => tasks.map((t) => t.answer.content.trim() !== ""));
  const [flags, setFlags] = useState(() => tasks.map((t) => t.answer.flagged));
  const [flagError, setFlagError] = useState<string | null>(null);
  const [ended, setEnded] = useState<string | null>(null);
  const saver = useRef<AnswerSaver | null>(null);
  // Answers as this page last saved them, so a task reopened in the same page starts from them (and their revision).
  const latest = useRef(new Map<string, ExamRunnerTask["answer"]>());
  const resultsUrl = `/attempts/${encodeURIComponent(attemptId)}/results`;
  const task = tasks[index];

  const go = useCallback(
    async (next: number) => {
      if (next === index || next < 0 || next >= tasks.length) return;
      const current = saver.current;
      if (current) {
        await current.flush();
        const { draft, revision, savedAt } = current.snapshot();
        const before = latest.current.get(tasks[index].taskVersionId) ?? tasks[index].answer;
        latest.current.set(tasks[index].taskVersionId, {
          ...before,
          ...(draft ?? {}),
          revision,
          savedAt: savedAt ?? before.savedAt,
        });
      }
      setIndex(next);
      window.history.replaceState(null, "", `?task=${next + 1}`);
    },
    [index, tasks],
  );

  const endExam = useCallback(
    (message: string) => {
      setEnded(message);
      // The server decides: past the deadline this closes the attempt as the deadline would have.
      void fetch(`/api/attempts/${encodeURIComponent(attemptId)}/finish`, { method: "POST" })
        .catch(() => undefined)
        .finally(() => setTimeout(() => window.location.assign(resultsUrl), 1500));
    },
    [attemptId, resultsUrl],
  );

  const toggleFlag = async () => {
    const i = index;
    const flagged = !flags[i];
    setFlags((f) => f.map((v, j) => (j === i ? flagged : v)));
    setFlagError(null);
    try {
      const r = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/answers/${encodeURIComponent(tasks[i].taskVersionId)}/flag`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ flagged }),
      });
      if (!r.ok) throw new Error(((await r.json().catch(() => ({}))) as { message?: string }).message ?? `HTTP ${r.status}`);
    } catch (e) {
      setFlags((f) => f.map((v, j) => (j === i ? !flagged : v)));
      setFlagError(`The flag was not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const onContentChange = useCallback(
    (_form: string, content: string) => {
      const i = index;
      setAnswered((a) => (a[i] === (content.trim() !== "") ? a : a.map((v, j) => (j === i ? content.trim() !== "" : v))));
    },
    [index],
  );

  // Alt+←/→ moves between tasks from anywhere, the editor included.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== "ArrowRight" && e.key !== "ArrowLeft")) return;
      e.preventDefault();
      void go(index + (e.key === "ArrowRight" ? 1 : -1));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go, index]);

  return (
    <div className="exam">
      <div className="exam-bar">
        <div className="exam-title">
          <h1>{title}</h1>
          <span className="muted">
            Task {index + 1} of {tasks.length}
          </span>
        </div>
        <ExamCountdown deadline={deadline} serverNow={serverNow} onExpired={() => endExam("Time is up: the exam has ended.")} />
        <FinishExamDialog
          attemptId={attemptId}
          unanswered={answered.filter((a) => !a).length}
          flagged={flags.filter(Boolean).length}
          beforeFinish={async () => {
            await saver.current?.flush();
          }}
          resultsUrl={resultsUrl}
          disabled={ended !== null}
        />
      </div>

      {ended ? (
        <div className="banner banner-ended" role="alert">
          {ended} Your answers as saved before the deadline are being graded; the results open in a moment.{" "}
          <a href={resultsUrl}>Open the results</a>
        </div>
      ) : null}

      <nav className="task-strip" aria-label="Tasks of the exam">
        <ol>
          {tasks.map((t, i) => (
            <li key={t.taskVersionId}>
              <a
                href={`?task=${i + 1}`}
                className={`task-pill${i === index ? " task-pill-current" : ""}${answered[i] ? " task-pill-answered" : ""}${flags[i] ? " task-pill-flagged" : ""}`}
                aria-current={i === index ? "step" : undefined}
                aria-label={`Task ${i + 1}: ${t.title}${answered[i] ? ", answered" : ", not answered"}${flags[i] ? ", flagged" : ""}`}
                onClick={(e) => {
                  e.preventDefault();
                  void go(i);
                }}
              >
                <span className="task-pill-number">{i + 1}</span>
                {flags[i] ? <span className="task-pill-flag" aria-hidden="true">⚑</span> : null}
              </a>
            </li>
          ))}
        </ol>
        <span className="task-strip-legend muted" aria-hidden="true">
          <span className="legend-answered" /> answered <span className="legend-flag">⚑</span> flagged · Alt+←/→ to move
        </span>
      </nav>

      <div className="exam-panes">
        <section className="pane pane-prompt" aria-labelledby="task-heading">
          <header className="task-header">
            <h2 id="task-heading">
              {index + 1}. {task.title}
            </h2>
            <p className="task-meta">
              <span className="badge">{task.domain}</span>
              <span className="badge badge-neutral">{task.points} points</span>
            </p>
            <button type="button" className={`button button-small${flags[index] ? " button-flagged" : ""}`} aria-pressed={flags[index]} onClick={() => void toggleFlag()}>
              {flags[index] ? "⚑ Flagged for review" : "⚐ Flag for review"}
            </button>
            {flagError ? (
              <p className="field-error" role="alert">
                {flagError}
              </p>
            ) : null}
          </header>
          <div className="task-prompt">{prompts[index]}</div>
          <details className="notepad-details">
            <summary>Notepad</summary>
            <Notepad attemptId={attemptId} initial={notepad} readOnly={ended !== null} />
          </details>
          <p className="task-nav">
            <button type="button" className="button" disabled={index === 0} onClick={() => void go(index - 1)}>
              ← Previous
            </button>
            <button type="button" className="button" disabled={index === tasks.length - 1} onClick={() => void go(index + 1)}>
              Next →
            </button>
          </p>
        </section>
        <section className="pane pane-answer" aria-label={`Your answer to task ${index + 1}`}>
          <AnswerEditor
            key={task.taskVersionId}
            attemptId={attemptId}
            taskVersionId={task.taskVersionId}
            answer={latest.current.get(task.taskVersionId) ?? task.answer}
            readOnly={ended !== null}
            saverRef={saver}
            onContentChange={onContentChange}
            onClosed={(message) => endExam(message)}
          />
        </section>
      </div>
    </div>
  );
}
