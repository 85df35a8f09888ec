// `date` output from a virtual time, in UTC (containers have no TZ by default).
const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function parts(ms: number) {
  const d = new Date(ms); // built from virtual time only
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth(),
    day: d.getUTCDate(),
    wd: d.getUTCDay(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
}

const p2 = (n: number) => String(n).padStart(2, "0");

/** `date` (default format "%a %b %e %H:%M:%S %Z %Y") or `date +FORMAT` for common directives. */
export function formatDateCommand(ms: number, format = "%a %b %e %H:%M:%S %Z %Y"): string {
  const t = parts(ms);
  const directives: Record<string, () => string> = {
    a: () => days[t.wd],
    b: () => months[t.mo],
    e: () => String(t.day).padStart(2, " "),
    d: () => p2(t.day),
    m: () => p2(t.mo + 1),
    Y: () => String(t.y),
    H: () => p2(t.h),
    M: () => p2(t.mi),
    S: () => p2(t.s),
    Z: () => "UTC",
    z: () => "+0000",
    s: () => String(Math.floor(ms / 1000)),
    T: () => `${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`,
    F: () => `${t.y}-${p2(t.mo + 1)}-${p2(t.day)}`,
    "%": () => "%",
  };
  return format.replace(/%(.)/g, (whole, c: string) => (directives[c] ? directives[c]() : whole));
}
