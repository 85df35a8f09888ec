// The annotations the PV controller, the scheduler and external provisioners
// talk through (component-helpers/storage/volume/helpers.go, v1.34).

/** On a claim: the controller has finished binding it (never removed afterwards). */
export const annBindCompleted = "pv.kubernetes.io/bind-completed";
/** On a claim or volume: the controller (not the user) set volumeName / claimRef. */
export const annBoundByController = "pv.kubernetes.io/bound-by-controller";
/** On a WaitForFirstConsumer claim: the node the scheduler picked for its first pod. */
export const annSelectedNode = "volume.kubernetes.io/selected-node";
/** On a claim: which external provisioner is asked to provision it (the beta key is still written). */
export const annStorageProvisioner = "volume.kubernetes.io/storage-provisioner";
export const annBetaStorageProvisioner = "volume.beta.kubernetes.io/storage-provisioner";
/** On a volume: the provisioner that created it. */
export const annDynamicallyProvisioned = "pv.kubernetes.io/provisioned-by";
/** The beta class annotation, which wins over spec.storageClassName on claims and volumes. */
export const annBetaStorageClass = "volume.beta.kubernetes.io/storage-class";

/** The protection finalizers (pkg/volume/util). */
export const pvcProtectionFinalizer = "kubernetes.io/pvc-protection";
export const pvProtectionFinalizer = "kubernetes.io/pv-protection";

/** The PV controller's event source and resync period (--pvclaimbinder-sync-period). */
export const pvControllerName = "persistentvolume-controller";
export const pvControllerResyncMs = 15_000;
