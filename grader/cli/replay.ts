// Why kubesim keeps the commands it ran: a cluster snapshot holds the API
// objects, not the kubelet's running containers (their processes, files, logs,
// timers). A pod that is running or starting when one invocation ends would be
// left alone by the next invocation's kubelet (no logs, no exec, stuck in
// ContainerCreating). So while such pods exist, the state also keeps the last
// exact snapshot and the commands run since; the next invocation restores that
// snapshot and runs those commands again. The simulation is deterministic, so
// the replay arrives at the very state the previous invocation left.
import type { Cluster } from "../cluster/cluster";
import type { Workstation } from "../shell/workstation";

/** One invocation's work, as much as is needed to run it again. */
export type JournalEntry =
  | { kind: "shell"; script: string }
  | { kind: "kubectl"; argv: string[]; stdin: string; env: Record<string, string> };

const pods = { group: "", version: "v1", resource: "pods" };

/** The uids of the pods the cluster has now (at its creation: the system pods the kubelet never runs). */
export function podUids(cluster: Cluster): string[] {
  return cluster.api.list(pods).items.map((p) => p.metadata.uid!);
}

/**
 * Whether a snapshot of `cluster` loses nothing: no pod but the system pods
 * exists (a finished pod still has its logs in the kubelet) and no pod has
 * left files on a node or a network volume.
 */
export function snapshotIsExact(cluster: Cluster, systemPods: readonly string[]): boolean {
  const system = new Set(systemPods);
  const onlySystemPods = cluster.api.list(pods).items.every((pod) => system.has(pod.metadata.uid!));
  return onlySystemPods && (cluster.kubelet?.nodeFilesystems.isEmpty() ?? true);
}

/** Runs a journal entry again, its output discarded (it was shown when it first ran). */
export async function replayEntry(workstation: Workstation, entry: JournalEntry): Promise<void> {
  if (entry.kind === "shell") await workstation.run(entry.script);
  else await workstation.kubectl(entry.argv, { stdin: entry.stdin, env: entry.env });
}
