// RoleBinding and ClusterRoleBinding columns of printers.go (rbac.SubjectsStrings for the wide ones).
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn, wideColumn } from "./columns";
import { view } from "./object-view";
import { translateTimestampSince } from "./timestamps";

interface BindingView {
  metadata: { name?: string; creationTimestamp?: string };
  roleRef?: { kind?: string; name?: string };
  subjects?: { kind: string; name: string; namespace?: string }[];
}

function subjectsStrings(binding: BindingView): [users: string, groups: string, serviceAccounts: string] {
  const users: string[] = [];
  const groups: string[] = [];
  const serviceAccounts: string[] = [];
  for (const subject of binding.subjects ?? []) {
    if (subject.kind === "ServiceAccount") serviceAccounts.push(`${subject.namespace ?? ""}/${subject.name}`);
    else if (subject.kind === "User") users.push(subject.name);
    else if (subject.kind === "Group") groups.push(subject.name);
  }
  return [users.join(", "), groups.join(", "), serviceAccounts.join(", ")];
}

function bindingPrinter(of: "roleBinding" | "clusterRoleBinding"): TablePrinter {
  return {
    columns: [
      nameColumn,
      column("Role"),
      ageColumn,
      wideColumn("Users", "string", `Users in the ${of}`),
      wideColumn("Groups", "string", `Groups in the ${of}`),
      wideColumn("ServiceAccounts", "string", `ServiceAccounts in the ${of}`),
    ],
    row(obj, ctx) {
      const binding = view<BindingView>(obj);
      return [
        binding.metadata.name ?? "",
        `${binding.roleRef?.kind ?? ""}/${binding.roleRef?.name ?? ""}`,
        translateTimestampSince(binding.metadata.creationTimestamp, ctx.now),
        ...subjectsStrings(binding),
      ];
    },
  };
}

export const roleBindingPrinter = bindingPrinter("roleBinding");
export const clusterRoleBindingPrinter = bindingPrinter("clusterRoleBinding");
