// rollingUpdate without surge (pkg/controller/daemon/update.go, maxSurge 0):
// count the nodes whose daemon pod is missing, doubled, or new but not yet
// available; old pods that are not available are replaced at once, and
// available old pods only while fewer than maxUnavailable nodes are
// unavailable. The deleted pods are recreated at the update revision by manage.
import { scaledValue } from "../deployment/replicas";
import { isPodAvailable } from "../replicaset/pod-readiness";
import type { Pod } from "../replicaset/types";
import { isPodUpdated, templateGeneration } from "./pod-template";
import type { DaemonSet } from "./types";

/** util.UnavailableCount with updatedDesiredNodeCounts' fallback to 1 when both surge and unavailability are 0. */
export function maxUnavailableOf(ds: DaemonSet, desired: number): number {
  const ru = ds.spec.updateStrategy?.rollingUpdate;
  const unavailable = scaledValue(ru?.maxUnavailable ?? 1, desired, true);
  const surge = scaledValue(ru?.maxSurge ?? 0, desired, true);
  return desired > 0 && unavailable === 0 && surge === 0 ? 1 : unavailable;
}

/** findUpdatedPodsOnNode: the node's one new and one old pod (not being deleted); undefined when either is doubled. */
function updatedPodsOnNode(pods: Pod[], hash: string, generation: string): { newPod?: Pod; oldPod?: Pod } | undefined {
  let newPod: Pod | undefined;
  let oldPod: Pod | undefined;
  for (const pod of pods) {
    if (pod.metadata.deletionTimestamp) continue;
    if (isPodUpdated(pod, hash, generation)) {
      if (newPod) return undefined;
      newPod = pod;
    } else {
      if (oldPod) return undefined;
      oldPod = pod;
    }
  }
  return { newPod, oldPod };
}

/** The old pods to delete now; nodes are visited in name order (upstream's map order is random). */
export function oldPodsToDelete(ds: DaemonSet, podsByDesiredNode: Map<string, Pod[]>, hash: string, nowMs: number): Pod[] {
  const minReadySeconds = ds.spec.minReadySeconds ?? 0;
  const maxUnavailable = maxUnavailableOf(ds, podsByDesiredNode.size);
  const generation = templateGeneration(ds);
  let unavailable = 0;
  const replacements: Pod[] = [];
  const candidates: Pod[] = [];
  for (const node of [...podsByDesiredNode.keys()].sort()) {
    const found = updatedPodsOnNode(podsByDesiredNode.get(node) ?? [], hash, generation);
    if (!found) {
      unavailable++;
      continue;
    }
    const { newPod, oldPod } = found;
    if ((!newPod && !oldPod) || (newPod && oldPod)) unavailable++;
    else if (newPod) {
      if (!isPodAvailable(newPod, minReadySeconds, nowMs)) unavailable++;
    } else if (oldPod) {
      if (!isPodAvailable(oldPod, minReadySeconds, nowMs)) replacements.push(oldPod);
      else if (unavailable < maxUnavailable) candidates.push(oldPod);
    }
  }
  const remaining = Math.min(Math.max(0, maxUnavailable - unavailable), candidates.length);
  return [...replacements, ...candidates.slice(0, remaining)];
}
