// The workstation's kubeconfig, reduced to what a CKAD candidate changes: the
// current context's namespace. `kubectl config set-context --current
// --namespace` and `config current-context` run here because a kubectl
// command cannot change its io (KubectlIO.namespace is read-only).
import type { ParsedCommand } from "../kubectl/parse-args";
import type { KubectlResult } from "../kubectl/commands/command";

export interface KubeconfigState {
  /** kubeadm's admin context name. */
  currentContext: string;
  /** The current context's namespace; "default" when unset. */
  namespace: string;
}

export function defaultKubeconfig(): KubeconfigState {
  return { currentContext: "kubernetes-admin@kubernetes", namespace: "default" };
}

/** Runs `kubectl config …` commands that change or read the kubeconfig; undefined for the others. */
export function runKubeconfigCommand(cmd: ParsedCommand, state: KubeconfigState): KubectlResult | undefined {
  const path = cmd.path.join(" ");
  if (path === "config current-context") {
    return { stdout: `${state.currentContext}\n`, stderr: "", exitCode: 0 };
  }
  if (path === "config set-context") {
    const current = cmd.flags["current"] === true;
    const name = current ? state.currentContext : cmd.args[0];
    // kubectl pkg/cmd/config/create_context.go: only the current context is modelled.
    if (name !== state.currentContext) return undefined;
    if (cmd.changed.includes("namespace")) state.namespace = String(cmd.flags["namespace"]) || "default";
    return { stdout: `Context "${name}" modified.\n`, stderr: "", exitCode: 0 };
  }
  return undefined;
}
