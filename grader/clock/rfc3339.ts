// metav1.Time serialises as RFC 3339 with second precision in UTC
// ("2026-01-01T00:00:00Z"). Computed by hand so grader code never builds a Date.
import { civilFromDays } from "./civil-date";

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

// The virtual clock stands still while a burst of writes stamps objects: the last second's text is kept.
let lastSecond = Number.NaN;
let lastText = "";

/** `2026-01-01T00:00:00Z` for a time in ms (sub-second part dropped, as metav1.Time does). */
export function formatRFC3339(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  if (totalSeconds === lastSecond) return lastText;
  lastText = formatSeconds(totalSeconds);
  lastSecond = totalSeconds;
  return lastText;
}

function formatSeconds(totalSeconds: number): string {
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
