// RBAC validation (pkg/apis/rbac/validation/validation.go, v1.34): Role, ClusterRole,
// RoleBinding, ClusterRoleBinding.
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { deepEqual } from "../../validation/deep-equal";
import { isDNS1123Subdomain, nameIsPathSegment } from "../../validation/names";
import { validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child, index } from "../../validation/path";

const rbacGroup = "rbac.authorization.k8s.io";

interface PolicyRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

interface Subject {
  kind?: string;
  apiGroup?: string;
  name?: string;
  namespace?: string;
}

interface RoleRef {
  apiGroup?: string;
  kind?: string;
  name?: string;
}

function validatePolicyRule(rule: PolicyRule, namespaced: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!rule.verbs?.length) errs.push(fieldErrors.required(child(path, "verbs"), "verbs must contain at least one value"));
  if (rule.nonResourceURLs?.length) {
    if (namespaced)
      errs.push(fieldErrors.invalid(child(path, "nonResourceURLs"), rule.nonResourceURLs, "namespaced rules cannot apply to non-resource URLs"));
    if (rule.apiGroups?.length || rule.resources?.length || rule.resourceNames?.length)
      errs.push(
        fieldErrors.invalid(child(path, "nonResourceURLs"), rule.nonResourceURLs, "rules cannot apply to both regular resources and non-resource URLs"),
      );
    return errs;
  }
  if (!rule.apiGroups?.length) errs.push(fieldErrors.required(child(path, "apiGroups"), "resource rules must supply at least one api group"));
  if (!rule.resources?.length) errs.push(fieldErrors.required(child(path, "resources"), "resource rules must supply at least one resource"));
  return errs;
}

function validateRules(obj: KubeObject, namespaced: boolean): FieldError[] {
  const errs: FieldError[] = [];
  ((obj.rules ?? []) as PolicyRule[]).forEach((r, i) => errs.push(...validatePolicyRule(r, namespaced, index("rules", i))));
  return errs;
}

function validateSubject(s: Subject, namespaced: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!s.name) errs.push(fieldErrors.required(child(path, "name")));
  switch (s.kind) {
    case "ServiceAccount":
      if (s.name) for (const msg of isDNS1123Subdomain(s.name)) errs.push(fieldErrors.invalid(child(path, "name"), s.name, msg));
      if (s.apiGroup) errs.push(fieldErrors.notSupported(child(path, "apiGroup"), s.apiGroup, [""]));
      if (!namespaced && !s.namespace) errs.push(fieldErrors.required(child(path, "namespace")));
      break;
    case "User":
    case "Group":
      if (s.apiGroup !== rbacGroup) errs.push(fieldErrors.notSupported(child(path, "apiGroup"), s.apiGroup ?? "", [rbacGroup]));
      break;
    default:
      errs.push(fieldErrors.notSupported(child(path, "kind"), s.kind ?? "", ["ServiceAccount", "User", "Group"]));
  }
  return errs;
}

function validateBinding(obj: KubeObject, namespaced: boolean): FieldError[] {
  const errs = validateObjectMeta(obj.metadata, namespaced, nameIsPathSegment);
  const ref = (obj.roleRef ?? {}) as RoleRef;
  if (ref.apiGroup !== rbacGroup) errs.push(fieldErrors.notSupported(child("roleRef", "apiGroup"), ref.apiGroup ?? "", [rbacGroup]));
  const kinds = namespaced ? ["Role", "ClusterRole"] : ["ClusterRole"];
  if (!kinds.includes(ref.kind ?? "")) errs.push(fieldErrors.notSupported(child("roleRef", "kind"), ref.kind ?? "", kinds));
  if (!ref.name) errs.push(fieldErrors.required(child("roleRef", "name")));
  else for (const msg of nameIsPathSegment(ref.name, false)) errs.push(fieldErrors.invalid(child("roleRef", "name"), ref.name, msg));
  ((obj.subjects ?? []) as Subject[]).forEach((s, i) => errs.push(...validateSubject(s, namespaced, index("subjects", i))));
  return errs;
}

function validateBindingUpdate(obj: KubeObject, old: KubeObject, namespaced: boolean): FieldError[] {
  const errs = validateBinding(obj, namespaced);
  errs.push(...validateObjectMetaUpdate(obj.metadata, old.metadata));
  const ref = (obj.roleRef ?? {}) as RoleRef;
  if (!deepEqual(ref, old.roleRef))
    // The bad value is the internal rbac.RoleRef (Go field names).
    errs.push(fieldErrors.invalid("roleRef", { APIGroup: ref.apiGroup ?? "", Kind: ref.kind ?? "", Name: ref.name ?? "" }, "cannot change roleRef"));
  return errs;
}

function roleStrategy(namespaced: boolean): Strategy {
  return {
    validate: (r) => [...validateObjectMeta(r.metadata, namespaced, nameIsPathSegment), ...validateRules(r, namespaced)],
    validateUpdate: (r, old) => [...validateObjectMetaUpdate(r.metadata, old.metadata), ...validateRules(r, namespaced)],
  };
}

function bindingStrategy(namespaced: boolean): Strategy {
  return {
    validate: (b) => validateBinding(b, namespaced),
    validateUpdate: (b, old) => validateBindingUpdate(b, old, namespaced),
  };
}

export const roleStrategyNamespaced = roleStrategy(true);
export const clusterRoleStrategy = roleStrategy(false);
export const roleBindingStrategy = bindingStrategy(true);
export const clusterRoleBindingStrategy = bindingStrategy(false);
