"use client";
import type { SaveState } from "./answer-saver";

const clock = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** Where autosave is, announced politely; a refusal is an alert with the server's words. */
export function SaveStatus({ state }: { state: SaveState }) {
  if (state.kind === "error") {
    return (
      <p className="save-status save-status-error" role="alert" data-testid="save-status">
        {state.message}
      </p>
    );
  }
  const text =
    state.kind === "saving" ? "Saving…" : state.kind === "pending" ? "Unsaved changes" : state.at ? `Saved · ${clock(state.at)}` : "Saved";
  return (
    <p className={`save-status save-status-${state.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
