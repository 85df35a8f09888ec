// Ages and timestamps as printers.go renders them (translateTimestampSince).
import { humanDuration } from "../duration";

/** Milliseconds since the epoch of an RFC 3339 timestamp; undefined when absent or unreadable (Go's zero time). */
export function parseTimestamp(timestamp: string | undefined | null): number | undefined {
  if (!timestamp) return undefined;
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The age of a timestamp: `5m10s`, or `<unknown>` when it is not set. */
export function translateTimestampSince(timestamp: string | undefined | null, now: number): string {
  const ms = parseTimestamp(timestamp);
  if (ms === undefined) return "<unknown>";
  return humanDuration(now - ms);
}

/** Go's time.RFC3339 of a UTC time, as the default table convertor's CREATED AT shows it. */
export function formatRFC3339(timestamp: string | undefined): string {
  const ms = parseTimestamp(timestamp);
  if (ms === undefined) return "0001-01-01T00:00:00Z";
  return rfc3339FromMs(ms);
}

/** RFC 3339 (whole seconds, UTC) of a time in ms since the epoch. */
export function rfc3339FromMs(ms: number): string {
  return formatUtcSeconds(Math.floor(ms / 1000));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

// Calendar date from days since 1970-01-01 (Howard Hinnant's civil_from_days), so no Date object is needed.
function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** `2006-01-02T15:04:05Z` for whole seconds since the epoch; sub-second digits are dropped as RFC3339 does. */
function formatUtcSeconds(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const rest = seconds - days * 86400;
  const [y, m, d] = civilFromDays(days);
  const hh = Math.floor(rest / 3600);
  const mm = Math.floor((rest % 3600) / 60);
  const ss = rest % 60;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(hh)}:${pad(mm)}:${pad(ss)}Z`;
}
