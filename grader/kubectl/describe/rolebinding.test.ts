// Expected texts follow the RoleBindingDescriber/ClusterRoleBindingDescriber of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5; a subject without a namespace leaves its
// last column empty after the padding, as upstream's tabwriter writes it.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const manifests = `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: read-pods, labels: {team: dev}}
subjects:
- {kind: User, name: jane, apiGroup: rbac.authorization.k8s.io}
- {kind: ServiceAccount, name: builder, namespace: default}
roleRef: {kind: Role, name: pod-reader, apiGroup: rbac.authorization.k8s.io}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: metrics-binding}
subjects:
- {kind: Group, name: ops, apiGroup: rbac.authorization.k8s.io}
roleRef: {kind: ClusterRole, name: metrics, apiGroup: rbac.authorization.k8s.io}
`;

describe("kubectl describe rolebinding/clusterrolebinding (describe.go RoleBindingDescriber)", () => {
  it("prints the role reference and the subjects table", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "rolebinding", "read-pods")).toBe(
      lines(
        "Name:         read-pods",
        "Labels:       team=dev",
        "Annotations:  <none>",
        "Role:",
        "  Kind:  Role",
        "  Name:  pod-reader",
        "Subjects:",
        "  Kind            Name     Namespace",
        "  ----            ----     ---------",
        "  User            jane     ",
        "  ServiceAccount  builder  default",
      ),
    );
  });

  it("prints a ClusterRoleBinding the same way", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "clusterrolebinding", "metrics-binding")).toBe(
      lines(
        "Name:         metrics-binding",
        "Labels:       <none>",
        "Annotations:  <none>",
        "Role:",
        "  Kind:  ClusterRole",
        "  Name:  metrics",
        "Subjects:",
        "  Kind   Name  Namespace",
        "  ----   ----  ---------",
        "  Group  ops   ",
      ),
    );
  });
});
