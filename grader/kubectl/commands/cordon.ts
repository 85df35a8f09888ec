// `kubectl cordon` / `uncordon` (k8s.io/kubectl/pkg/cmd/drain/drain.go
// RunCordonOrUncordon, pkg/drain/cordon.go v0.34.5): set or clear
// spec.unschedulable; `node/x cordoned`, `node/x already cordoned`.
import type { ParsedCommand } from "../parse-args";
import { selectObjects, type SelectedObject } from "../resource-builder";
import { Output, type CommandHandler, type KubectlIO, type KubectlResult } from "./command";
import { dryRunStrategy, dryRunSuffix, kindName, outputFormat, stringFlag } from "./write-flags";
import type { DryRun } from "../apply/apply-object";

/** DrainCmdOptions.Complete: the nodes named by NODE or --selector. */
export function selectNodes(cmd: ParsedCommand, io: KubectlIO, use: string): SelectedObject[] {
  const selector = stringFlag(cmd, "selector");
  if (cmd.args.length === 0 && !cmd.changed.includes("selector")) throw new Error(`USAGE: ${use} [flags]\nSee '${cmd.commandPath} -h' for help and examples`);
  if (cmd.args.length > 0 && selector) throw new Error(`error: cannot specify both a node name and a --selector option\nSee '${cmd.commandPath} -h' for help and examples`);
  const selection = selectObjects(cmd, io, cmd.args.length > 0 ? ["nodes", ...cmd.args] : ["nodes"]);
  if (selection.errors.length > 0) throw selection.errors[0];
  return selection.objects;
}

/** RunCordonOrUncordon for each node: the success lines on out, failures on err. */
export function cordonNodes(nodes: SelectedObject[], desired: boolean, dryRun: DryRun, io: KubectlIO, out: Output): void {
  const verb = desired ? "cordon" : "uncordon";
  for (const node of nodes) {
    const current = ((node.live.spec as Record<string, unknown> | undefined)?.unschedulable as boolean | undefined) ?? false;
    if (current === desired) {
      out.out(`${kindName(node.live)} already ${verb}ed${dryRunSuffix(dryRun)}\n`);
      continue;
    }
    if (dryRun !== "client") {
      try {
        io.cluster.api.patch(node.gvr, "", node.name, "strategic", { spec: { unschedulable: desired ? true : null } }, { dryRun: dryRun === "server" });
      } catch (e) {
        out.err(`error: unable to ${verb} node "${node.name}": ${e instanceof Error ? e.message : String(e)}\n`);
        continue;
      }
    }
    out.out(`${kindName(node.live)} ${verb}ed${dryRunSuffix(dryRun)}\n`);
  }
}

function runCordon(desired: boolean, cmd: ParsedCommand, io: KubectlIO): KubectlResult {
  const out = new Output();
  const dryRun = dryRunStrategy(cmd);
  outputFormat(cmd);
  const nodes = selectNodes(cmd, io, desired ? "cordon NODE" : "uncordon NODE");
  cordonNodes(nodes, desired, dryRun, io, out);
  return out.result();
}

export const cordonCommand: CommandHandler = (cmd, io) => runCordon(true, cmd, io);
export const uncordonCommand: CommandHandler = (cmd, io) => runCordon(false, cmd, io);
