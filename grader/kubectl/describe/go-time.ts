// Go's time.Time.String() of an RFC 3339 timestamp, as `%s` of a metav1.Time prints it (in UTC).
import { civilFromDays } from "../../clock/civil-date";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** `2026-01-01 00:00:05 +0000 UTC`; fractional seconds are not kept by the API, so never printed. */
export function formatGoTime(timestamp: string | undefined | null): string {
  const ms = timestamp ? Date.parse(timestamp) : NaN;
  if (Number.isNaN(ms)) return "0001-01-01 00:00:00 +0000 UTC";
  const seconds = Math.floor(ms / 1000);
  const days = Math.floor(seconds / 86400);
  const rest = seconds - days * 86400;
  const [y, m, d] = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)} ${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)} +0000 UTC`;
}
