// Cron schedule parsing as github.com/robfig/cron/v3 ParseStandard reports
// errors (the library CronJob validation calls), for its exact messages.

interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const minutes: Bounds = { min: 0, max: 59 };
const hours: Bounds = { min: 0, max: 23 };
const dom: Bounds = { min: 1, max: 31 };
const months: Bounds = {
  min: 1,
  max: 12,
  names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 },
};
const dow: Bounds = { min: 0, max: 6, names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } };

const descriptors = new Set(["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"]);

class CronError extends Error {}

/** strconv.Atoi then the library's negative check. */
function mustParseInt(expr: string): number {
  if (!/^[+-]?[0-9]+$/.test(expr)) throw new CronError(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`);
  const n = Number.parseInt(expr, 10);
  if (n < 0) throw new CronError(`negative number (${n}) not allowed: ${expr}`);
  return n;
}

function parseIntOrName(expr: string, r: Bounds): number {
  const named = r.names?.[expr.toLowerCase()];
  return named !== undefined ? named : mustParseInt(expr);
}

function checkRange(expr: string, r: Bounds): void {
  const rangeAndStep = expr.split("/");
  const lowAndHigh = rangeAndStep[0].split("-");
  let start: number;
  let end: number;
  if (lowAndHigh[0] === "*" || lowAndHigh[0] === "?") {
    start = r.min;
    end = r.max;
  } else {
    start = parseIntOrName(lowAndHigh[0], r);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1], r);
    else throw new CronError(`too many hyphens: ${expr}`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = mustParseInt(rangeAndStep[1]);
    if (lowAndHigh.length === 1) end = r.max; // "N/step" means "N-max/step"
  } else if (rangeAndStep.length > 2) throw new CronError(`too many slashes: ${expr}`);
  if (start < r.min) throw new CronError(`beginning of range (${start}) below minimum (${r.min}): ${expr}`);
  if (end > r.max) throw new CronError(`end of range (${end}) above maximum (${r.max}): ${expr}`);
  if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new CronError(`step of range should be a positive number: ${expr}`);
}

function checkField(field: string, r: Bounds): void {
  for (const expr of field.split(",").filter((e) => e !== "")) checkRange(expr, r);
}

/** The error message of cron.ParseStandard(spec), or undefined when the schedule parses. */
export function cronParseError(spec: string): string | undefined {
  try {
    if (spec.length === 0) throw new CronError("empty spec string");
    let s = spec;
    if (s.startsWith("TZ=") || s.startsWith("CRON_TZ=")) {
      const i = s.indexOf(" ");
      const eq = s.indexOf("=");
      const loc = s.slice(eq + 1, i < 0 ? undefined : i);
      if (!isKnownTimeZone(loc)) throw new CronError(`provided bad location ${loc}: unknown time zone ${loc}`);
      s = i < 0 ? "" : s.slice(i).trim();
    }
    if (s.startsWith("@")) {
      if (descriptors.has(s)) return undefined;
      if (s.startsWith("@every ")) return undefined;
      throw new CronError(`unrecognized descriptor: ${s}`);
    }
    const fields = s.split(/\s+/).filter((f) => f !== "");
    if (fields.length !== 5) throw new CronError(`expected exactly 5 fields, found ${fields.length}: [${fields.join(" ")}]`);
    [minutes, hours, dom, months, dow].forEach((b, i) => checkField(fields[i], b));
    return undefined;
  } catch (e) {
    if (e instanceof CronError) return e.message;
    throw e;
  }
}

/** Whether Go's time.LoadLocation knows the zone (the IANA names Node ships, plus UTC). */
export function isKnownTimeZone(tz: string): boolean {
  if (tz === "UTC" || tz === "" || tz === "Local") return true;
  try {
    return Intl.supportedValuesOf("timeZone").includes(tz) || new Intl.DateTimeFormat("en", { timeZone: tz }).resolvedOptions().timeZone === tz;
  } catch {
    return false;
  }
}
