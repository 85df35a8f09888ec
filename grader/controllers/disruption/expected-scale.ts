// How many pods a PodDisruptionBudget expects and wants healthy
// (pkg/controller/disruption/disruption.go getExpectedPodCount,
// getExpectedScale and the finders; intstr.GetScaledValueFromIntOrPercent).
import type { ClusterApi } from "../../apiserver/api-interface";
import type { KubeObject } from "../../apiserver/types";

export interface PdbSpec {
  minAvailable?: number | string;
  maxUnavailable?: number | string;
  selector?: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] };
}

/** GetScaledValueFromIntOrPercent: an int as is; `N%` of total, rounded up or down. */
export function scaledValue(v: number | string, total: number, roundUp: boolean): number {
  if (typeof v === "number") return v;
  const percent = Number.parseInt(v.replace(/%$/, ""), 10);
  const exact = (percent * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

const gvr = (group: string, resource: string) => ({ group, version: "v1", resource });

function controllerOf(obj: KubeObject) {
  return (obj.metadata.ownerReferences ?? []).find((r) => r.controller === true);
}

function tryGet(api: ClusterApi, group: string, resource: string, namespace: string, name: string, uid: string): KubeObject | undefined {
  try {
    const obj = api.get(gvr(group, resource), namespace, name);
    return obj.metadata.uid === uid ? obj : undefined;
  } catch {
    return undefined;
  }
}

const replicasOf = (obj: KubeObject) => ((obj.spec as { replicas?: number } | undefined)?.replicas ?? 1);

/** The finders: ReplicationController, Deployment (through its ReplicaSet), ReplicaSet, StatefulSet. */
function controllerScale(api: ClusterApi, pod: KubeObject): { uid: string; scale: number } | undefined {
  const ref = controllerOf(pod)!;
  const ns = pod.metadata.namespace ?? "";
  if (ref.kind === "ReplicationController" && ref.apiVersion === "v1") {
    const rc = tryGet(api, "", "replicationcontrollers", ns, ref.name, ref.uid);
    return rc && { uid: ref.uid, scale: replicasOf(rc) };
  }
  if (ref.kind === "ReplicaSet" && ref.apiVersion === "apps/v1") {
    const rs = tryGet(api, "apps", "replicasets", ns, ref.name, ref.uid);
    if (!rs) return undefined;
    const owner = controllerOf(rs);
    if (owner?.kind === "Deployment" && owner.apiVersion === "apps/v1") {
      const d = tryGet(api, "apps", "deployments", ns, owner.name, owner.uid);
      if (d) return { uid: owner.uid, scale: replicasOf(d) };
    }
    return { uid: ref.uid, scale: replicasOf(rs) };
  }
  if (ref.kind === "StatefulSet" && ref.apiVersion === "apps/v1") {
    const ss = tryGet(api, "apps", "statefulsets", ns, ref.name, ref.uid);
    return ss && { uid: ref.uid, scale: replicasOf(ss) };
  }
  return undefined;
}

export class ExpectedScaleError extends Error {}

/** getExpectedScale: the sum of the scales of the controllers owning the pods; pods without a controller are unmanaged. */
export function expectedScale(api: ClusterApi, pods: KubeObject[]): { expected: number; unmanaged: string[] } {
  const scales = new Map<string, number>();
  const unmanaged: string[] = [];
  for (const pod of pods) {
    const ref = controllerOf(pod);
    if (!ref) {
      unmanaged.push(pod.metadata.name ?? "");
      continue;
    }
    if (scales.has(ref.uid)) continue;
    const found = controllerScale(api, pod);
    if (!found) throw new ExpectedScaleError(`found no controllers for pod ${JSON.stringify(pod.metadata.name)}`);
    scales.set(found.uid, found.scale);
  }
  let expected = 0;
  for (const s of scales.values()) expected += s;
  return { expected, unmanaged };
}

/** getExpectedPodCount: (expectedCount, desiredHealthy, unmanagedPods). */
export function expectedPodCount(api: ClusterApi, spec: PdbSpec, pods: KubeObject[]): { expected: number; desiredHealthy: number; unmanaged: string[] } {
  if (spec.maxUnavailable !== undefined) {
    const { expected, unmanaged } = expectedScale(api, pods);
    const maxUnavailable = scaledValue(spec.maxUnavailable, expected, true);
    return { expected, desiredHealthy: Math.max(0, expected - maxUnavailable), unmanaged };
  }
  if (spec.minAvailable !== undefined) {
    if (typeof spec.minAvailable === "number") return { expected: pods.length, desiredHealthy: spec.minAvailable, unmanaged: [] };
    const { expected, unmanaged } = expectedScale(api, pods);
    return { expected, desiredHealthy: scaledValue(spec.minAvailable, expected, true), unmanaged };
  }
  return { expected: 0, desiredHealthy: 0, unmanaged: [] };
}
