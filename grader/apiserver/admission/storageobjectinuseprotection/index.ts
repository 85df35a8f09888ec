// StorageObjectInUseProtection (plugin/pkg/admission/storage/storageobjectinuseprotection,
// v1.34): every new PersistentVolume and PersistentVolumeClaim gets its
// protection finalizer; the pv-protection and pvc-protection controllers remove
// it once nothing uses the object, so a claim in use stays Terminating.
import type { MutatingAdmissionPlugin } from "../interface";

/** volumeutil.PVCProtectionFinalizer and PVProtectionFinalizer. */
export const pvcProtectionFinalizer = "kubernetes.io/pvc-protection";
export const pvProtectionFinalizer = "kubernetes.io/pv-protection";

const finalizerOf: Record<string, string> = {
  persistentvolumes: pvProtectionFinalizer,
  persistentvolumeclaims: pvcProtectionFinalizer,
};

export const storageObjectInUseProtectionPlugin = {
  name: "StorageObjectInUseProtection",
  handles: (attrs) => attrs.operation === "CREATE" && attrs.subresource === "" && attrs.resource.group === "" && Object.hasOwn(finalizerOf, attrs.resource.resource),
  admit(attrs) {
    const obj = attrs.object;
    if (!obj) return;
    const finalizer = finalizerOf[attrs.resource.resource];
    const finalizers = obj.metadata.finalizers ?? [];
    if (!finalizers.includes(finalizer)) obj.metadata.finalizers = [...finalizers, finalizer];
  },
} satisfies MutatingAdmissionPlugin;
