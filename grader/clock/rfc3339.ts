// metav1.Time serialises as RFC 3339 with second precision in UTC
// ("2026-01-01T00:00:00Z"). Computed by hand so grader code never builds a Date.

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

// Days since 1970-01-01 → civil date (Howard Hinnant's days_from_civil inverse).
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return [y, m, d];
}

/** `2026-01-01T00:00:00Z` for a time in ms (sub-second part dropped, as metav1.Time does). */
export function formatRFC3339(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  const days = Math.floor(totalSeconds / 86400);
  const secondsOfDay = totalSeconds - days * 86400;
  const [y, m, d] = civilFromDays(days);
  const hh = Math.floor(secondsOfDay / 3600);
  const mm = Math.floor((secondsOfDay % 3600) / 60);
  const ss = secondsOfDay % 60;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(hh)}:${pad(mm)}:${pad(ss)}Z`;
}

/** The inverse of formatRFC3339 for `YYYY-MM-DDTHH:MM:SSZ` (fractions and offsets accepted). */
export function parseRFC3339(s: string): number {
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) throw new RangeError(`not an RFC 3339 time: ${s}`);
  return ms;
}
