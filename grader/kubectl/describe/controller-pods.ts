// getPodStatusForController of k8s.io/kubectl/pkg/describe/describe.go v0.34.5: the pods a
// workload's selector matches and that it controls, counted by phase.
import type { KubeObject } from "../../apiserver/types";
import type { Cluster } from "../../cluster/cluster";

export interface PodPhaseCounts {
  running: number;
  waiting: number;
  succeeded: number;
  failed: number;
}

const podsResource = { group: "", version: "v1", resource: "pods" };

/** Counts the pods matching `selector` whose controller is `owner` (orphans and others' pods skipped). */
export function podStatusForController(cluster: Cluster, owner: KubeObject, selector: string): PodPhaseCounts {
  const counts: PodPhaseCounts = { running: 0, waiting: 0, succeeded: 0, failed: 0 };
  const pods = cluster.api.list(podsResource, { namespace: owner.metadata.namespace, labelSelector: selector }).items;
  for (const pod of pods) {
    const ref = (pod.metadata.ownerReferences ?? []).find((r) => r.controller === true);
    if (!ref || ref.uid !== owner.metadata.uid) continue;
    const phase = (pod as { status?: { phase?: string } }).status?.phase;
    if (phase === "Running") counts.running++;
    else if (phase === "Pending") counts.waiting++;
    else if (phase === "Succeeded") counts.succeeded++;
    else if (phase === "Failed") counts.failed++;
  }
  return counts;
}

/** `%d Running / %d Waiting / %d Succeeded / %d Failed`. */
export const podPhaseCountsText = (c: PodPhaseCounts): string => `${c.running} Running / ${c.waiting} Waiting / ${c.succeeded} Succeeded / ${c.failed} Failed`;
