// Namespace validation and strategy (pkg/apis/core/validation ValidateNamespace,
// pkg/registry/core/namespace/strategy.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { isQualifiedName, nameIsDNSLabel } from "../../validation/names";
import { validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { index } from "../../validation/path";

export const namespaceNameLabel = "kubernetes.io/metadata.name";

function specOf(ns: KubeObject): { finalizers?: string[] } {
  return (ns.spec ??= {}) as { finalizers?: string[] };
}

/** Every namespace carries its own name as a label, so selectors can pick namespaces by name. */
function setNameLabel(ns: KubeObject): void {
  if (!ns.metadata.name) return;
  ns.metadata.labels = { ...(ns.metadata.labels ?? {}), [namespaceNameLabel]: ns.metadata.name };
}

function validateFinalizerNames(ns: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  (specOf(ns).finalizers ?? []).forEach((f, i) => {
    const p = index("spec.finalizers", i);
    for (const msg of isQualifiedName(f)) errs.push(fieldErrors.invalid(p, f, msg));
    // A finalizer without a domain must be a standard one; "kubernetes" is the only one.
    if (!f.includes("/") && f !== "kubernetes")
      errs.push(fieldErrors.invalid(p, f, "name is neither a standard finalizer name nor is it fully qualified"));
  });
  return errs;
}

export const namespaceStrategy: Strategy = {
  prepareForCreate(ns) {
    ns.status = { phase: "Active" };
    const spec = specOf(ns);
    if (!(spec.finalizers ?? []).includes("kubernetes")) spec.finalizers = [...(spec.finalizers ?? []), "kubernetes"];
    setNameLabel(ns);
  },
  prepareForUpdate(ns, old) {
    ns.spec = old.spec;
    ns.status = old.status;
    setNameLabel(ns);
  },
  validate: (ns) => [...validateObjectMeta(ns.metadata, false, nameIsDNSLabel), ...validateFinalizerNames(ns)],
  validateUpdate: (ns, old) => validateObjectMetaUpdate(ns.metadata, old.metadata),
  prepareForStatusUpdate(ns, old) {
    ns.spec = old.spec;
  },
};
