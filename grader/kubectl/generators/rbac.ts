// create role / clusterrole / rolebinding / clusterrolebinding
// (pkg/cmd/create/create_role.go, create_clusterrole.go, create_rolebinding.go, create_clusterrolebinding.go).
import type { KubeObject } from "../../apiserver/types";
import type { ParsedCommand } from "../parse-args";
import { isUsageError, usageError, type KubectlUsageError } from "../usage-error";
import { flagList, flagString } from "./context";
import { nameFromArgs } from "./name-arg";
import { explicitNamespace, objectMeta, sortedRecord, typed } from "./object-meta";

const rbacGroup = "rbac.authorization.k8s.io";

/** One rule per API group; `deployments.apps` is resource "deployments" in group "apps", `pods/log` a subresource. */
function rules(parsed: ParsedCommand): Record<string, unknown>[] {
  const verbs = flagList(parsed, "verb");
  const resourceNames = flagList(parsed, "resource-name");
  const byGroup = new Map<string, string[]>();
  for (const resource of flagList(parsed, "resource")) {
    const [typePart = "", subresource] = resource.split("/", 2);
    const dot = typePart.indexOf(".");
    const group = dot < 0 ? "" : typePart.slice(dot + 1);
    const plural = (dot < 0 ? typePart : typePart.slice(0, dot)) + (subresource ? `/${subresource}` : "");
    byGroup.set(group, [...(byGroup.get(group) ?? []), plural]);
  }
  const out: Record<string, unknown>[] = [];
  for (const group of [...byGroup.keys()].sort()) {
    const rule: Record<string, unknown> = { verbs, apiGroups: [group], resources: byGroup.get(group) };
    if (resourceNames.length > 0) rule["resourceNames"] = resourceNames;
    out.push(rule);
  }
  const urls = flagList(parsed, "non-resource-url");
  if (urls.length > 0) out.push({ verbs, nonResourceURLs: urls });
  return out;
}

export function generateRole(parsed: ParsedCommand): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  return typed("Role", `${rbacGroup}/v1`, { metadata: objectMeta(name, explicitNamespace(parsed)), rules: rules(parsed) });
}

export function generateClusterRole(parsed: ParsedCommand): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  const aggregation = flagString(parsed, "aggregation-rule");
  if (aggregation !== "") {
    const labels: [string, string][] = aggregation.split(",").map((item) => {
      const eq = item.indexOf("=");
      return [item.slice(0, eq), item.slice(eq + 1)];
    });
    return typed("ClusterRole", `${rbacGroup}/v1`, {
      metadata: objectMeta(name),
      rules: null,
      aggregationRule: { clusterRoleSelectors: [{ matchLabels: sortedRecord(labels) }] },
    });
  }
  return typed("ClusterRole", `${rbacGroup}/v1`, { metadata: objectMeta(name), rules: rules(parsed) });
}

/** Subjects in kubectl's order: users, groups, then service accounts (`namespace:name`). */
function subjects(parsed: ParsedCommand): Record<string, unknown>[] | KubectlUsageError {
  const out: Record<string, unknown>[] = [];
  for (const user of flagList(parsed, "user")) out.push({ kind: "User", apiGroup: rbacGroup, name: user });
  for (const group of flagList(parsed, "group")) out.push({ kind: "Group", apiGroup: rbacGroup, name: group });
  for (const sa of flagList(parsed, "serviceaccount")) {
    const parts = sa.split(":");
    if (parts.length !== 2 || parts[0] === "" || parts[1] === "") return usageError(`serviceaccount must be <namespace>:<name>`);
    out.push({ kind: "ServiceAccount", name: parts[1], namespace: parts[0] });
  }
  return out;
}

export function generateRoleBinding(parsed: ParsedCommand, clusterScoped: boolean): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  const list = subjects(parsed);
  if (isUsageError(list)) return list;
  const role = flagString(parsed, "role");
  const roleRef = role !== "" && !clusterScoped
    ? { apiGroup: rbacGroup, kind: "Role", name: role }
    : { apiGroup: rbacGroup, kind: "ClusterRole", name: flagString(parsed, "clusterrole") };
  const kind = clusterScoped ? "ClusterRoleBinding" : "RoleBinding";
  const metadata = objectMeta(name, clusterScoped ? undefined : explicitNamespace(parsed));
  const object = typed(kind, `${rbacGroup}/v1`, { metadata });
  if (list.length > 0) object["subjects"] = list;
  object["roleRef"] = roleRef;
  return object;
}
