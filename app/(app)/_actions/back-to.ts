// Where a form goes after its action: back to a page, with the outcome in the
// URL for PageNotice to show (`?error=` or `?notice=`).
import { redirect } from "next/navigation";

export function withOutcome(path: string, outcome: { error?: string; notice?: string }): string {
  const [base, query = ""] = path.split("?");
  const params = new URLSearchParams(query);
  if (outcome.error) params.set("error", outcome.error);
  if (outcome.notice) params.set("notice", outcome.notice);
  const q = params.toString();
  return q ? `${base}?${q}` : base;
}

export function backWithError(path: string, error: string): never {
  redirect(withOutcome(path, { error }));
}

export function backWithNotice(path: string, notice: string): never {
  redirect(withOutcome(path, { notice }));
}
