// `kubectl exec` (k8s.io/kubectl/pkg/cmd/exec/exec.go v0.34.5): POD or
// TYPE/NAME, `--` then the command, -c or the default container (with the
// `Defaulted container` notice), the command's output and exit code
// (`command terminated with exit code 1`, cmdutil.CheckErr's ExitError case).
import { createHash } from "node:crypto";
import type { KubeObject } from "../../apiserver/types";
import { ExecError } from "../../kubelet";
import type { ExecResult } from "../../runtime";
import { namespaceChoice } from "../resource-builder";
import { formatCommandErrors } from "./check-err";
import { Output, type CommandHandler } from "./command";
import { byMostActive, defaultContainer, podSelectorOf, podsForSelector } from "./pod-for-object";
import { longestSimulatedWaitMs } from "./wait-for";
import { boolFlag, stringFlag } from "./write-flags";

/** containerd's exec id: random upstream, derived here so runs repeat. */
function execId(pod: KubeObject, container: string, argv: string[]): string {
  return createHash("sha256").update(`${pod.metadata.uid ?? ""}/${container}/${argv.join("\u0000")}`).digest("hex");
}

/**
 * A session that waits (sleep, a network tool's timeout) ends on the virtual
 * clock: the cluster lives a second at a time until it does. One that never
 * ends (`sleep infinity`) is cut off as Ctrl-C would, after the longest wait.
 */
async function awaitSession(io: Parameters<CommandHandler>[1], pending: ExecResult | Promise<ExecResult>): Promise<ExecResult> {
  if (!(pending instanceof Promise)) return pending;
  let result: ExecResult | undefined;
  void pending.then((r) => (result = r));
  for (let waited = 0; result === undefined && waited < longestSimulatedWaitMs; waited += 1000) {
    await io.cluster.settleAsync({ forMs: 1000 });
  }
  return result ?? { stdout: "", stderr: "", exitCode: 130 };
}

export const execCommand: CommandHandler = async (cmd, io) => {
  const out = new Output();
  const args = cmd.args;
  const dash = cmd.argsLenAtDash;
  const resourceName = args.length > 0 && dash !== 0 ? args[0] : "";
  const filenames = Array.isArray(cmd.flags.filename) ? (cmd.flags.filename as string[]) : [];
  let command: string[] = [];
  if (dash > -1) command = args.slice(dash);
  else if (args.length > 1 || (args.length > 0 && filenames.length > 0)) {
    throw new Error(`exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee '${cmd.commandPath} -h' for help and examples`);
  }
  if (!resourceName && filenames.length === 0) throw new Error("pod, type/name or --filename must be specified");
  if (command.length === 0) throw new Error("you must specify at least one command for the container");

  const { namespace } = namespaceChoice(cmd.flags, io);
  const slash = resourceName.indexOf("/");
  const info = io.cluster.api.registry.resolveResource(slash < 0 ? "pods" : resourceName.slice(0, slash));
  if (!info) throw new Error(`the server doesn't have a resource type "${resourceName.slice(0, slash)}"`);
  const obj = io.cluster.api.get({ group: info.group, version: info.version, resource: info.resource }, info.namespaced ? namespace : "", slash < 0 ? resourceName : resourceName.slice(slash + 1));
  let pod = obj;
  if (obj.kind !== "Pod") {
    const selector = podSelectorOf(obj);
    if (selector === undefined) throw new Error(`cannot attach to *${obj.apiVersion.split("/").pop()}.${obj.kind}: selector for ${obj.apiVersion.split("/").pop()}.${obj.kind} not implemented`);
    const timeout = typeof cmd.flags["pod-running-timeout"] === "number" ? (cmd.flags["pod-running-timeout"] as number) : 60_000;
    pod = podsForSelector(io, obj.metadata.namespace ?? namespace, selector, timeout, byMostActive)[0];
  }
  const phase = ((pod.status as Record<string, unknown> | undefined)?.phase as string | undefined) ?? "";
  if (phase === "Succeeded" || phase === "Failed") throw new Error(`cannot exec into a container in a completed pod; current phase is ${phase}`);
  let container = stringFlag(cmd, "container");
  if (!container) {
    const chosen = defaultContainer(pod);
    if (!boolFlag(cmd, "quiet")) out.err(chosen.notice);
    container = chosen.name;
  }
  const kubelet = io.cluster.kubelet;
  // A cluster built without kubelets (some unit tests) cannot exec.
  if (!kubelet) throw new Error("the cluster runs no kubelet");
  // With -i and -t the remote side is a terminal: its stderr arrives on stdout.
  const tty = boolFlag(cmd, "stdin") && boolFlag(cmd, "tty");
  try {
    const result = await awaitSession(io, kubelet.exec(pod.metadata.namespace ?? namespace, pod.metadata.name ?? "", container, command));
    if (result.error) {
      out.err(formatCommandErrors([new Error(`Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${execId(pod, container, command)}": ${result.error}`)]));
      return out.result(1);
    }
    out.out(result.stdout);
    if (tty) out.out(result.stderr);
    else out.err(result.stderr);
    if (result.exitCode !== 0) {
      out.err(`command terminated with exit code ${result.exitCode}\n`);
      return out.result(result.exitCode);
    }
    return out.result(0);
  } catch (e) {
    if (e instanceof ExecError) out.err(`error: Internal error occurred: ${e.message}\n`);
    else out.err(formatCommandErrors([e]));
    return out.result(1);
  }
};
