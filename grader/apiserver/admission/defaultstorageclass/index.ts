// DefaultStorageClass (plugin/pkg/admission/storage/storageclass/setdefault and
// pkg/apis/storage/util GetDefaultClass, v1.34): a new claim that names no
// class gets the default StorageClass; with several defaults the newest wins
// (ties by name). An explicit `storageClassName: ""` is a class (none) and is kept.
import type { ClusterApi } from "../../api-interface";
import type { KubeObject } from "../../types";
import type { MutatingAdmissionPlugin } from "../interface";

export const isDefaultStorageClassAnnotation = "storageclass.kubernetes.io/is-default-class";
export const betaIsDefaultStorageClassAnnotation = "storageclass.beta.kubernetes.io/is-default-class";
/** The beta class annotation a claim may still use instead of spec.storageClassName. */
export const betaStorageClassAnnotation = "volume.beta.kubernetes.io/storage-class";

const storageClasses = { group: "storage.k8s.io", version: "v1", resource: "storageclasses" };

/** storageutil.IsDefaultAnnotation: either annotation set to "true". */
export function isDefaultStorageClass(sc: KubeObject): boolean {
  const a = sc.metadata.annotations ?? {};
  return a[isDefaultStorageClassAnnotation] === "true" || a[betaIsDefaultStorageClassAnnotation] === "true";
}

/** helper.PersistentVolumeClaimHasClass: the beta annotation or a storageClassName, even "". */
export function claimHasClass(pvc: KubeObject): boolean {
  if (pvc.metadata.annotations?.[betaStorageClassAnnotation] !== undefined) return true;
  const spec = pvc.spec as { storageClassName?: string | null } | undefined;
  return spec?.storageClassName !== undefined && spec.storageClassName !== null;
}

/** util.GetDefaultClass: the newest default class, then the first by name; undefined when none. */
export function defaultStorageClass(api: ClusterApi): KubeObject | undefined {
  const defaults = api.list(storageClasses, { readOnly: true }).items.filter(isDefaultStorageClass);
  defaults.sort((a, b) => {
    const ta = a.metadata.creationTimestamp ?? "";
    const tb = b.metadata.creationTimestamp ?? "";
    if (ta !== tb) return ta > tb ? -1 : 1;
    const na = a.metadata.name ?? "";
    const nb = b.metadata.name ?? "";
    return na < nb ? -1 : na > nb ? 1 : 0;
  });
  return defaults[0];
}

export const defaultStorageClassPlugin = {
  name: "DefaultStorageClass",
  handles: (attrs) =>
    attrs.operation === "CREATE" && attrs.subresource === "" && attrs.resource.group === "" && attrs.resource.resource === "persistentvolumeclaims",
  admit(attrs, api) {
    const pvc = attrs.object;
    if (!pvc || claimHasClass(pvc)) return;
    const def = defaultStorageClass(api);
    if (!def) return;
    pvc.spec = { ...(pvc.spec as object | undefined), storageClassName: def.metadata.name };
  },
} satisfies MutatingAdmissionPlugin;
