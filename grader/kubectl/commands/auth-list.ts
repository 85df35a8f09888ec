// `kubectl auth can-i --list` (kubectl pkg/cmd/auth/cani.go RunAccessList,
// printStatus): the user's rules from a SelfSubjectRulesReview, resource
// rules before non-resource ones (rbac.go RulesFor), broken down, compacted
// and sorted as `describe role` does, in a four-column tab-aligned table.
import { alignTabs } from "../../apiserver/printers/tabwriter";
import { combineResourceGroup, describedRules, goStringSlice } from "../describe/policy-rules";
import { impersonatedUser, kubeconfigUser, type PolicyRule } from "../rbac/authorizer";
import { rulesFor } from "../rbac/rule-resolver";
import type { CommandHandler } from "./command";

/** The review's status as kubectl converts it back to PolicyRules (convertToPolicyRule). */
function reviewedRules(rules: PolicyRule[]): PolicyRule[] {
  const resource = rules.filter((r) => (r.resources ?? []).length > 0).map((r) => ({ verbs: r.verbs, apiGroups: r.apiGroups, resources: r.resources, resourceNames: r.resourceNames }));
  const nonResource = rules.filter((r) => (r.nonResourceURLs ?? []).length > 0).map((r) => ({ verbs: r.verbs, nonResourceURLs: r.nonResourceURLs }));
  return [...resource, ...nonResource];
}

/** The printed table (printAccessHeaders + printAccess). */
export function accessListTable(rules: PolicyRule[], noHeaders: boolean): string {
  let text = noHeaders ? "" : "Resources\tNon-Resource URLs\tResource Names\tVerbs\n";
  for (const r of describedRules(reviewedRules(rules))) {
    text += `${combineResourceGroup(r.resources, r.apiGroups)}\t${goStringSlice(r.nonResourceURLs)}\t${goStringSlice(r.resourceNames)}\t${goStringSlice(r.verbs)}\n`;
  }
  return alignTabs(text);
}

export const authCanIListCommand: CommandHandler = (cmd, io) => {
  if (cmd.flags["quiet"] === true || cmd.flags["all-namespaces"] === true || String(cmd.flags["subresource"] ?? "") !== "") {
    return { stdout: "", stderr: "error: list option can't be specified with neither quiet, all-namespaces nor subresource options\n", exitCode: 1 };
  }
  const namespace = cmd.changed.includes("namespace") ? String(cmd.flags["namespace"]) : io.namespace;
  const as = String(cmd.flags["as"] ?? "");
  const asGroups = Array.isArray(cmd.flags["as-group"]) ? (cmd.flags["as-group"] as unknown[]).map(String) : [];
  const user = as === "" ? kubeconfigUser : impersonatedUser(as, asGroups);
  return { stdout: accessListTable(rulesFor(io, user, namespace), cmd.flags["no-headers"] === true), stderr: "", exitCode: 0 };
};
