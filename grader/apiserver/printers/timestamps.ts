// Ages and timestamps as printers.go renders them (translateTimestampSince).
import { formatRFC3339 as formatClockRFC3339 } from "../../clock/rfc3339";
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
  return formatClockRFC3339(ms);
}

