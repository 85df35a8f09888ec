// The bootstrap ClusterRoleBindings of kube-apiserver v1.34
// (bootstrappolicy/policy.go ClusterRoleBindings()); the controllers' bindings
// are made from controller-roles.ts.
export interface Subject {
  apiGroup?: string;
  kind: "Group" | "User" | "ServiceAccount";
  name: string;
  namespace?: string;
}

export interface BindingData {
  name: string;
  roleName: string;
  subjects: Subject[] | null;
}

export const group = (name: string): Subject => ({ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name });
export const user = (name: string): Subject => ({ apiGroup: "rbac.authorization.k8s.io", kind: "User", name });
export const serviceAccount = (namespace: string, name: string): Subject => ({ kind: "ServiceAccount", name, namespace });

const same = (name: string, subjects: Subject[] | null): BindingData => ({ name, roleName: name, subjects });

export const bootstrapClusterRoleBindings: BindingData[] = [
  same("cluster-admin", [group("system:masters")]),
  same("system:monitoring", [group("system:monitoring")]),
  same("system:discovery", [group("system:authenticated")]),
  same("system:basic-user", [group("system:authenticated")]),
  same("system:public-info-viewer", [group("system:authenticated"), group("system:unauthenticated")]),
  same("system:node-proxier", [user("system:kube-proxy")]),
  same("system:kube-controller-manager", [user("system:kube-controller-manager")]),
  same("system:kube-dns", [serviceAccount("kube-system", "kube-dns")]),
  same("system:kube-scheduler", [user("system:kube-scheduler")]),
  same("system:volume-scheduler", [user("system:kube-scheduler")]),
  // Kept without subjects since the Node authorizer took over (policy.go).
  same("system:node", null),
  same("system:service-account-issuer-discovery", [group("system:serviceaccounts")]),
];
