// A `datetime-local` field's value read as UTC (every date the app shows is
// UTC, so what an instructor types is what the page prints back).
const local = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function utcDateTime(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const m = local.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s || 0));
  // Date.UTC rolls 2026-02-31 over to March: refuse instead.
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 ? date : null;
}

/** A date as a `datetime-local` value in UTC: `2026-11-24T09:00`. */
export function utcInputValue(date: Date): string {
  return date.toISOString().slice(0, 16);
}
