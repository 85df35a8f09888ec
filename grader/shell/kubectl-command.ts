// `kubectl` and its usual alias `k` as just-bash commands of the workstation.
import { decodeBytesToUtf8, defineCommand, type Command } from "just-bash";
import { asciiAsBytes } from "./ascii-as-bytes";
import { runWorkstationKubectl, type KubectlCommandDeps } from "./kubectl-session";

export function kubectlCommands(deps: KubectlCommandDeps): Command[] {
  return ["kubectl", "k"].map((name) =>
    defineCommand(name, async (args, ctx) => {
      const exec = ctx.exec;
      return asciiAsBytes(await runWorkstationKubectl(args, deps, {
        cwd: ctx.cwd,
        env: ctx.env,
        stdin: decodeBytesToUtf8(ctx.stdin),
        exec: exec && ((line) => exec(line, { cwd: ctx.cwd })),
      }));
    }),
  );
}
