// Test stand-in for the scheduler and the kubelet until they exist: binds pods
// to a node and writes the status a kubelet writes once every container runs
// and is ready (phase Running, the five conditions, containerStatuses, IPs).
// Everything goes through the API (pods/binding, pods/status), as the real
// components do; replace the calls with settle() once they land.
import type { Cluster } from "../cluster/cluster";
import { runningPodStatus } from "../cluster/default-objects";
import { formatRFC3339 } from "../clock/rfc3339";
import type { KubeObject } from "../apiserver/types";

const pods = { group: "", version: "v1", resource: "pods" };
const nodes = { group: "", version: "v1", resource: "nodes" };

export interface MarkPodsReadyOptions {
  /** Where unbound pods go; default node01. */
  nodeName?: string;
}

function isReady(pod: KubeObject): boolean {
  const conditions = (pod.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? [];
  return conditions.some((c) => c.type === "Ready" && c.status === "True");
}

function hostIPOf(cluster: Cluster, nodeName: string): string {
  const node = cluster.api.get(nodes, "", nodeName);
  const addresses = (node.status as { addresses?: { type: string; address: string }[] } | undefined)?.addresses ?? [];
  return addresses.find((a) => a.type === "InternalIP")?.address ?? "";
}

// Container ids derived from the pod uid, so the helper draws nothing from the cluster's PRNG.
function idsFor(pod: KubeObject): Record<string, string> {
  const hex = (pod.metadata.uid ?? "").replace(/-/g, "");
  const id = (hex + hex).slice(0, 64);
  const ids: Record<string, string> = {};
  for (const c of ((pod.spec as { containers?: { name: string }[] }).containers ?? [])) {
    ids[c.name] = id;
    ids[`${c.name}-image`] = id;
  }
  return ids;
}

/** Binds and readies the not-yet-ready active pods of `namespace` matching `labelSelector`; returns them updated. */
export function markPodsReady(cluster: Cluster, namespace: string, labelSelector = "", opts: MarkPodsReadyOptions = {}): KubeObject[] {
  const api = cluster.api;
  const now = formatRFC3339(cluster.clock.now());
  const all = api.list(pods).items;
  let nextIP = all.filter((p) => (p.status as { podIP?: string } | undefined)?.podIP).length + 10;
  const updated: KubeObject[] = [];
  for (const pod of api.list(pods, { namespace, labelSelector }).items) {
    if (pod.metadata.deletionTimestamp || isReady(pod)) continue;
    let nodeName = (pod.spec as { nodeName?: string }).nodeName;
    if (!nodeName) {
      nodeName = opts.nodeName ?? "node01";
      api.create({ apiVersion: "v1", kind: "Binding", metadata: { name: pod.metadata.name, namespace }, target: { apiVersion: "v1", kind: "Node", name: nodeName } });
    }
    const bound = api.get(pods, namespace, pod.metadata.name ?? "");
    const podIP = `192.168.1.${nextIP++}`;
    const status = runningPodStatus(bound, podIP, hostIPOf(cluster, nodeName), now, idsFor(bound));
    updated.push(api.update({ ...bound, status }, { subresource: "status" }));
  }
  return updated;
}
