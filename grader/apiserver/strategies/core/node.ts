// Node validation (pkg/apis/core/validation ValidateNode, validateNodeTaints, v1.34) — taints and metadata.
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { isValidLabelValue, nameIsDNSSubdomain } from "../../validation/names";
import { validateLabelName, validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child, index } from "../../validation/path";
import { keepSpec } from "../generation";

interface Taint {
  key?: string;
  value?: string;
  effect?: string;
  timeAdded?: string;
}

const effects = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

export function validateTaints(taints: Taint[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  (taints ?? []).forEach((t, i) => {
    const p = index(path, i);
    errs.push(...validateLabelName(t.key ?? "", child(p, "key")));
    const valueErrs = isValidLabelValue(t.value ?? "");
    if (valueErrs.length) errs.push(fieldErrors.invalid(child(p, "value"), t.value ?? "", valueErrs.join(";")));
    if (!t.effect) errs.push(fieldErrors.required(child(p, "effect")));
    else if (!effects.includes(t.effect)) errs.push(fieldErrors.notSupported(child(p, "effect"), t.effect, effects));
    const k = `${t.effect}\u0000${t.key}`;
    if (seen.has(k)) {
      // The bad value is the internal core.Taint (Go field names).
      const dup = fieldErrors.duplicate(p, { Key: t.key ?? "", Value: t.value ?? "", Effect: t.effect ?? "", TimeAdded: t.timeAdded ?? null });
      dup.detail = "taints must be unique by key and effect pair";
      errs.push(dup);
      return;
    }
    seen.add(k);
  });
  return errs;
}

function taintsOf(node: KubeObject): Taint[] | undefined {
  return (node.spec as { taints?: Taint[] } | undefined)?.taints;
}

export const nodeStrategy: Strategy = {
  prepareForCreate(node) {
    delete node.status;
  },
  prepareForUpdate(node, old) {
    node.status = old.status;
    if (node.status === undefined) delete node.status;
  },
  validate: (node) => [...validateObjectMeta(node.metadata, false, nameIsDNSSubdomain), ...validateTaints(taintsOf(node), "spec.taints")],
  validateUpdate: (node, old) => [...validateObjectMetaUpdate(node.metadata, old.metadata), ...validateTaints(taintsOf(node), "spec.taints")],
  prepareForStatusUpdate: (node, old) => keepSpec(node, old),
};
