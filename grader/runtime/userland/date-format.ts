// `date` output from a virtual time, in UTC (containers have no TZ by default).
// Servers log a timestamp per request (nginx's access log on every probe), so
// a format is compiled once into pieces and its last second's text is kept.
const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

interface Parts {
  y: number;
  mo: number;
  day: number;
  wd: number;
  h: number;
  mi: number;
  s: number;
  /** Whole seconds since the epoch. */
  epoch: number;
}

const msPerDay = 86_400_000;
/** The calendar fields of the last day asked for: logs stamp many instants of one day. */
let lastDay = NaN;
let lastY = 0;
let lastMo = 0;
let lastDate = 0;
let lastWd = 0;

function parts(ms: number): Parts {
  const dayNumber = Math.floor(ms / msPerDay);
  if (dayNumber !== lastDay) {
    const d = new Date(ms); // built from virtual time only
    lastY = d.getUTCFullYear();
    lastMo = d.getUTCMonth();
    lastDate = d.getUTCDate();
    lastWd = d.getUTCDay();
    lastDay = dayNumber;
  }
  // UTC days have no leap seconds in ECMAScript time: the time of day is plain arithmetic.
  const secondOfDay = Math.floor((ms - dayNumber * msPerDay) / 1000);
  return {
    y: lastY,
    mo: lastMo,
    day: lastDate,
    wd: lastWd,
    h: Math.floor(secondOfDay / 3600),
    mi: Math.floor(secondOfDay / 60) % 60,
    s: secondOfDay % 60,
    epoch: Math.floor(ms / 1000),
  };
}

const twoDigits = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0"));
const p2 = (n: number) => twoDigits[n] ?? String(n).padStart(2, "0");

const directives: Record<string, (t: Parts) => string> = {
  a: (t) => days[t.wd],
  b: (t) => months[t.mo],
  e: (t) => String(t.day).padStart(2, " "),
  d: (t) => p2(t.day),
  m: (t) => p2(t.mo + 1),
  Y: (t) => String(t.y),
  H: (t) => p2(t.h),
  M: (t) => p2(t.mi),
  S: (t) => p2(t.s),
  Z: () => "UTC",
  z: () => "+0000",
  s: (t) => String(t.epoch),
  T: (t) => `${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`,
  F: (t) => `${t.y}-${p2(t.mo + 1)}-${p2(t.day)}`,
  "%": () => "%",
};

/** A format as literal text and directives; every directive depends on the whole second only. */
interface CompiledFormat {
  pieces: (string | ((t: Parts) => string))[];
  lastSecond: number;
  lastText: string;
}

const compiledFormats = new Map<string, CompiledFormat>();
/** Formats come from scripts too (`date +...`): past this many, new ones are compiled per call. */
const maxCompiledFormats = 64;

// A `%` and the next code unit that is not a line terminator (what /%(.)/g matched) form a directive.
function compile(format: string): CompiledFormat {
  const pieces: CompiledFormat["pieces"] = [];
  let text = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    const next = format[i + 1];
    if (c !== "%" || next === undefined || next === "\n" || next === "\r" || next === "\u2028" || next === "\u2029") {
      text += c;
      continue;
    }
    const directive = Object.hasOwn(directives, next) ? directives[next] : undefined;
    i++;
    if (!directive) {
      text += c + next;
      continue;
    }
    if (text) pieces.push(text);
    text = "";
    pieces.push(directive);
  }
  if (text) pieces.push(text);
  return { pieces, lastSecond: NaN, lastText: "" };
}

function compiled(format: string): CompiledFormat {
  let f = compiledFormats.get(format);
  if (!f) {
    f = compile(format);
    if (compiledFormats.size < maxCompiledFormats) compiledFormats.set(format, f);
  }
  return f;
}

/** `date` (default format "%a %b %e %H:%M:%S %Z %Y") or `date +FORMAT` for common directives. */
export function formatDateCommand(ms: number, format = "%a %b %e %H:%M:%S %Z %Y"): string {
  const f = compiled(format);
  const second = Math.floor(ms / 1000);
  if (second === f.lastSecond) return f.lastText;
  const t = parts(ms);
  let out = "";
  for (const p of f.pieces) out += typeof p === "string" ? p : p(t);
  f.lastSecond = second;
  f.lastText = out;
  return out;
}
