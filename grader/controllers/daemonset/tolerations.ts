// util.AddOrUpdateDaemonPodTolerations (pkg/controller/daemon/util): daemon
// pods tolerate not-ready and unreachable nodes (NoExecute) and the node
// condition taints (NoSchedule), plus network-unavailable on the host network.
// A toleration already there with the same key, operator, value and effect is
// kept in place; the others are appended in this order.
export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

const daemonTolerations: Toleration[] = [
  { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute" },
  { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute" },
  { key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule" },
  { key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule" },
  { key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule" },
  { key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" },
];

const networkUnavailable: Toleration = { key: "node.kubernetes.io/network-unavailable", operator: "Exists", effect: "NoSchedule" };

/** Toleration.MatchToleration. */
function sameToleration(a: Toleration, b: Toleration): boolean {
  return (a.key ?? "") === (b.key ?? "") && (a.operator ?? "") === (b.operator ?? "") && (a.value ?? "") === (b.value ?? "") && (a.effect ?? "") === (b.effect ?? "");
}

/** v1helper.AddOrUpdateTolerationInPodSpec: replaces a matching toleration (dropping its tolerationSeconds) or appends. */
function addOrUpdate(tolerations: Toleration[], t: Toleration): Toleration[] {
  let updated = false;
  const out = tolerations.map((existing) => {
    if (!sameToleration(existing, t)) return existing;
    updated = true;
    return { ...t };
  });
  if (!updated) out.push({ ...t });
  return out;
}

export function withDaemonTolerations(tolerations: Toleration[] | undefined, hostNetwork: boolean): Toleration[] {
  let out = [...(tolerations ?? [])];
  for (const t of hostNetwork ? [...daemonTolerations, networkUnavailable] : daemonTolerations) out = addOrUpdate(out, t);
  return out;
}
