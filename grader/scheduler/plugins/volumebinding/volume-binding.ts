// VolumeBinding (pkg/scheduler/framework/plugins/volumebinding/volume_binding.go
// and binder.go): PreFilter sorts the pod's claims into bound, to-bind-later
// (WaitForFirstConsumer) and unbound-immediate (rejected: the PV controller
// must bind them first); Filter checks bound PVs' node affinity and that each
// delayed claim has a matching PV on the node or a provisioner.
import type { Node, PersistentVolume, PersistentVolumeClaim, Pod } from "../../framework/api-types";
import type { FilterPlugin, PreFilterPlugin } from "../../framework/interface";
import { anyTermMatches } from "../../framework/node-selector";
import { quantityValue } from "../../framework/resources";
import type { ClusterSnapshot } from "../../framework/snapshot";
import { newStatus } from "../../framework/status";
import { names } from "../../names";

export const errReasonBindConflict = "node(s) didn't find available persistent volumes to bind";
export const errReasonNodeConflict = "node(s) had volume node affinity conflict";
export const errReasonNotEnoughSpace = "node(s) did not have enough free storage";
export const errReasonPVNotExist = "node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)";
export const errReasonUnboundImmediate = "pod has unbound immediate PersistentVolumeClaims";

export function errReasonClaimNotFound(name: string): string {
  return `persistentvolumeclaim "${name}" not found`;
}

export function errReasonClaimBeingDeleted(name: string): string {
  return `persistentvolumeclaim "${name}" is being deleted`;
}

/** volume.NotSupportedProvisioner: a class that never provisions (local volumes). */
export const notSupportedProvisioner = "kubernetes.io/no-provisioner";

const preFilterStateKey = "PreFilter" + names.VolumeBinding;

interface PodVolumeClaims {
  bound: PersistentVolumeClaim[];
  delayed: PersistentVolumeClaim[];
}

/** storagehelpers.GetPersistentVolumeClaimClass: the beta annotation wins over the field. */
function claimClass(pvc: PersistentVolumeClaim): string {
  const annotated = pvc.metadata.annotations?.["volume.beta.kubernetes.io/storage-class"];
  if (annotated !== undefined) return annotated;
  return pvc.spec?.storageClassName ?? "";
}

function isDelayBinding(pvc: PersistentVolumeClaim, snapshot: ClusterSnapshot): boolean {
  const name = claimClass(pvc);
  if (!name) return false;
  // A missing class reads as Immediate (volume.IsDelayBindingMode).
  return snapshot.storageClasses.get(name)?.volumeBindingMode === "WaitForFirstConsumer";
}

/** The claim names a pod's volumes refer to (generic ephemeral volumes are named <pod>-<volume>). */
function claimNames(pod: Pod): string[] {
  const out: string[] = [];
  for (const v of pod.spec?.volumes ?? []) {
    if (v.persistentVolumeClaim) out.push(v.persistentVolumeClaim.claimName);
    else if (v.ephemeral) out.push(`${pod.metadata.name ?? ""}-${v.name}`);
  }
  return out;
}

function storageRequest(pvc: PersistentVolumeClaim): number {
  const raw = pvc.spec?.resources?.requests?.storage;
  return raw === undefined ? 0 : quantityValue("storage", raw);
}

function pvMatchesClaim(pv: PersistentVolume, pvc: PersistentVolumeClaim, node: Node): boolean {
  const ref = pv.spec?.claimRef;
  if (ref && !(ref.name === pvc.metadata.name && (ref.namespace ?? "") === (pvc.metadata.namespace ?? "default"))) return false;
  if (pv.metadata.deletionTimestamp || (pv.status?.phase && pv.status.phase !== "Available" && !ref)) return false;
  if ((pv.spec?.storageClassName ?? "") !== claimClass(pvc)) return false;
  if ((pv.spec?.volumeMode ?? "Filesystem") !== (pvc.spec?.volumeMode ?? "Filesystem")) return false;
  const modes = pv.spec?.accessModes ?? [];
  if (!(pvc.spec?.accessModes ?? []).every((m) => modes.includes(m))) return false;
  const capacity = pv.spec?.capacity?.storage;
  if (capacity === undefined || quantityValue("storage", capacity) < storageRequest(pvc)) return false;
  const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  return !terms || anyTermMatches(terms, node);
}

/** What binding the pod's delayed claims on `node` would take: a static PV each, or provisioning. */
export function delayedClaimDecisions(
  claims: PersistentVolumeClaim[],
  node: Node,
  snapshot: ClusterSnapshot,
): { staticBindings: { claim: PersistentVolumeClaim; pv: PersistentVolume }[]; toProvision: PersistentVolumeClaim[]; satisfied: boolean } {
  const chosen = new Set<string>();
  const staticBindings: { claim: PersistentVolumeClaim; pv: PersistentVolume }[] = [];
  const toProvision: PersistentVolumeClaim[] = [];
  const pvs = [...snapshot.pvs.values()].sort(
    (a, b) => quantityValue("storage", a.spec?.capacity?.storage ?? 0) - quantityValue("storage", b.spec?.capacity?.storage ?? 0),
  );
  for (const claim of claims) {
    // The smallest PV that fits, as FindMatchingVolume picks it.
    const pv = pvs.find((v) => !chosen.has(v.metadata.name ?? "") && pvMatchesClaim(v, claim, node));
    if (pv) {
      chosen.add(pv.metadata.name ?? "");
      staticBindings.push({ claim, pv });
    } else toProvision.push(claim);
  }
  for (const claim of toProvision) {
    const provisioner = snapshot.storageClasses.get(claimClass(claim))?.provisioner ?? "";
    if (!provisioner || provisioner === notSupportedProvisioner) return { staticBindings, toProvision, satisfied: false };
  }
  return { staticBindings, toProvision, satisfied: true };
}

export function newVolumeBinding(handle: { snapshot(): ClusterSnapshot }) {
  return {
    name: names.VolumeBinding,
    preFilter(state, pod, snapshot) {
      const namesOfClaims = claimNames(pod);
      if (namesOfClaims.length === 0) return { status: newStatus("Skip") };
      const claims: PodVolumeClaims = { bound: [], delayed: [] };
      let unboundImmediate = false;
      for (const name of namesOfClaims) {
        const pvc = snapshot.pvcs.get(`${pod.metadata.namespace ?? "default"}/${name}`);
        if (!pvc) return { status: newStatus("UnschedulableAndUnresolvable", errReasonClaimNotFound(name)) };
        if (pvc.metadata.deletionTimestamp) return { status: newStatus("UnschedulableAndUnresolvable", errReasonClaimBeingDeleted(name)) };
        if (pvc.spec?.volumeName) claims.bound.push(pvc);
        else if (isDelayBinding(pvc, snapshot)) claims.delayed.push(pvc);
        else unboundImmediate = true;
      }
      if (unboundImmediate) return { status: newStatus("UnschedulableAndUnresolvable", errReasonUnboundImmediate) };
      state.write(preFilterStateKey, claims);
      return {};
    },
    filter(state, _pod, nodeInfo) {
      const claims = state.read<PodVolumeClaims>(preFilterStateKey);
      const snapshot = handle.snapshot();
      let boundSatisfied = true;
      let boundFound = true;
      for (const pvc of claims.bound) {
        const pv = snapshot.pvs.get(pvc.spec?.volumeName ?? "");
        if (!pv) {
          boundFound = false;
          break;
        }
        const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms;
        if (terms && !anyTermMatches(terms, nodeInfo.node)) {
          boundSatisfied = false;
          break;
        }
      }
      let staticSatisfied = true;
      if (boundSatisfied && boundFound && claims.delayed.length > 0) {
        staticSatisfied = delayedClaimDecisions(claims.delayed, nodeInfo.node, snapshot).satisfied;
      }
      const reasons: string[] = [];
      if (!boundSatisfied) reasons.push(errReasonNodeConflict);
      if (!boundFound) reasons.push(errReasonPVNotExist);
      if (!staticSatisfied) reasons.push(errReasonBindConflict);
      return reasons.length ? newStatus("UnschedulableAndUnresolvable", ...reasons) : undefined;
    },
  } satisfies PreFilterPlugin & FilterPlugin;
}
