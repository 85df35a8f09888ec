// Go's time.Parse(time.RFC3339, s) errors, as metav1.Time's UnmarshalJSON
// returns them (src/time/format.go): `parsing time "x" as
// "2006-01-02T15:04:05Z07:00": cannot parse "x" as "2006"`.
import { goQuote } from "../errors";

const layout = "2006-01-02T15:04:05Z07:00";
const isDigitAt = (s: string, i: number) => i < s.length && s[i] >= "0" && s[i] <= "9";

// getnum: one or two digits (exactly two when fixed).
function getnum(s: string, fixed: boolean): [number, string] | undefined {
  if (!isDigitAt(s, 0)) return undefined;
  if (!isDigitAt(s, 1)) return fixed ? undefined : [Number(s[0]), s.slice(1)];
  return [Number(s.slice(0, 2)), s.slice(2)];
}

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** undefined when `value` parses as RFC 3339, else Go's error text. */
export function rfc3339Error(value: string): string | undefined {
  const cannot = (rest: string, elem: string) =>
    `parsing time ${goQuote(value)} as ${goQuote(layout)}: cannot parse ${goQuote(rest)} as ${goQuote(elem)}`;
  const outOfRange = (what: string) => `parsing time ${goQuote(value)}: ${what} out of range`;
  let rest = value;
  const literal = (lit: string): boolean => {
    if (!rest.startsWith(lit)) return false;
    rest = rest.slice(lit.length);
    return true;
  };

  if (rest.length < 4 || !isDigitAt(rest, 0) || !/^[0-9]{4}$/.test(rest.slice(0, 4))) return cannot(rest, "2006");
  const year = Number(rest.slice(0, 4));
  rest = rest.slice(4);
  const numbers: [string, string, boolean, number][] = [
    ["-", "01", true, 0],
    ["-", "02", true, 0],
    ["T", "15", false, 0],
    [":", "04", true, 0],
    [":", "05", true, 0],
  ];
  for (const n of numbers) {
    const [sep, elem, fixed] = n;
    if (!literal(sep)) return cannot(rest, sep);
    const got = getnum(rest, fixed);
    if (!got) return cannot(rest, elem);
    [n[3], rest] = got;
    if (elem === "01" && (n[3] < 1 || n[3] > 12)) return outOfRange("month");
    if (elem === "15" && n[3] >= 24) return outOfRange("hour");
    if (elem === "04" && n[3] >= 60) return outOfRange("minute");
    if (elem === "05" && n[3] >= 60) return outOfRange("second");
  }
  // Fractional seconds are accepted though the layout has none.
  if (rest.length >= 2 && (rest[0] === "." || rest[0] === ",") && isDigitAt(rest, 1)) {
    let i = 2;
    while (isDigitAt(rest, i)) i++;
    rest = rest.slice(i);
  }
  if (rest[0] === "Z") rest = rest.slice(1);
  else {
    const zone = rest;
    if (rest.length < 6 || rest[3] !== ":" || (rest[0] !== "+" && rest[0] !== "-")) return cannot(zone, "Z07:00");
    if (!getnum(rest.slice(1, 3), true) || !getnum(rest.slice(4, 6), true)) return cannot(zone, "Z07:00");
    if (Number(rest.slice(1, 3)) > 24) return outOfRange("time zone offset hour");
    if (Number(rest.slice(4, 6)) > 60) return outOfRange("time zone offset minute");
    rest = rest.slice(6);
  }
  if (rest.length) return `parsing time ${goQuote(value)}: extra text: ${goQuote(rest)}`;
  const [month, day] = [numbers[0][3], numbers[1][3]];
  if (day < 1 || day > daysIn(month, year)) return outOfRange("day");
  return undefined;
}
