// Cron schedules as github.com/robfig/cron/v3 ParseStandard reads them and
// SpecSchedule.Next steps through them (what the CronJob controller uses):
// 5 fields (minute hour day-of-month month day-of-week), names (JAN, MON),
// ranges, steps, `@hourly`-style descriptors, `@every <duration>`, and a
// `CRON_TZ=`/`TZ=` prefix. Syntax errors are reported by the validation's
// parser (cronParseError) with robfig's messages; this file only expands a
// schedule that parses. Times are ms since the epoch; no Date object is built.
import { cronParseError } from "../../apiserver/validation/cron";

export interface CronSchedule {
  /** The first activation strictly after `afterMs`, or undefined if none within 5 years (robfig gives up too). */
  next(afterMs: number): number | undefined;
}

interface Field {
  values: Set<number>;
  /** The field was `*` or `?` (robfig's starBit): day-of-month/day-of-week then combine with AND. */
  star: boolean;
}

interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const bounds: Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 } },
  { min: 0, max: 6, names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } },
];

const descriptors: Record<string, string> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};

export class CronParseError extends Error {}

function value(expr: string, b: Bounds): number {
  return b.names?.[expr.toLowerCase()] ?? Number.parseInt(expr, 10);
}

function parseField(field: string, b: Bounds): Field {
  const values = new Set<number>();
  let star = false;
  for (const expr of field.split(",").filter((e) => e !== "")) {
    const [range, stepText] = expr.split("/");
    const lowHigh = range.split("-");
    let start: number;
    let end: number;
    let extraStar = false;
    if (lowHigh[0] === "*" || lowHigh[0] === "?") {
      start = b.min;
      end = b.max;
      extraStar = true;
    } else {
      start = value(lowHigh[0], b);
      end = lowHigh.length === 2 ? value(lowHigh[1], b) : start;
    }
    let step = 1;
    if (stepText !== undefined) {
      step = Number.parseInt(stepText, 10);
      if (lowHigh.length === 1) end = b.max; // "N/step" means "N-max/step"
      if (step > 1) extraStar = false;
    }
    for (let v = start; v <= end; v += step) values.add(v);
    star ||= extraStar;
  }
  return { values, star };
}

const minuteMs = 60_000;
const dayMs = 86_400_000;

/** Calendar fields of a wall-clock time (ms read as UTC). */
function fieldsOf(ms: number): { year: number; month: number; day: number; hour: number; minute: number; weekday: number } {
  const days = Math.floor(ms / dayMs);
  const rest = ms - days * dayMs;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day, hour: Math.floor(rest / 3_600_000), minute: Math.floor((rest % 3_600_000) / minuteMs), weekday: (((days + 4) % 7) + 7) % 7 };
}

/** Offsets of IANA zones through Intl (the zone database Node ships), cached per zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function zoneOffsetMs(zone: string, utcMs: number): number {
  if (zone === "UTC" || zone === "") return 0;
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(utcMs)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(utcMs / 1000) * 1000;
}

function wallToUtc(zone: string, wallMs: number): number {
  const guess = wallMs - zoneOffsetMs(zone, wallMs);
  return wallMs - zoneOffsetMs(zone, guess);
}

class SpecSchedule implements CronSchedule {
  constructor(
    private readonly fields: Field[],
    private readonly zone: string,
  ) {}

  private dayMatches(f: ReturnType<typeof fieldsOf>): boolean {
    const [, , dom, , dow] = this.fields;
    const domMatch = dom.values.has(f.day);
    const dowMatch = dow.values.has(f.weekday);
    return dom.star || dow.star ? domMatch && dowMatch : domMatch || dowMatch;
  }

  next(afterMs: number): number | undefined {
    const [minute, hour, , month] = this.fields;
    const startWall = afterMs + zoneOffsetMs(this.zone, afterMs);
    // The first whole minute strictly after the given time (seconds are always 0).
    let t = Math.floor(startWall / minuteMs) * minuteMs + minuteMs;
    const limit = fieldsOf(t).year + 5;
    for (;;) {
      const f = fieldsOf(t);
      if (f.year > limit) return undefined;
      if (!month.values.has(f.month)) {
        t = f.month === 12 ? Date.UTC(f.year + 1, 0, 1) : Date.UTC(f.year, f.month, 1);
        continue;
      }
      if (!this.dayMatches(f)) {
        t = Date.UTC(f.year, f.month - 1, f.day + 1);
        continue;
      }
      if (!hour.values.has(f.hour)) {
        t = Date.UTC(f.year, f.month - 1, f.day, f.hour + 1);
        continue;
      }
      if (!minute.values.has(f.minute)) {
        t += minuteMs;
        continue;
      }
      return wallToUtc(this.zone, t);
    }
  }
}

/** `@every 1h30m`: a constant delay, whole seconds, at least one (ConstantDelaySchedule). */
class EverySchedule implements CronSchedule {
  constructor(private readonly delayMs: number) {}
  next(afterMs: number): number {
    return Math.floor(afterMs / 1000) * 1000 + this.delayMs;
  }
}

const durationUnits: Record<string, number> = { ns: 1e-6, us: 1e-3, "µs": 1e-3, ms: 1, s: 1000, m: minuteMs, h: 3_600_000 };

function parseGoDuration(text: string): number {
  const re = /([0-9]*\.?[0-9]+)(ns|us|µs|ms|s|m|h)/y;
  let total = 0;
  let i = 0;
  while (i < text.length) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) throw new CronParseError(`failed to parse duration ${text}: time: invalid duration "${text}"`);
    total += Number(m[1]) * durationUnits[m[2]];
    i = re.lastIndex;
  }
  return total;
}

/** cron.ParseStandard, then the schedule it describes; throws CronParseError with robfig's message. */
export function parseCronSchedule(spec: string): CronSchedule {
  const err = cronParseError(spec);
  if (err) throw new CronParseError(err);
  let s = spec.trim();
  let zone = "UTC";
  if (s.startsWith("TZ=") || s.startsWith("CRON_TZ=")) {
    const space = s.indexOf(" ");
    zone = s.slice(s.indexOf("=") + 1, space);
    s = s.slice(space).trim();
  }
  if (s.startsWith("@every ")) {
    const delay = parseGoDuration(s.slice("@every ".length).trim());
    return new EverySchedule(Math.max(1000, Math.floor(delay / 1000) * 1000));
  }
  const fields = (descriptors[s] ?? s).split(/\s+/).filter((f) => f !== "");
  return new SpecSchedule(
    fields.map((f, i) => parseField(f, bounds[i])),
    zone,
  );
}
