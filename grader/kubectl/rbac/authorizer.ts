// The RBAC authorizer as `kubectl auth can-i` sees it through
// SelfSubjectAccessReview (plugin/pkg/auth/authorizer/rbac/rbac.go, rbac/v1
// evaluation_helpers.go) over the cluster's Roles, ClusterRoles and their
// bindings; members of system:masters may do anything (the privileged-group
// authorizer in front of RBAC).
import type { KubeObject } from "../../apiserver/types";
import type { KubectlIO } from "../commands/command";

export interface RequestUser {
  name: string;
  groups: string[];
}

export interface AccessRequest {
  verb: string;
  group: string;
  resource: string;
  subresource: string;
  name: string;
  namespace: string;
  nonResourcePath: string; // "" for a resource request
}

export interface PolicyRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface Subject {
  kind: string;
  name: string;
  namespace?: string;
}

export interface Binding extends KubeObject {
  roleRef: { kind: string; name: string };
  subjects?: Subject[];
}

/** Who `--as` impersonates: a service account's username carries its groups (serviceaccount/util.go). */
export function impersonatedUser(as: string, asGroups: string[]): RequestUser {
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(as);
  const groups = sa ? ["system:serviceaccounts", `system:serviceaccounts:${sa[1]}`] : [];
  return { name: as, groups: [...asGroups, ...groups, "system:authenticated"] };
}

/** The kubeadm admin user of the workstation's kubeconfig: admin.conf's certificate is in kubeadm:cluster-admins (kubeadm ≥ 1.29), bound to cluster-admin. */
export const kubeconfigUser: RequestUser = { name: "kubernetes-admin", groups: ["kubeadm:cluster-admins", "system:authenticated"] };

const has = (list: string[] | undefined, value: string): boolean => (list ?? []).some((v) => v === "*" || v === value);

function resourceMatches(rule: PolicyRule, resource: string, subresource: string): boolean {
  const combined = subresource ? `${resource}/${subresource}` : resource;
  return (rule.resources ?? []).some((r) => r === "*" || r === combined || (subresource !== "" && r === `*/${subresource}`));
}

function nonResourceURLMatches(rule: PolicyRule, path: string): boolean {
  return (rule.nonResourceURLs ?? []).some((u) => u === "*" || u === path || (u.endsWith("*") && path.startsWith(u.slice(0, -1))));
}

/** rbac/v1 evaluation_helpers.go RuleAllows. */
export function ruleAllows(rule: PolicyRule, req: AccessRequest): boolean {
  if (req.nonResourcePath !== "") return has(rule.verbs, req.verb) && nonResourceURLMatches(rule, req.nonResourcePath);
  return (
    has(rule.verbs, req.verb) &&
    has(rule.apiGroups, req.group) &&
    resourceMatches(rule, req.resource, req.subresource) &&
    ((rule.resourceNames ?? []).length === 0 || (rule.resourceNames ?? []).includes(req.name))
  );
}

export function subjectMatches(subject: Subject, user: RequestUser, bindingNamespace: string): boolean {
  if (subject.kind === "User") return subject.name === user.name;
  if (subject.kind === "Group") return user.groups.includes(subject.name);
  if (subject.kind === "ServiceAccount") {
    const namespace = subject.namespace || bindingNamespace;
    return user.name === `system:serviceaccount:${namespace}:${subject.name}`;
  }
  return false;
}

export const rbac = (resource: string) => ({ group: "rbac.authorization.k8s.io", version: "v1", resource });

export function rulesOf(io: KubectlIO, roleRef: Binding["roleRef"], namespace: string): PolicyRule[] {
  try {
    const role = roleRef.kind === "ClusterRole" ? io.cluster.api.get(rbac("clusterroles"), "", roleRef.name) : io.cluster.api.get(rbac("roles"), namespace, roleRef.name);
    return ((role as { rules?: PolicyRule[] }).rules ?? []) as PolicyRule[];
  } catch {
    return []; // a binding to a missing role grants nothing
  }
}

/** The RBAC authorizer's decision: ClusterRoleBindings, then the request namespace's RoleBindings. */
export function rbacAllows(io: KubectlIO, user: RequestUser, req: AccessRequest): boolean {
  if (user.groups.includes("system:masters")) return true;
  const clusterBindings = io.cluster.api.list(rbac("clusterrolebindings")).items as Binding[];
  for (const b of clusterBindings) {
    if (!(b.subjects ?? []).some((s) => subjectMatches(s, user, ""))) continue;
    if (rulesOf(io, b.roleRef, "").some((r) => ruleAllows(r, req))) return true;
  }
  if (req.namespace === "" || req.nonResourcePath !== "") return false;
  const bindings = io.cluster.api.list(rbac("rolebindings"), { namespace: req.namespace }).items as Binding[];
  for (const b of bindings) {
    if (!(b.subjects ?? []).some((s) => subjectMatches(s, user, req.namespace))) continue;
    if (rulesOf(io, b.roleRef, req.namespace).some((r) => ruleAllows(r, req))) return true;
  }
  return false;
}
