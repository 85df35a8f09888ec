// What the Job controller reads from a pod (pkg/controller/controller_utils.go,
// pkg/api/v1/pod/util.go) and how it builds one from the Job's template
// (GetPodFromTemplate).
import type { KubeObject, OwnerReference } from "../../apiserver/types";
import { jobTrackingFinalizer } from "./constants";

type Json = Record<string, unknown>;

export function podPhase(pod: KubeObject): string {
  return ((pod.status as Json | undefined)?.phase as string | undefined) ?? "";
}

/** IsPodActive: not Succeeded, not Failed, not being deleted. */
export function isPodActive(pod: KubeObject): boolean {
  const phase = podPhase(pod);
  return phase !== "Succeeded" && phase !== "Failed" && !pod.metadata.deletionTimestamp;
}

/** CountTerminatingPods counts pods being deleted that have not finished. */
export function isPodTerminating(pod: KubeObject): boolean {
  const phase = podPhase(pod);
  return !!pod.metadata.deletionTimestamp && phase !== "Failed" && phase !== "Succeeded";
}

export function isPodReady(pod: KubeObject): boolean {
  const conditions = ((pod.status as Json | undefined)?.conditions ?? []) as { type: string; status: string }[];
  return conditions.some((c) => c.type === "Ready" && c.status === "True");
}

export function hasJobTrackingFinalizer(pod: KubeObject): boolean {
  return (pod.metadata.finalizers ?? []).includes(jobTrackingFinalizer);
}

export function controllerOf(obj: KubeObject): OwnerReference | undefined {
  return (obj.metadata.ownerReferences ?? []).find((r) => r.controller === true);
}

/** metav1.NewControllerRef */
export function controllerRefTo(owner: KubeObject): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name ?? "",
    uid: owner.metadata.uid ?? "",
    controller: true,
    blockOwnerDeletion: true,
  };
}

function podPhaseRank(pod: KubeObject): number {
  const phase = podPhase(pod);
  return phase === "Pending" ? 0 : phase === "Unknown" ? 1 : phase === "Running" ? 2 : 3;
}

function restarts(pod: KubeObject): number {
  const statuses = ((pod.status as Json | undefined)?.containerStatuses ?? []) as { restartCount?: number }[];
  return Math.max(0, ...statuses.map((s) => s.restartCount ?? 0));
}

/**
 * controller.ActivePods order, the pods to delete first: unscheduled before
 * scheduled, Pending before Running, not ready before ready, more restarts
 * first, newer first; names break the remaining ties (upstream: random).
 */
export function compareForDeletion(a: KubeObject, b: KubeObject): number {
  const nodeA = (a.spec as Json | undefined)?.nodeName ? 1 : 0;
  const nodeB = (b.spec as Json | undefined)?.nodeName ? 1 : 0;
  if (nodeA !== nodeB) return nodeA - nodeB;
  if (podPhaseRank(a) !== podPhaseRank(b)) return podPhaseRank(a) - podPhaseRank(b);
  const readyA = isPodReady(a) ? 1 : 0;
  const readyB = isPodReady(b) ? 1 : 0;
  if (readyA !== readyB) return readyA - readyB;
  if (restarts(a) !== restarts(b)) return restarts(b) - restarts(a);
  const ca = a.metadata.creationTimestamp ?? "";
  const cb = b.metadata.creationTimestamp ?? "";
  if (ca !== cb) return ca > cb ? -1 : 1;
  const na = a.metadata.name ?? "";
  const nb = b.metadata.name ?? "";
  return na < nb ? -1 : na > nb ? 1 : 0;
}

interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string>; finalizers?: string[] };
  spec?: Json;
}

/**
 * GetPodFromTemplate: the template's labels, annotations, finalizers (plus the
 * tracking finalizer) and spec; `<job>-` as generateName; the Job as controller.
 */
export function podFromJobTemplate(job: KubeObject, template: PodTemplate): KubeObject {
  const meta = template.metadata ?? {};
  const finalizers = [...(meta.finalizers ?? [])];
  if (!finalizers.includes(jobTrackingFinalizer)) finalizers.push(jobTrackingFinalizer);
  const metadata: KubeObject["metadata"] = {
    generateName: `${job.metadata.name ?? ""}-`,
    namespace: job.metadata.namespace,
    finalizers,
    ownerReferences: [controllerRefTo(job)],
  };
  if (meta.labels) metadata.labels = { ...meta.labels };
  if (meta.annotations) metadata.annotations = { ...meta.annotations };
  return { apiVersion: "v1", kind: "Pod", metadata, spec: structuredClone(template.spec ?? {}) };
}
