// The exam clock's arithmetic: time left from the server's deadline, with
// the browser's clock corrected by the offset measured at page load, and
// the warnings at 30, 10 and 5 minutes.

export const warningMinutes = [30, 10, 5] as const;

/** Milliseconds left, never negative. `offsetMs` = server clock − browser clock at load. */
export function millisecondsLeft(deadlineIso: string, browserNowMs: number, offsetMs: number): number {
  return Math.max(0, Date.parse(deadlineIso) - (browserNowMs + offsetMs));
}

/** `1:59:07`, `9:05`, `0:00`. */
export function formatLeft(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** The smallest warning threshold already reached (5 under five minutes…), or undefined above 30 minutes. */
export function warningLevel(ms: number): (typeof warningMinutes)[number] | undefined {
  let level: (typeof warningMinutes)[number] | undefined;
  for (const w of warningMinutes) if (ms <= w * 60_000) level = w;
  return level;
}

/** The sentence a screen reader hears once when a threshold is crossed. */
export function warningText(level: number): string {
  return `${level} minutes left in the exam.`;
}
