// `kubectl ARGS...` against a simulated cluster: parse as cobra/pflag do,
// then run the command's handler. Unknown commands and flags fail as upstream.
import { parseKubectlArgs } from "./parse-args";
import { isUsageError } from "./usage-error";
import type { KubectlIO, KubectlResult } from "./commands/command";
import { commandHandlers } from "./commands/registry";
import { formatKubectlError } from "./commands/errors";
import { helpResult } from "./help/help-output";
import { WarningCollector, withApiWarnings } from "./api-warnings";
import { PrinterOutputError } from "./output/go-template-printer";

export async function runKubectl(argv: string[], io: KubectlIO): Promise<KubectlResult> {
  const parsed = parseKubectlArgs(argv);
  if (isUsageError(parsed)) return { stdout: "", stderr: parsed.stderr, exitCode: parsed.exitCode };
  const warnings = parsed.warnings.map((w) => (w.endsWith("\n") ? w : `${w}\n`)).join("");
  if (parsed.help) {
    const help = await helpResult(parsed);
    return { ...help, stderr: warnings + help.stderr };
  }
  const handler = commandHandlers[parsed.path.join(" ")];
  if (!handler) {
    return { stdout: "", stderr: `${warnings}error: "${parsed.commandPath}" is not supported by this simulated cluster yet\n`, exitCode: 1 };
  }
  // Server warnings come before what the command writes to stderr (they arrive with the responses).
  const apiWarnings = new WarningCollector();
  let result: KubectlResult;
  try {
    result = await handler(parsed, withApiWarnings(io, apiWarnings));
  } catch (e) {
    // A template that failed part-way has written to stdout already.
    const stdout = e instanceof PrinterOutputError ? e.stdout : "";
    return { stdout, stderr: warnings + apiWarnings.text() + formatKubectlError(e), exitCode: 1 };
  }
  const stderr = warnings + apiWarnings.text() + result.stderr;
  // cmd.go PersistentPostRunE: --warnings-as-errors fails a command that otherwise succeeded.
  if (result.exitCode === 0 && parsed.flags["warnings-as-errors"] === true && apiWarnings.count > 0) {
    const n = apiWarnings.count;
    return { ...result, stderr: `${stderr}error: ${n} ${n === 1 ? "warning" : "warnings"} received\n`, exitCode: 1 };
  }
  return stderr === result.stderr ? result : { ...result, stderr };
}
