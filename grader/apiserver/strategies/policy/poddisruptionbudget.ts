// PodDisruptionBudget validation (pkg/apis/policy/validation ValidatePodDisruptionBudgetSpec,
// pkg/registry/policy/poddisruptionbudget/strategy.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { goLabelSelector, type LabelSelector } from "../../validation/go-value";
import { isNotMoreThan100Percent, validatePositiveIntOrPercent, type IntOrPercent } from "../../validation/int-or-percent";
import { validateLabelSelector } from "../../validation/label-selector";
import { nameIsDNSSubdomain } from "../../validation/names";
import { validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child } from "../../validation/path";
import { keepSpec, keepStatusAndBumpGeneration, resetForCreate } from "../generation";

interface PDBSpec {
  minAvailable?: IntOrPercent;
  maxUnavailable?: IntOrPercent;
  selector?: LabelSelector;
  unhealthyPodEvictionPolicy?: string;
}

const evictionPolicies = ["AlwaysAllow", "IfHealthyBudget"];

function validateSpec(spec: PDBSpec, path = "spec"): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined)
    // The bad value is the internal policy.PodDisruptionBudgetSpec (Go field names; the selector has json tags).
    errs.push(
      fieldErrors.invalid(
        path,
        {
          MinAvailable: spec.minAvailable,
          Selector: goLabelSelector(spec.selector),
          MaxUnavailable: spec.maxUnavailable,
          UnhealthyPodEvictionPolicy: spec.unhealthyPodEvictionPolicy ?? null,
        },
        "minAvailable and maxUnavailable cannot be both set",
      ),
    );
  for (const f of ["minAvailable", "maxUnavailable"] as const)
    if (spec[f] !== undefined) {
      errs.push(...validatePositiveIntOrPercent(spec[f], child(path, f)));
      errs.push(...isNotMoreThan100Percent(spec[f], child(path, f)));
    }
  errs.push(...validateLabelSelector(spec.selector, child(path, "selector")));
  if (spec.unhealthyPodEvictionPolicy !== undefined && !evictionPolicies.includes(spec.unhealthyPodEvictionPolicy))
    errs.push(fieldErrors.notSupported(child(path, "unhealthyPodEvictionPolicy"), spec.unhealthyPodEvictionPolicy, evictionPolicies));
  return errs;
}

function specOf(o: KubeObject): PDBSpec {
  return (o.spec ?? {}) as PDBSpec;
}

export const podDisruptionBudgetStrategy: Strategy = {
  prepareForCreate: (pdb) => resetForCreate(pdb),
  prepareForUpdate: (pdb, old) => keepStatusAndBumpGeneration(pdb, old),
  validate: (pdb) => [...validateObjectMeta(pdb.metadata, true, nameIsDNSSubdomain), ...validateSpec(specOf(pdb))],
  validateUpdate: (pdb, old) => [...validateObjectMetaUpdate(pdb.metadata, old.metadata), ...validateSpec(specOf(pdb))],
  prepareForStatusUpdate: (pdb, old) => keepSpec(pdb, old),
};
