"use client";
// The attempt's notepad: free text kept on the server (debounced), for the candidate's own notes.
import { useEffect, useRef, useState } from "react";

export function Notepad({ attemptId, initial, readOnly }: { attemptId: string; initial: string; readOnly?: boolean }) {
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<{ error: boolean; text: string }>({ error: false, text: "" });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(initial);

  const save = async (value: string) => {
    setStatus({ error: false, text: "Saving…" });
    try {
      const r = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/notepad`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: value }),
      });
      const body = (await r.json().catch(() => ({}))) as { message?: string };
      if (r.ok) setStatus({ error: false, text: value === latest.current ? "Notes saved" : "Saving…" });
      else setStatus({ error: true, text: body.message ?? `Not saved (HTTP ${r.status}).` });
    } catch {
      setStatus({ error: true, text: "The server cannot be reached; your notes are kept in this page." });
    }
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div className="notepad">
      <label htmlFor={`notepad-${attemptId}`} className="notepad-label">
        Notepad <span className="muted">(only you see it)</span>
      </label>
      <textarea
        id={`notepad-${attemptId}`}
        value={text}
        readOnly={readOnly}
        rows={6}
        spellCheck={false}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          latest.current = value;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(value), 800);
        }}
      />
      <p className={status.error ? "notepad-status field-error" : "notepad-status muted"} role={status.error ? "alert" : "status"}>
        {status.text}
      </p>
    </div>
  );
}
