// The storage controllers of the cluster: the PV controller (binding,
// phases, reclaim), the local-path external provisioner of the default
// StorageClass, and the pvc-/pv-protection controllers.
import type { Component } from "../framework/component";
import { PersistentVolumeController } from "./controller";
import { LocalPathProvisioner } from "./local-path-provisioner";
import { PVCProtectionController, PVProtectionController } from "./protection";

export { PersistentVolumeController, externalProvisioningMessage } from "./controller";
export { LocalPathProvisioner, localPathFor, localPathProvisionerName, localPathProvisionerIdentity } from "./local-path-provisioner";
export { PVCProtectionController, PVProtectionController, podUsesClaim } from "./protection";
export * from "./annotations";

export function persistentVolumeComponents(): Component[] {
  return [new PersistentVolumeController(), new LocalPathProvisioner(), new PVCProtectionController(), new PVProtectionController()];
}
