// The workstation's just-bash shell, built on first use (loading just-bash
// costs start-up time that `kubesim kubectl` does not need).
import { Bash, type BashOptions } from "just-bash";
import type { Cluster } from "../cluster/cluster";
import type { ContainerFs } from "../runtime/vfs/container-fs";
import { JustBashFs, type CannotCreateHandler } from "../runtime/vfs/just-bash-fs";
import { kubectlCommands } from "./kubectl-command";
import type { KubectlCommandDeps } from "./kubectl-session";
import { workstationUserlandCommands } from "./userland-commands";

export type ExecutionLimits = NonNullable<BashOptions["executionLimits"]>;

/** The login environment of every run. */
export const workstationEnv: Readonly<Record<string, string>> = {
  HOME: "/root",
  USER: "root",
  LOGNAME: "root",
  SHELL: "/bin/bash",
  HOSTNAME: "controlplane",
  PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  KUBECONFIG: "/root/.kube/config",
  TERM: "xterm",
};

/** `onCannotCreate` hears of a redirection whose target could not be created (bash prints why and goes on). */
export function newWorkstationBash(cluster: Cluster, fs: ContainerFs, deps: KubectlCommandDeps, limits: ExecutionLimits, onCannotCreate?: CannotCreateHandler): Bash {
  return new Bash({
    fs: new JustBashFs(fs, onCannotCreate),
    cwd: "/root",
    env: workstationEnv,
    // `sleep N` lets the cluster live N virtual seconds instead of waiting.
    sleep: async (ms) => {
      await cluster.settleAsync({ forMs: ms });
    },
    customCommands: [...kubectlCommands(deps), ...workstationUserlandCommands(fs, () => cluster.clock.now())],
    // Off: its AsyncLocalStorage turns on promise hooks for the whole process (≈20% of grading time),
    // and scripts here cannot run JavaScript (no js-exec, no python), which is what it guards against.
    defenseInDepth: false,
    processInfo: { pid: 1000, ppid: 1, uid: 0, gid: 0 },
    executionLimits: limits,
  });
}
