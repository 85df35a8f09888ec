// What a generator needs besides the parsed command line.
import type { ParsedCommand } from "../parse-args";
import type { FlagValue } from "../flag-values";

export interface GeneratorContext {
  /** Reads a file of the candidate's workstation (for --from-file, --from-env-file); undefined if absent. */
  readFile(path: string): string | undefined;
  /** Lower-case alphanumerics from the cluster's seeded random source (kubectl's utilrand.String). */
  randomSuffix(length: number): string;
}

export function flagString(parsed: ParsedCommand, name: string): string {
  const value: FlagValue | undefined = parsed.flags[name];
  return typeof value === "string" ? value : "";
}

export function flagList(parsed: ParsedCommand, name: string): string[] {
  const value = parsed.flags[name];
  return Array.isArray(value) ? value : [];
}

export function flagNumber(parsed: ParsedCommand, name: string): number {
  const value = parsed.flags[name];
  return typeof value === "number" ? value : 0;
}

export function flagBool(parsed: ParsedCommand, name: string): boolean {
  return parsed.flags[name] === true;
}
