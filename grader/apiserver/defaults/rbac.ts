// Defaults of rbac.authorization.k8s.io/v1 types: pkg/apis/rbac/v1/defaults.go (v1.34).
import type { DefaulterTable } from "./defaulter";
import { defaultZero, ensureObject, type JsonObject } from "./json-helpers";

const rbacGroup = "rbac.authorization.k8s.io";

function defaultRoleRef(binding: JsonObject): void {
  defaultZero(ensureObject(binding, "roleRef"), "apiGroup", rbacGroup);
}

export const rbacDefaulters: DefaulterTable = {
  V1RoleBinding: defaultRoleRef,
  V1ClusterRoleBinding: defaultRoleRef,
  RbacV1Subject(subject) {
    // ServiceAccount subjects keep the core group ("").
    if (!subject.apiGroup && (subject.kind === "User" || subject.kind === "Group")) subject.apiGroup = rbacGroup;
  },
};
