import { describe, expect, it } from "vitest";
import { createCluster } from "../cluster";
import type { KubeObject } from "../../apiserver/types";

const rbac = (resource: string) => ({ group: "rbac.authorization.k8s.io", version: "v1", resource });
type Role = KubeObject & { rules?: unknown[]; aggregationRule?: unknown };
type Binding = KubeObject & { roleRef: { name: string }; subjects?: unknown[] | null };

const cluster = createCluster();
const role = (name: string) => cluster.api.get(rbac("clusterroles"), "", name) as Role;
const binding = (name: string) => cluster.api.get(rbac("clusterrolebindings"), "", name) as Binding;

// Expected objects: bootstrappolicy/testdata/cluster-roles.yaml, controller-roles.yaml and policy.go ClusterRoleBindings().
describe("the default RBAC objects of a fresh cluster", () => {
  it("has the bootstrap roles, the controllers' roles and kubeadm's, and one binding for each bootstrap binding, controller and kubeadm grant", () => {
    expect(cluster.api.list(rbac("clusterroles")).items).toHaveLength(70);
    expect(cluster.api.list(rbac("clusterrolebindings")).items).toHaveLength(56);
  });

  it("labels cluster-admin rbac-defaults, marks it for auto-update and gives it every verb on everything", () => {
    const admin = role("cluster-admin");
    expect(admin.metadata.labels).toEqual({ "kubernetes.io/bootstrapping": "rbac-defaults" });
    expect(admin.metadata.annotations).toEqual({ "rbac.authorization.kubernetes.io/autoupdate": "true" });
    expect(admin.rules).toEqual([
      { apiGroups: ["*"], resources: ["*"], verbs: ["*"] },
      { nonResourceURLs: ["*"], verbs: ["*"] },
    ]);
  });

  it("fills view with the rules of system:aggregate-to-view, as the aggregation controller does", () => {
    expect(role("view").rules).toEqual(role("system:aggregate-to-view").rules);
    expect(role("view").metadata.labels).toEqual({ "kubernetes.io/bootstrapping": "rbac-defaults", "rbac.authorization.k8s.io/aggregate-to-edit": "true" });
    expect(role("view").aggregationRule).toEqual({ clusterRoleSelectors: [{ matchLabels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" } }] });
  });

  it("fills edit with system:aggregate-to-edit's rules then view's, and admin with edit's then system:aggregate-to-admin's (roles sorted by name)", () => {
    const edit = [...role("system:aggregate-to-edit").rules!, ...role("view").rules!];
    expect(role("edit").rules).toEqual(edit);
    expect(role("admin").rules).toEqual([...edit, ...role("system:aggregate-to-admin").rules!]);
  });

  it("binds cluster-admin to system:masters and the discovery roles to authenticated (and unauthenticated) users", () => {
    expect(binding("cluster-admin").subjects).toEqual([{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "system:masters" }]);
    expect(binding("system:basic-user").subjects).toEqual([{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "system:authenticated" }]);
    expect(binding("system:public-info-viewer").subjects).toEqual([
      { apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "system:authenticated" },
      { apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "system:unauthenticated" },
    ]);
    expect(binding("system:node").subjects).toBeUndefined();
  });

  it("binds each controller role to its service account in kube-system", () => {
    const b = binding("system:controller:deployment-controller");
    expect(b.roleRef).toEqual({ apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "system:controller:deployment-controller" });
    expect(b.subjects).toEqual([{ kind: "ServiceAccount", name: "deployment-controller", namespace: "kube-system" }]);
    expect(b.metadata.labels).toEqual({ "kubernetes.io/bootstrapping": "rbac-defaults" });
  });

  it("leaves kubeadm's own bindings without the bootstrapping label", () => {
    const b = binding("kubeadm:cluster-admins");
    expect(b.metadata.labels).toBeUndefined();
    expect(b.roleRef.name).toBe("cluster-admin");
    expect(b.subjects).toEqual([{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "kubeadm:cluster-admins" }]);
  });

  it("draws the RBAC objects' uids from a side stream, so the names generated afterwards are those of a cluster without them", () => {
    const a = createCluster({ seed: 7 });
    const pod = a.api.create({ apiVersion: "v1", kind: "Pod", metadata: { generateName: "x-", namespace: "default" }, spec: { containers: [{ name: "c", image: "nginx" }] } });
    const again = createCluster({ seed: 7 }).api.create({ apiVersion: "v1", kind: "Pod", metadata: { generateName: "x-", namespace: "default" }, spec: { containers: [{ name: "c", image: "nginx" }] } });
    expect(pod.metadata.name).toBe(again.metadata.name);
    const uids = new Set(cluster.api.list(rbac("clusterroles")).items.map((r) => r.metadata.uid));
    expect(uids.size).toBe(70);
  });
});
