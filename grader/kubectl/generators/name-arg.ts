// cmdutil.NameFromCommandArgs: create subcommands take exactly one NAME before any `--`.
import type { ParsedCommand } from "../parse-args";
import { commandUsageError, type KubectlUsageError } from "../usage-error";

export function nameFromArgs(parsed: ParsedCommand): string | KubectlUsageError {
  const count = parsed.argsLenAtDash === -1 ? parsed.args.length : parsed.argsLenAtDash;
  if (count !== 1) return commandUsageError(`exactly one NAME is required, got ${count}`, parsed.commandPath);
  return parsed.args[0] ?? "";
}

/** The words after `--` (a Job's or Deployment's container command). */
export function commandAfterDash(parsed: ParsedCommand): string[] {
  return parsed.argsLenAtDash === -1 ? [] : parsed.args.slice(parsed.argsLenAtDash);
}
