// `kubectl auth can-i VERB RESOURCE[/NAME]` (kubectl pkg/cmd/auth/cani.go):
// a SelfSubjectAccessReview answered by the RBAC authorizer
// (plugin/pkg/auth/authorizer/rbac/rbac.go, rbac/v1 evaluation_helpers.go)
// over the cluster's Roles, ClusterRoles and their bindings. Prints yes/no,
// exit 0/1. The kubeconfig's user is in system:masters, which may do anything.
import type { KubeObject } from "../../apiserver/types";
import type { CommandHandler, KubectlIO, KubectlResult } from "./command";

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

interface PolicyRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

interface Subject {
  kind: string;
  name: string;
  namespace?: string;
}

interface Binding extends KubeObject {
  roleRef: { kind: string; name: string };
  subjects?: Subject[];
}

/** Who `--as` impersonates: a service account's username carries its groups (serviceaccount/util.go). */
export function impersonatedUser(as: string, asGroups: string[]): RequestUser {
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(as);
  const groups = sa ? ["system:serviceaccounts", `system:serviceaccounts:${sa[1]}`] : [];
  return { name: as, groups: [...asGroups, ...groups, "system:authenticated"] };
}

/** The kubeadm admin user of the workstation's kubeconfig. */
export const kubeconfigUser: RequestUser = { name: "kubernetes-admin", groups: ["system:masters", "system:authenticated"] };

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

function subjectMatches(subject: Subject, user: RequestUser, bindingNamespace: string): boolean {
  if (subject.kind === "User") return subject.name === user.name;
  if (subject.kind === "Group") return user.groups.includes(subject.name);
  if (subject.kind === "ServiceAccount") {
    const namespace = subject.namespace || bindingNamespace;
    return user.name === `system:serviceaccount:${namespace}:${subject.name}`;
  }
  return false;
}

const rbac = (resource: string) => ({ group: "rbac.authorization.k8s.io", version: "v1", resource });

function rulesOf(io: KubectlIO, roleRef: Binding["roleRef"], namespace: string): PolicyRule[] {
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

function fail(stderr: string): KubectlResult {
  return { stdout: "", stderr, exitCode: 1 };
}

export const authCanICommand: CommandHandler = (cmd, io) => {
  if (cmd.flags["list"] === true) {
    if (cmd.args.length !== 0) return fail("error: list option must be specified with no arguments\n");
    return fail('error: "kubectl auth can-i --list" is not supported by this simulated cluster yet\n');
  }
  if (cmd.args.length !== 2) {
    return fail("error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n");
  }
  if (cmd.flags["no-headers"] === true) return fail("error: --no-headers cannot be set without --list specified\n");
  const [verb, target] = cmd.args as [string, string];
  const allNamespaces = cmd.flags["all-namespaces"] === true;
  const namespace = allNamespaces ? "" : cmd.changed.includes("namespace") ? String(cmd.flags["namespace"]) : io.namespace;
  let stderr = "";
  const req: AccessRequest = { verb, group: "", resource: "", subresource: String(cmd.flags["subresource"] ?? ""), name: "", namespace, nonResourcePath: "" };
  if (target.startsWith("/")) {
    req.nonResourcePath = target;
    req.namespace = "";
  } else {
    const [resourceArg = "", name = ""] = target.split(/\/(.*)/s);
    req.name = name;
    const info = resourceArg === "*" ? undefined : io.cluster.api.registry.resolveResource(resourceArg);
    if (info) {
      req.group = info.group;
      req.resource = info.resource;
    } else {
      // resourceFor: an unknown type is asked about as typed, `resource.group` split at the first dot.
      const dot = resourceArg.indexOf(".");
      req.resource = dot < 0 ? resourceArg : resourceArg.slice(0, dot);
      req.group = dot < 0 ? "" : resourceArg.slice(dot + 1);
      if (resourceArg !== "*") stderr += `Warning: the server doesn't have a resource type '${req.resource}'\n`;
    }
  }
  const as = String(cmd.flags["as"] ?? "");
  const asGroups = Array.isArray(cmd.flags["as-group"]) ? (cmd.flags["as-group"] as unknown[]).map(String) : [];
  const user = as === "" ? kubeconfigUser : impersonatedUser(as, asGroups);
  const allowed = rbacAllows(io, user, req);
  const quiet = cmd.flags["quiet"] === true;
  return { stdout: quiet ? "" : allowed ? "yes\n" : "no\n", stderr, exitCode: allowed ? 0 : 1 };
};
