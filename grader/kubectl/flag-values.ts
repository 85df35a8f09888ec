// pflag's value types: how a flag's text becomes a typed value, and the errors it gives.
import type { FlagSpec } from "./command-spec";
import { readCsvRecord } from "./go-csv";
import { parseGoDuration } from "./go-duration";
import { goQuote } from "./go-quote";

/** Durations are kept in milliseconds; lists and maps as arrays and records. */
export type FlagValue = boolean | string | number | string[] | Record<string, string>;

export interface FlagState {
  spec: FlagSpec;
  value: FlagValue;
  /** pflag's Changed: the flag appeared on the command line. */
  changed: boolean;
}

export function defaultFlagValue(spec: FlagSpec): FlagValue {
  const text = spec.defaultValue;
  switch (spec.type) {
    case "bool":
      return text === "true";
    case "int":
    case "level":
    case "float":
      return Number(text);
    case "duration": {
      const parsed = parseGoDuration(text);
      return "nanoseconds" in parsed ? parsed.nanoseconds / 1e6 : 0;
    }
    case "stringSlice":
    case "stringArray":
      return text === "[]" ? [] : text.slice(1, -1).split(",");
    case "map":
      return {};
    case "string":
      return text;
  }
}

const goBoolValues: Record<string, boolean> = {
  "1": true, t: true, T: true, TRUE: true, true: true, True: true,
  "0": false, f: false, F: false, FALSE: false, false: false, False: false,
};

/** strconv.ParseInt(s, 0, 64): base prefixes and underscores as Go accepts them. */
function parseGoInt(text: string, base0: boolean): number | string {
  const syntax = `strconv.ParseInt: parsing ${goQuote(text)}: invalid syntax`;
  const match = base0
    ? /^([+-]?)(0[xX][0-9a-fA-F](?:_?[0-9a-fA-F])*|0[bB][01](?:_?[01])*|0[oO]?[0-7](?:_?[0-7])*|[1-9](?:_?\d)*|0)$/.exec(text)
    : /^([+-]?)(\d+)$/.exec(text);
  if (!match) return syntax;
  const digits = (match[2] ?? "").replaceAll("_", "");
  let magnitude: bigint;
  if (/^0[xXbBoO]/.test(digits)) magnitude = BigInt(digits.toLowerCase());
  else if (base0 && digits.length > 1 && digits.startsWith("0")) magnitude = BigInt(`0o${digits.slice(1)}`);
  else magnitude = BigInt(digits);
  const value = match[1] === "-" ? -magnitude : magnitude;
  if (value > 9223372036854775807n || value < -9223372036854775808n) return `strconv.ParseInt: parsing ${goQuote(text)}: value out of range`;
  return Number(value);
}

/** Applies one occurrence of the flag; returns pflag's error text when the value is refused. */
export function setFlagValue(state: FlagState, text: string): string | undefined {
  const { spec } = state;
  const firstSet = !state.changed;
  switch (spec.type) {
    case "bool": {
      const value = goBoolValues[text];
      if (value === undefined) return `strconv.ParseBool: parsing ${goQuote(text)}: invalid syntax`;
      state.value = value;
      break;
    }
    case "int":
    case "level": {
      const value = parseGoInt(text, spec.type === "int");
      if (typeof value === "string") return value;
      state.value = value;
      break;
    }
    case "float": {
      const value = Number(text);
      if (text.trim() === "" || Number.isNaN(value)) return `strconv.ParseFloat: parsing ${goQuote(text)}: invalid syntax`;
      state.value = value;
      break;
    }
    case "duration": {
      const parsed = parseGoDuration(text);
      if ("error" in parsed) return parsed.error;
      state.value = parsed.nanoseconds / 1e6;
      break;
    }
    case "stringSlice": {
      const parsed = text === "" ? { fields: [] } : readCsvRecord(text);
      if ("error" in parsed) return parsed.error;
      state.value = firstSet ? parsed.fields : [...(state.value as string[]), ...parsed.fields];
      break;
    }
    case "stringArray":
      state.value = firstSet ? [text] : [...(state.value as string[]), text];
      break;
    case "map": {
      const parsed = text === "" ? { fields: [] } : readCsvRecord(text);
      if ("error" in parsed) return parsed.error;
      const entries: Record<string, string> = firstSet ? {} : { ...(state.value as Record<string, string>) };
      for (const pair of parsed.fields) {
        const eq = pair.indexOf("=");
        if (eq < 0) return `${pair} must be formatted as key=value`;
        entries[pair.slice(0, eq)] = pair.slice(eq + 1);
      }
      state.value = entries;
      break;
    }
    case "string":
      state.value = text;
      break;
  }
  state.changed = true;
  return undefined;
}
