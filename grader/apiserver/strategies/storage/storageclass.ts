// StorageClass validation (pkg/apis/storage/validation/validation.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { deepEqual } from "../../validation/deep-equal";
import { isQualifiedName, nameIsDNSSubdomain } from "../../validation/names";
import { validateImmutableField, validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";

const reclaimPolicies = ["Delete", "Retain"];
const bindingModes = ["Immediate", "WaitForFirstConsumer"];

function validateStorageClass(sc: KubeObject): FieldError[] {
  const errs = validateObjectMeta(sc.metadata, false, nameIsDNSSubdomain);
  const provisioner = (sc.provisioner as string | undefined) ?? "";
  if (!provisioner) errs.push(fieldErrors.required("provisioner"));
  else for (const msg of isQualifiedName(provisioner.toLowerCase())) errs.push(fieldErrors.invalid("provisioner", provisioner, msg));
  const rp = sc.reclaimPolicy as string | undefined;
  if (rp !== undefined && !reclaimPolicies.includes(rp)) errs.push(fieldErrors.notSupported("reclaimPolicy", rp, reclaimPolicies));
  const bm = sc.volumeBindingMode as string | undefined;
  if (bm === undefined) errs.push(fieldErrors.required("volumeBindingMode"));
  else if (!bindingModes.includes(bm)) errs.push(fieldErrors.notSupported("volumeBindingMode", bm, bindingModes));
  return errs;
}

export const storageClassStrategy: Strategy = {
  validate: validateStorageClass,
  validateUpdate(sc, old) {
    const errs = validateObjectMetaUpdate(sc.metadata, old.metadata);
    if (!deepEqual(sc.parameters, old.parameters)) errs.push(fieldErrors.forbidden("parameters", "updates to parameters are forbidden."));
    if (sc.provisioner !== old.provisioner) errs.push(fieldErrors.forbidden("provisioner", "updates to provisioner are forbidden."));
    if (sc.reclaimPolicy !== old.reclaimPolicy) errs.push(fieldErrors.forbidden("reclaimPolicy", "updates to reclaimPolicy are forbidden."));
    errs.push(...validateImmutableField(sc.volumeBindingMode, old.volumeBindingMode, "volumeBindingMode"));
    errs.push(...validateStorageClass(sc).filter((e) => !e.field.startsWith("metadata")));
    return errs;
  },
};
