// A StatefulSet pod's stable identity (stateful_set_utils.go): the name
// `<set>-<ordinal>`, the labels statefulset.kubernetes.io/pod-name and
// apps.kubernetes.io/pod-index, hostname and subdomain, and one volume per
// volumeClaimTemplate bound to the claim `<template>-<set>-<ordinal>`.
import { deepCopyJson } from "../../apiserver/storage/deep-copy";
import type { KubeObject } from "../../apiserver/types";
import { podFromTemplate } from "../replicaset/pod-template";
import type { Pod, ReplicaSet } from "../replicaset/types";
import type { StatefulSet } from "./types";

/** apps/v1 StatefulSetPodNameLabel. */
export const statefulSetPodNameLabel = "statefulset.kubernetes.io/pod-name";
/** apps/v1 PodIndexLabel (PodIndexLabel is GA). */
export const podIndexLabel = "apps.kubernetes.io/pod-index";
/** apps/v1 StatefulSetRevisionLabel (= ControllerRevisionHashLabelKey). */
export const statefulSetRevisionLabel = "controller-revision-hash";

const statefulPodName = /^(.*)-([0-9]+)$/;

/** getParentNameAndOrdinal: the parent's name and the ordinal, or -1 when the name has none (or it overflows int32). */
export function parentAndOrdinal(podName: string): { parent: string; ordinal: number } {
  const m = statefulPodName.exec(podName);
  if (!m) return { parent: "", ordinal: -1 };
  const n = Number(m[2]);
  return { parent: m[1], ordinal: n <= 2147483647 ? n : -1 };
}

export function ordinalOf(pod: KubeObject): number {
  return parentAndOrdinal(pod.metadata.name ?? "").ordinal;
}

export function isMemberOf(set: StatefulSet, pod: KubeObject): boolean {
  return parentAndOrdinal(pod.metadata.name ?? "").parent === set.metadata.name;
}

export function podName(set: StatefulSet, ordinal: number): string {
  return `${set.metadata.name}-${ordinal}`;
}

export function claimName(set: StatefulSet, template: KubeObject, ordinal: number): string {
  return `${template.metadata.name}-${set.metadata.name}-${ordinal}`;
}

/** getStartOrdinal / getEndOrdinal: spec.ordinals.start .. start+replicas-1. */
export function startOrdinal(set: StatefulSet): number {
  return set.spec.ordinals?.start ?? 0;
}

export function endOrdinal(set: StatefulSet): number {
  return startOrdinal(set) + (set.spec.replicas ?? 1) - 1;
}

export function inOrdinalRange(set: StatefulSet, pod: KubeObject): boolean {
  const o = ordinalOf(pod);
  return o >= startOrdinal(set) && o <= endOrdinal(set);
}

/** getPersistentVolumeClaims: each template renamed for the ordinal, with the selector's matchLabels added to its labels. */
export function claimsFor(set: StatefulSet, ordinal: number): { template: string; claim: KubeObject }[] {
  return (set.spec.volumeClaimTemplates ?? []).map((t) => {
    const claim = deepCopyJson(t);
    const labels = { ...(claim.metadata.labels ?? {}), ...(set.spec.selector?.matchLabels ?? {}) };
    claim.apiVersion = "v1";
    claim.kind = "PersistentVolumeClaim";
    claim.metadata = { ...claim.metadata, name: claimName(set, t, ordinal), namespace: set.metadata.namespace };
    if (Object.keys(labels).length) claim.metadata.labels = labels;
    delete claim.status;
    return { template: t.metadata.name ?? "", claim };
  });
}

type Volume = { name: string; persistentVolumeClaim?: { claimName?: string }; [k: string]: unknown };

/** updateStorage: the claim volumes first (template order here; upstream's map order is random), then the pod's other volumes. */
function updateStorage(set: StatefulSet, pod: Pod, ordinal: number): void {
  const spec = (pod.spec ??= {});
  const claims = claimsFor(set, ordinal);
  const names = new Set(claims.map((c) => c.template));
  const volumes: Volume[] = claims.map((c) => ({ name: c.template, persistentVolumeClaim: { claimName: c.claim.metadata.name } }));
  for (const v of (spec.volumes as Volume[] | undefined) ?? []) if (!names.has(v.name)) volumes.push(v);
  if (volumes.length) spec.volumes = volumes;
}

/** updateIdentity: name, namespace and the two identity labels. */
export function updateIdentity(set: StatefulSet, pod: Pod): void {
  const ordinal = ordinalOf(pod);
  pod.metadata.name = podName(set, ordinal);
  pod.metadata.namespace = set.metadata.namespace;
  pod.metadata.labels = { ...(pod.metadata.labels ?? {}), [statefulSetPodNameLabel]: pod.metadata.name, [podIndexLabel]: String(ordinal) };
}

/** newStatefulSetPod: GetPodFromTemplate (generateName `<set>-` too), then identity and storage; hostname and subdomain only at creation. */
export function newStatefulSetPod(set: StatefulSet, ordinal: number, revision: string): Pod {
  const pod = podFromTemplate(set as unknown as ReplicaSet) as Pod;
  pod.metadata.name = podName(set, ordinal);
  updateIdentity(set, pod);
  pod.metadata.labels = { ...pod.metadata.labels, [statefulSetRevisionLabel]: revision };
  const spec = (pod.spec ??= {});
  spec.hostname = pod.metadata.name;
  if (set.spec.serviceName) spec.subdomain = set.spec.serviceName;
  updateStorage(set, pod, ordinal);
  return pod;
}

/** identityMatches. */
export function identityMatches(set: StatefulSet, pod: Pod): boolean {
  const { parent, ordinal } = parentAndOrdinal(pod.metadata.name ?? "");
  return (
    ordinal >= 0 &&
    parent === set.metadata.name &&
    pod.metadata.namespace === set.metadata.namespace &&
    pod.metadata.labels?.[statefulSetPodNameLabel] === pod.metadata.name &&
    pod.metadata.labels?.[podIndexLabel] === String(ordinal)
  );
}

/** storageMatches: every claim template has its volume with the ordinal's claim. */
export function storageMatches(set: StatefulSet, pod: Pod): boolean {
  const ordinal = ordinalOf(pod);
  if (ordinal < 0) return false;
  const volumes = new Map(((pod.spec?.volumes as Volume[] | undefined) ?? []).map((v) => [v.name, v]));
  return claimsFor(set, ordinal).every((c) => volumes.get(c.template)?.persistentVolumeClaim?.claimName === c.claim.metadata.name);
}

/** Fixes identity and storage of an existing pod (UpdateStatefulPod); only labels and volumes can differ on a live pod. */
export function withIdentity(set: StatefulSet, pod: Pod): Pod {
  const copy = deepCopyJson(pod);
  updateIdentity(set, copy);
  updateStorage(set, copy, ordinalOf(copy));
  return copy;
}
