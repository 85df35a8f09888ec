// `kubectl ARGS...` against a simulated cluster: parse as cobra/pflag do,
// then run the command's handler. Unknown commands and flags fail as upstream.
import { parseKubectlArgs } from "./parse-args";
import { isUsageError } from "./usage-error";
import type { KubectlIO, KubectlResult } from "./commands/command";
import { commandHandlers } from "./commands/registry";
import { formatKubectlError } from "./commands/errors";

export async function runKubectl(argv: string[], io: KubectlIO): Promise<KubectlResult> {
  const parsed = parseKubectlArgs(argv);
  if (isUsageError(parsed)) return { stdout: "", stderr: parsed.stderr, exitCode: parsed.exitCode };
  const warnings = parsed.warnings.map((w) => (w.endsWith("\n") ? w : `${w}\n`)).join("");
  if (parsed.help) return { stdout: "", stderr: warnings, exitCode: parsed.help.exitCode };
  const handler = commandHandlers[parsed.path.join(" ")];
  if (!handler) {
    return { stdout: "", stderr: `${warnings}error: "${parsed.commandPath}" is not supported by this simulated cluster yet\n`, exitCode: 1 };
  }
  try {
    const result = await handler(parsed, io);
    return warnings ? { ...result, stderr: warnings + result.stderr } : result;
  } catch (e) {
    return { stdout: "", stderr: warnings + formatKubectlError(e), exitCode: 1 };
  }
}
