// PriorityClass validation (pkg/apis/scheduling/validation/validation.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { nameIsDNSSubdomain } from "../../validation/names";
import { validateImmutableField, validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";

const highestUserDefinablePriority = 1000000000;
const systemPriorityClasses: Record<string, number> = { "system-node-critical": 2000001000, "system-cluster-critical": 2000000000 };
const preemptionPolicies = ["Never", "PreemptLowerPriority"];

function validatePriorityClass(pc: KubeObject): FieldError[] {
  const errs = validateObjectMeta(pc.metadata, false, nameIsDNSSubdomain);
  const name = pc.metadata.name ?? "";
  const value = (pc.value as number | undefined) ?? 0;
  if (name.startsWith("system-")) {
    const known = systemPriorityClasses[name];
    let err = "";
    if (known === undefined) err = `${name} is not a known system priority class`;
    else if (known !== value) err = `value of ${name} PriorityClass must be ${known}`;
    if (err)
      errs.push(fieldErrors.forbidden("metadata.name", `priority class names with 'system-' prefix are reserved for system use only. error: ${err}`));
  } else if (value > highestUserDefinablePriority) {
    errs.push(fieldErrors.forbidden("value", `maximum allowed value of a user defined priority is ${highestUserDefinablePriority}`));
  }
  const pp = pc.preemptionPolicy as string | undefined;
  if (pp !== undefined && !preemptionPolicies.includes(pp)) errs.push(fieldErrors.notSupported("preemptionPolicy", pp, preemptionPolicies));
  return errs;
}

export const priorityClassStrategy: Strategy = {
  validate: validatePriorityClass,
  validateUpdate(pc, old) {
    const errs = validateObjectMetaUpdate(pc.metadata, old.metadata);
    if (pc.value !== old.value) errs.push(fieldErrors.forbidden("value", "may not be changed in an update."));
    errs.push(...validateImmutableField(pc.preemptionPolicy, old.preemptionPolicy, "preemptionPolicy"));
    return errs;
  },
};
