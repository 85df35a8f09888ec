// The exam form's tasks in exam order: each ticked task (`task`) may carry a
// position number (`position:<slug>`); numbered tasks come first by number,
// the rest follow as the form lists them (ties too keep the form's order).
export function orderedTaskSlugs(form: FormData): string[] {
  const slugs = form.getAll("task").filter((v): v is string => typeof v === "string");
  const position = (slug: string) => {
    const raw = form.get(`position:${slug}`);
    const n = typeof raw === "string" && raw.trim() ? Number(raw) : NaN;
    return Number.isFinite(n) ? n : Infinity;
  };
  return slugs
    .map((slug, i) => ({ slug, i, at: position(slug) }))
    .sort((a, b) => (a.at === b.at ? a.i - b.i : a.at < b.at ? -1 : 1))
    .map((t) => t.slug);
}
