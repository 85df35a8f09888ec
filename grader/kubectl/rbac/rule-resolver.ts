// DefaultRuleResolver.RulesFor (pkg/registry/rbac/validation/rule.go
// VisitRulesFor): every rule of the roles bound to a user, ClusterRoleBindings
// first, then the RoleBindings of the namespace. A binding to a missing role
// adds nothing (the RBAC authorizer reports it as an error, not as incomplete).
import type { KubectlIO } from "../commands/command";
import { rbac, rulesOf, subjectMatches, type Binding, type PolicyRule, type RequestUser } from "./authorizer";

export function rulesFor(io: KubectlIO, user: RequestUser, namespace: string): PolicyRule[] {
  const rules: PolicyRule[] = [];
  for (const b of io.cluster.api.list(rbac("clusterrolebindings"), { readOnly: true }).items as Binding[]) {
    if ((b.subjects ?? []).some((s) => subjectMatches(s, user, ""))) rules.push(...rulesOf(io, b.roleRef, ""));
  }
  if (namespace !== "") {
    for (const b of io.cluster.api.list(rbac("rolebindings"), { namespace, readOnly: true }).items as Binding[]) {
      if ((b.subjects ?? []).some((s) => subjectMatches(s, user, namespace))) rules.push(...rulesOf(io, b.roleRef, namespace));
    }
  }
  return rules;
}
