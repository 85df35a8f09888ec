import { describe, expect, it } from "vitest";
import { formatDateCommand } from "./date-format";

// The per-call implementation the compiled formats replaced: a directive table and /%(.)/g.
function reference(ms: number, format = "%a %b %e %H:%M:%S %Z %Y"): string {
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const d = new Date(ms);
  const p2 = (n: number) => String(n).padStart(2, "0");
  const table: Record<string, string> = {
    a: days[d.getUTCDay()],
    b: months[d.getUTCMonth()],
    e: String(d.getUTCDate()).padStart(2, " "),
    d: p2(d.getUTCDate()),
    m: p2(d.getUTCMonth() + 1),
    Y: String(d.getUTCFullYear()),
    H: p2(d.getUTCHours()),
    M: p2(d.getUTCMinutes()),
    S: p2(d.getUTCSeconds()),
    Z: "UTC",
    z: "+0000",
    s: String(Math.floor(ms / 1000)),
    T: `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`,
    F: `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`,
    "%": "%",
  };
  return format.replace(/%(.)/g, (whole, c: string) => table[c] ?? whole);
}

const formats = [
  undefined,
  "%d/%b/%Y:%H:%M:%S %z",
  "%Y/%m/%d %H:%M:%S",
  "%a %b %d %H:%M:%S.000000 %Y",
  "%F %T+00:00",
  "%FT%T.000000Z",
  "%s",
  "%%d is %d, %q stays, 100%",
  "%",
  "%%%",
  "a%\nb%\rc%\u2028d",
  "plain text",
  "",
  "%e|%E|%k",
];

describe("formatDateCommand", () => {
  it("gives the per-call formatter's text for every format at many instants, in any order", () => {
    const instants: number[] = [];
    for (let ms = 1767225600000 - 3 * 86400000; ms < 1767225600000 + 400 * 86400000; ms += 86400000 * 7 + 3_601_777) instants.push(ms, ms + 999, ms + 1000, ms - 1);
    instants.push(0, -1, -500, 951782400000, 4102444800000, 1767225600000, 1767225600000, 1767225600500);
    for (const ms of instants) for (const f of formats) expect(formatDateCommand(ms, f)).toBe(reference(ms, f));
    for (const f of formats) for (const ms of instants) expect(formatDateCommand(ms, f)).toBe(reference(ms, f));
  });

  it("gives the per-call formatter's text second by second across day boundaries, formats interleaved", () => {
    for (const start of [1767225600000 - 90_500, -90_500, 951868800000 - 61_000]) {
      for (let ms = start; ms < start + 200_000; ms += 997) {
        for (const f of ["%d/%b/%Y:%H:%M:%S %z", "%Y/%m/%d %H:%M:%S", undefined]) expect(formatDateCommand(ms, f), `${ms}`).toBe(reference(ms, f));
      }
    }
  });

  it("formats more distinct formats than it keeps compiled", () => {
    for (let i = 0; i < 200; i++) {
      const f = `%H:%M #${i} %Y`;
      expect(formatDateCommand(1767225600000 + i * 1000, f)).toBe(reference(1767225600000 + i * 1000, f));
    }
  });
});
