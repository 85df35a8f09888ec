// What kubectl prints when it shows a command's help instead of running it: `-h/--help`
// anywhere on the line, `kubectl` alone, or a group command (`kubectl set`) given no subcommand.
import type { ParsedCommand } from "../parse-args";
import type { KubectlResult } from "../commands/command";

interface GroupHelp {
  stream: "stdout" | "stderr";
  exitCode: number;
}

// A group's own Run: cmdutil.DefaultSubCommandRun(out) prints help to `out` and exits 1
// (pkg/cmd/{set,top,auth,config,plugin}/*.go, create/create_secret.go, create/create_service.go
// use ErrOut; rollout/rollout.go uses Out); certificates/certificates.go just prints help.
const groupHelp: Record<string, GroupHelp> = {
  rollout: { stream: "stdout", exitCode: 1 },
  certificate: { stream: "stdout", exitCode: 0 },
};
const defaultGroupHelp: GroupHelp = { stream: "stderr", exitCode: 1 };

/** The help kubectl prints for a parsed command line whose `help` is set. */
export async function helpResult(cmd: ParsedCommand): Promise<KubectlResult> {
  // The help texts (≈ 160 KB) load only when help is shown.
  const { commandHelpText } = await import("./help-text");
  const text = commandHelpText(cmd.path) ?? "";
  if (cmd.flags["help"] === true || cmd.path.length === 0) return { stdout: text, stderr: "", exitCode: 0 };
  const group = groupHelp[cmd.path.join(" ")] ?? defaultGroupHelp;
  return group.stream === "stdout" ? { stdout: text, stderr: "", exitCode: group.exitCode } : { stdout: "", stderr: text, exitCode: group.exitCode };
}
