// Which PersistentVolume a claim binds to (component-helpers/storage/volume
// pv_helpers.go FindMatchingVolume, and the PV controller's access-mode index
// in pkg/controller/volume/persistentvolume/index.go, v1.34): volumes are
// grouped by their access-mode set; the groups that include every mode the
// claim asks for are tried from the fewest modes up, and in a group a volume
// pre-bound to the claim wins, else the smallest Available one that fits.
import { tryParseQuantity, type Quantity } from "../../apiserver/quantity";
import { labelSelectorFromMeta, labelSelectorMatches } from "../../apiserver/selectors";
import { annBetaStorageClass } from "./annotations";
import type { PersistentVolume, PersistentVolumeClaim } from "./types";

/** storagehelpers.GetPersistentVolumeClaimClass: the beta annotation wins over the field. */
export function claimClass(claim: PersistentVolumeClaim): string {
  const annotated = claim.metadata.annotations?.[annBetaStorageClass];
  if (annotated !== undefined) return annotated;
  return claim.spec?.storageClassName ?? "";
}

/** storagehelpers.GetPersistentVolumeClass. */
export function volumeClass(volume: PersistentVolume): string {
  const annotated = volume.metadata.annotations?.[annBetaStorageClass];
  if (annotated !== undefined) return annotated;
  return volume.spec?.storageClassName ?? "";
}

/** storagehelpers.IsVolumeBoundToClaim: the claimRef names the claim (and its uid, once set). */
export function isVolumeBoundToClaim(volume: PersistentVolume, claim: PersistentVolumeClaim): boolean {
  const ref = volume.spec?.claimRef;
  if (!ref) return false;
  if (ref.name !== claim.metadata.name || (ref.namespace ?? "") !== (claim.metadata.namespace ?? "")) return false;
  return !ref.uid || ref.uid === claim.metadata.uid;
}

function storageOf(resources: Record<string, string | number> | undefined): Quantity | undefined {
  const raw = resources?.storage;
  return raw === undefined ? undefined : tryParseQuantity(raw);
}

function requested(claim: PersistentVolumeClaim): bigint {
  return storageOf(claim.spec?.resources?.requests)?.value() ?? 0n;
}

function capacity(volume: PersistentVolume): bigint {
  return storageOf(volume.spec?.capacity)?.value() ?? 0n;
}

/** storagehelpers.CheckVolumeModeMismatches: unset means Filesystem on both sides. */
export function volumeModeMismatches(claim: PersistentVolumeClaim, volume: PersistentVolume): boolean {
  return (claim.spec?.volumeMode ?? "Filesystem") !== (volume.spec?.volumeMode ?? "Filesystem");
}

/** storagehelpers.CheckAccessModes: the volume offers every mode the claim asks for. */
export function hasAccessModes(claim: PersistentVolumeClaim, volume: PersistentVolume): boolean {
  const offered = new Set(volume.spec?.accessModes ?? []);
  return (claim.spec?.accessModes ?? []).every((m) => offered.has(m));
}

/**
 * checkVolumeSatisfyClaim (pv_controller.go): why a volume named in a claim's
 * volumeName cannot take it, or undefined when it can.
 */
export function volumeSatisfyClaimError(volume: PersistentVolume, claim: PersistentVolumeClaim): string | undefined {
  if (volume.metadata.deletionTimestamp) return `the volume is marked for deletion "${volume.metadata.name}"`;
  if (capacity(volume) < requested(claim)) return "requested PV is too small";
  if (volumeClass(volume) !== claimClass(claim)) return "storageClassName does not match";
  if (volumeModeMismatches(claim, volume)) return "incompatible volumeMode";
  if (!hasAccessModes(claim, volume)) return "incompatible accessMode";
  return undefined;
}

/** FindMatchingVolume over one access-mode group, for the PV controller (no node). */
function matchInGroup(claim: PersistentVolumeClaim, volumes: PersistentVolume[], delayBinding: boolean): PersistentVolume | undefined {
  const want = requested(claim);
  const wantClass = claimClass(claim);
  const selector = claim.spec?.selector ? labelSelectorFromMeta(claim.spec.selector) : undefined;
  let smallest: PersistentVolume | undefined;
  for (const volume of volumes) {
    if (volume.spec?.claimRef && !isVolumeBoundToClaim(volume, claim)) continue;
    const size = capacity(volume);
    if (size < want) continue;
    if (volumeModeMismatches(claim, volume)) continue;
    if (volume.metadata.deletionTimestamp) continue;
    if (isVolumeBoundToClaim(volume, claim)) return volume;
    // WaitForFirstConsumer: the scheduler picks unbound volumes, on the pod's node.
    if (delayBinding) continue;
    if (volume.status?.phase !== "Available") continue;
    if (selector && !labelSelectorMatches(selector, volume.metadata.labels)) continue;
    if (volumeClass(volume) !== wantClass) continue;
    if (!smallest || capacity(smallest) > size) smallest = volume;
  }
  return smallest;
}

/** findBestMatchForClaim: the access-mode groups from the fewest modes up, the first match wins. */
export function findBestMatchForClaim(claim: PersistentVolumeClaim, volumes: PersistentVolume[], delayBinding: boolean): PersistentVolume | undefined {
  const groups = new Map<string, PersistentVolume[]>();
  for (const v of volumes) {
    const key = [...new Set(v.spec?.accessModes ?? [])].sort().join(",");
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const wanted = claim.spec?.accessModes ?? [];
  const candidates = [...groups.entries()]
    .filter(([key]) => {
      const modes = key ? key.split(",") : [];
      return wanted.every((m) => modes.includes(m));
    })
    .sort(([a], [b]) => (a ? a.split(",").length : 0) - (b ? b.split(",").length : 0) || (a < b ? -1 : a > b ? 1 : 0));
  for (const [, group] of candidates) {
    // The index keeps volumes by name; iterate in that order for determinism.
    const sorted = [...group].sort((a, b) => ((a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1));
    const match = matchInGroup(claim, sorted, delayBinding);
    if (match) return match;
  }
  return undefined;
}
