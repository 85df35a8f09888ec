// Which main section a page belongs to when its path does not say: an attempt
// lives at /attempts/[id] whether it is an exam (the Exams section) or the
// practice of a task (Tasks). The page renders <CurrentNavSection>, which sets
// it here while the page is shown; NavLinks reads it. A tiny store, not a
// React context, because the header is outside the page's tree.
import { useSyncExternalStore } from "react";

let current: string | null = null;
const listeners = new Set<() => void>();

export function setCurrentNavSection(href: string | null): void {
  if (current === href) return;
  current = href;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The section the shown page declared, or null (then the path decides). */
export function useCurrentNavSection(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}

/** Whether a section's link is the current one: the page's declaration, else the path. */
export function isCurrentSection(href: string, path: string, declared: string | null): boolean {
  if (declared) return href === declared;
  return path === href || path.startsWith(`${href}/`);
}
