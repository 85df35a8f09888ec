// PersistentVolume and PersistentVolumeClaim validation (pkg/apis/core/validation
// ValidatePersistentVolume / ValidatePersistentVolumeClaim, v1.34) — the basics.
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { deepEqual } from "../../validation/deep-equal";
import { goCmpDiff } from "../../validation/go-diff";
import { validateLabelSelector, type LabelSelector } from "../../validation/label-selector";
import { isDNS1123Subdomain, nameIsDNSSubdomain } from "../../validation/names";
import { validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child, key } from "../../validation/path";
import { quantityOf } from "../../validation/resources";
import { keepSpec } from "../generation";

const accessModes = ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"];
const volumeModes = ["Block", "Filesystem"];
const reclaimPolicies = ["Delete", "Recycle", "Retain"];
const pvSources = ["hostPath", "local", "nfs", "csi", "iscsi", "fc", "gcePersistentDisk", "awsElasticBlockStore", "azureDisk", "azureFile", "cephfs", "rbd", "cinder", "glusterfs", "flexVolume", "vsphereVolume", "portworxVolume", "scaleIO", "storageos", "photonPersistentDisk", "quobyte", "flocker"];

function validatePositiveQuantity(v: string | number | undefined, path: string): FieldError[] {
  const q = quantityOf(v);
  return q && q.sign() <= 0 ? [fieldErrors.invalid(path, q.toString(), "must be greater than zero")] : [];
}

function validateAccessModes(modes: string[] | undefined, path: string, detail: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!modes?.length) errs.push(fieldErrors.required(path, detail));
  for (const m of modes ?? []) if (!accessModes.includes(m)) errs.push(fieldErrors.notSupported(path, m, accessModes));
  return errs;
}

function validateClassName(name: string | undefined, path: string): FieldError[] {
  return name ? isDNS1123Subdomain(name).map((msg) => fieldErrors.invalid(path, name, msg)) : [];
}

interface PVSpec {
  accessModes?: string[];
  capacity?: Record<string, string | number>;
  storageClassName?: string;
  persistentVolumeReclaimPolicy?: string;
  volumeMode?: string;
  [source: string]: unknown;
}

function validatePV(pv: KubeObject): FieldError[] {
  const errs = validateObjectMeta(pv.metadata, false, nameIsDNSSubdomain);
  const spec = (pv.spec ?? {}) as PVSpec;
  errs.push(...validateAccessModes(spec.accessModes, child("spec", "accessModes"), ""));
  const capacity = spec.capacity ?? {};
  const capPath = child("spec", "capacity");
  if (Object.keys(capacity).length === 0) errs.push(fieldErrors.required(capPath));
  if (!("storage" in capacity) || Object.keys(capacity).length > 1) errs.push(fieldErrors.notSupported(capPath, capacity, ["storage"]));
  for (const r of Object.keys(capacity).sort()) errs.push(...validatePositiveQuantity(capacity[r], key(capPath, r)));
  errs.push(...validateClassName(spec.storageClassName, child("spec", "storageClassName")));
  if (spec.persistentVolumeReclaimPolicy && !reclaimPolicies.includes(spec.persistentVolumeReclaimPolicy))
    errs.push(fieldErrors.notSupported(child("spec", "persistentVolumeReclaimPolicy"), spec.persistentVolumeReclaimPolicy, reclaimPolicies));
  const sources = pvSources.filter((s) => spec[s] !== undefined && spec[s] !== null);
  if (sources.length === 0) errs.push(fieldErrors.required("spec", "must specify a volume type"));
  for (const s of sources.slice(1)) errs.push(fieldErrors.forbidden(child("spec", s), "may not specify more than 1 volume type"));
  if (sources[0] === "hostPath" && !(spec.hostPath as { path?: string }).path) errs.push(fieldErrors.required(child("spec", "hostPath", "path")));
  if (spec.volumeMode !== undefined && !volumeModes.includes(spec.volumeMode))
    errs.push(fieldErrors.notSupported(child("spec", "volumeMode"), spec.volumeMode, volumeModes));
  return errs;
}

interface PVCSpec {
  accessModes?: string[];
  selector?: LabelSelector;
  resources?: { requests?: Record<string, string | number> };
  storageClassName?: string;
  volumeMode?: string;
  volumeName?: string;
  [field: string]: unknown;
}

function validatePVCSpec(spec: PVCSpec): FieldError[] {
  const errs = validateAccessModes(spec.accessModes, child("spec", "accessModes"), "at least 1 access mode is required");
  if (spec.selector) errs.push(...validateLabelSelector(spec.selector, child("spec", "selector")));
  const storagePath = key(child("spec", "resources"), "storage");
  const storage = spec.resources?.requests?.storage;
  if (storage === undefined) errs.push(fieldErrors.required(storagePath));
  else errs.push(...validatePositiveQuantity(storage, storagePath));
  errs.push(...validateClassName(spec.storageClassName, child("spec", "storageClassName")));
  if (spec.volumeMode !== undefined && !volumeModes.includes(spec.volumeMode))
    errs.push(fieldErrors.notSupported(child("spec", "volumeMode"), spec.volumeMode, volumeModes));
  return errs;
}

function validatePVCUpdate(pvc: KubeObject, old: KubeObject): FieldError[] {
  const errs = validateObjectMetaUpdate(pvc.metadata, old.metadata);
  const spec = (pvc.spec ?? {}) as PVCSpec;
  const oldSpec = (old.spec ?? {}) as PVCSpec;
  errs.push(...validatePVCSpec(spec));
  // Only the storage request (expansion) and the volumeAttributesClassName may change.
  const strip = (s: PVCSpec) => ({ ...s, resources: { ...s.resources, requests: undefined }, volumeAttributesClassName: undefined });
  // The PV controller sets volumeName once, on an unbound claim (ValidatePersistentVolumeClaimUpdate).
  const oldForCompare = oldSpec.volumeName || !spec.volumeName ? oldSpec : { ...oldSpec, volumeName: spec.volumeName };
  // A claim the controller bound in the meantime may gain a volumeName the client did not send.
  if (!spec.volumeName && oldSpec.volumeName) spec.volumeName = oldSpec.volumeName;
  if (!deepEqual(strip(spec), strip(oldForCompare)))
    errs.push(
      fieldErrors.forbidden(
        "spec",
        `spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n${goCmpDiff("core.PersistentVolumeClaimSpec", oldSpec, spec)}`,
      ),
    );
  const q = quantityOf(spec.resources?.requests?.storage);
  const oldQ = quantityOf(oldSpec.resources?.requests?.storage);
  if (q && oldQ && q.cmp(oldQ) < 0)
    errs.push(fieldErrors.forbidden(key(child("spec", "resources", "requests"), "storage"), "field can not be less than status.capacity"));
  return errs;
}

export const persistentVolumeStrategy: Strategy = {
  prepareForCreate(pv) {
    pv.status = { phase: "Pending" };
  },
  prepareForUpdate(pv, old) {
    pv.status = old.status;
  },
  validate: validatePV,
  validateUpdate: (pv, old) => [...validateObjectMetaUpdate(pv.metadata, old.metadata), ...validatePV(pv).filter((e) => !e.field.startsWith("metadata"))],
  prepareForStatusUpdate: (pv, old) => keepSpec(pv, old),
};

export const persistentVolumeClaimStrategy: Strategy = {
  prepareForCreate(pvc) {
    pvc.status = { phase: "Pending" };
  },
  prepareForUpdate(pvc, old) {
    pvc.status = old.status;
  },
  validate: (pvc) => [...validateObjectMeta(pvc.metadata, true, nameIsDNSSubdomain), ...validatePVCSpec((pvc.spec ?? {}) as PVCSpec)],
  validateUpdate: validatePVCUpdate,
  prepareForStatusUpdate: (pvc, old) => keepSpec(pvc, old),
};
