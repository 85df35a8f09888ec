// What a task may say about its cluster's machines. The default is a
// two-node kubeadm cluster as on a Killercoda CKAD playground: `controlplane`
// (tainted NoSchedule) and `node01`, each 2 vCPU and about 2 GiB of memory.

export interface TaintSpec {
  key: string;
  value?: string;
  effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
}

export interface NodeTopology {
  name: string;
  /** Control-plane nodes get the role label and, unless `taints` is given, the NoSchedule taint. */
  role?: "control-plane" | "worker";
  /** Added to (and overriding) the standard labels. */
  labels?: Record<string, string>;
  /** Replaces the role's default taints. */
  taints?: TaintSpec[];
  /** Merged over the default capacity; allocatable follows (memory minus kubelet's 100Mi eviction threshold). */
  capacity?: { cpu?: string; memory?: string; pods?: string; "ephemeral-storage"?: string };
  /** Defaults to 172.30.<n>.2 for the n-th node (1-based). */
  internalIP?: string;
  unschedulable?: boolean;
}

export interface Topology {
  /** The whole node list; defaults to controlplane + node01. */
  nodes?: NodeTopology[];
  /** Appended to `nodes` (or to the default pair). */
  extraNodes?: NodeTopology[];
}

export const defaultNodes: readonly NodeTopology[] = [
  { name: "controlplane", role: "control-plane" },
  { name: "node01", role: "worker" },
];

/** The effective node list of a topology. */
export function topologyNodes(topology: Topology | undefined): NodeTopology[] {
  const base = topology?.nodes ?? defaultNodes;
  return [...base, ...(topology?.extraNodes ?? [])].map((n) => ({
    ...n,
    role: n.role ?? (n.name === "controlplane" ? "control-plane" : "worker"),
  }));
}

/** Versions the simulated nodes report (a v1.34 kubeadm cluster on Ubuntu with containerd). */
export const nodeVersions = {
  kubelet: "v1.34.0",
  containerRuntime: "containerd://1.7.28",
  kernel: "6.8.0-60-generic",
  osImage: "Ubuntu 24.04.2 LTS",
} as const;
