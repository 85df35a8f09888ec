// An exam window's phase by the server's clock: not yet open, open, closed.
import type { WindowPhase } from "@/server/auth/authorization";

const labels: Record<WindowPhase, { text: string; className: string }> = {
  NOT_YET_OPEN: { text: "Not yet open", className: "badge-neutral" },
  OPEN: { text: "Open now", className: "badge-easy" },
  CLOSED: { text: "Closed", className: "badge-hard" },
};

export function WindowPhaseBadge({ phase }: { phase: WindowPhase }) {
  const l = labels[phase];
  return <span className={`badge ${l.className}`}>{l.text}</span>;
}
