// ResourceQuota validation and strategy (pkg/apis/core/validation ValidateResourceQuota,
// pkg/registry/core/resourcequota/strategy.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { isQualifiedName, nameIsDNSSubdomain } from "../../validation/names";
import { isNegativeErrorMsg, validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child, key } from "../../validation/path";
import { quantityOf } from "../../validation/resources";
import { keepSpec } from "../generation";

const standardQuotaResources = new Set([
  "pods", "services", "replicationcontrollers", "resourcequotas", "secrets", "configmaps", "persistentvolumeclaims",
  "services.nodeports", "services.loadbalancers", "cpu", "memory", "requests.cpu", "requests.memory", "limits.cpu",
  "limits.memory", "ephemeral-storage", "requests.ephemeral-storage", "limits.ephemeral-storage", "requests.storage",
]);

/** Counted resources must be whole numbers. */
const integerQuotaResources = new Set([
  "pods", "services", "replicationcontrollers", "resourcequotas", "secrets", "configmaps", "persistentvolumeclaims",
  "services.nodeports", "services.loadbalancers",
]);

const computeQuotaResources = new Set([
  "pods", "cpu", "memory", "requests.cpu", "requests.memory", "limits.cpu", "limits.memory", "ephemeral-storage",
  "requests.ephemeral-storage", "limits.ephemeral-storage",
]);

const standardScopes = ["Terminating", "NotTerminating", "BestEffort", "NotBestEffort", "PriorityClass", "CrossNamespacePodAffinity", "VolumeAttributesClass"];

function isStandardQuotaResourceName(name: string): boolean {
  return standardQuotaResources.has(name) || name.startsWith("hugepages-") || name.startsWith("requests.hugepages-");
}

function scopeValidFor(scope: string, resource: string): boolean {
  if (scope === "BestEffort") return resource === "pods";
  if (scope === "VolumeAttributesClass") return ["persistentvolumeclaims", "requests.storage"].includes(resource);
  return computeQuotaResources.has(resource);
}

interface QuotaSpec {
  hard?: Record<string, string | number>;
  scopes?: string[];
  scopeSelector?: { matchExpressions?: { scopeName?: string; operator?: string; values?: string[] }[] };
}

function validateQuotaSpec(spec: QuotaSpec, path = "spec"): FieldError[] {
  const errs: FieldError[] = [];
  const hardPath = child(path, "hard");
  const hard = spec.hard ?? {};
  for (const name of Object.keys(hard).sort()) {
    const p = key(hardPath, name);
    for (const msg of isQualifiedName(name)) errs.push(fieldErrors.invalid(p, name, msg));
    if (!name.includes("/") && !isStandardQuotaResourceName(name))
      errs.push(fieldErrors.invalid(p, name, "must be a standard resource for quota"));
    const q = quantityOf(hard[name]);
    if (!q) continue;
    if (q.sign() < 0) errs.push(fieldErrors.invalid(p, q.toString(), isNegativeErrorMsg));
    if ((integerQuotaResources.has(name) || name.startsWith("count/")) && q.milliValue() % 1000n !== 0n)
      errs.push(fieldErrors.invalid(p, q.toString(), "must be an integer"));
  }
  const scopes = spec.scopes ?? [];
  const scopesPath = child(path, "scopes");
  for (const scope of scopes) {
    if (!standardScopes.includes(scope)) errs.push(fieldErrors.invalid(scopesPath, scopes, "unsupported scope"));
    for (const name of Object.keys(hard).sort())
      if (isStandardQuotaResourceName(name) && !scopeValidFor(scope, name))
        errs.push(fieldErrors.invalid(scopesPath, scopes, "unsupported scope applied to resource"));
  }
  for (const [a, b] of [["BestEffort", "NotBestEffort"], ["Terminating", "NotTerminating"]])
    if (scopes.includes(a) && scopes.includes(b)) errs.push(fieldErrors.invalid(scopesPath, scopes, "conflicting scopes"));
  return errs;
}

export const resourceQuotaStrategy: Strategy = {
  prepareForCreate(q) {
    delete q.status;
  },
  prepareForUpdate(q, old) {
    q.status = old.status;
    if (q.status === undefined) delete q.status;
  },
  validate: (q: KubeObject) => [...validateObjectMeta(q.metadata, true, nameIsDNSSubdomain), ...validateQuotaSpec((q.spec ?? {}) as QuotaSpec)],
  validateUpdate: (q, old) => [...validateObjectMetaUpdate(q.metadata, old.metadata), ...validateQuotaSpec((q.spec ?? {}) as QuotaSpec)],
  prepareForStatusUpdate: (q, old) => keepSpec(q, old),
};
