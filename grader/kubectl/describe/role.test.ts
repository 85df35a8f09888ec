// Expected texts follow the RoleDescriber/ClusterRoleDescriber of k8s.io/kubectl/pkg/describe/describe.go
// v0.34.5 with BreakdownRule, CompactRules and SortableRuleSlice of k8s.io/kubectl/pkg/util/rbac:
// rows are sorted by PolicyRule.String(), which starts with the verbs.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";
import { combineResourceGroup } from "./policy-rules";

const manifests = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: pod-reader}
rules:
- apiGroups: [""]
  resources: [pods, pods/log]
  verbs: [get, list, watch]
- apiGroups: [apps]
  resources: [deployments]
  resourceNames: [web]
  verbs: [get, patch]
- apiGroups: [""]
  resources: [pods]
  verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: metrics}
rules:
- nonResourceURLs: [/metrics, /healthz]
  verbs: [get]
- apiGroups: [apps]
  resources: [deployments/scale]
  verbs: [update]
`;

describe("kubectl describe role/clusterrole (describe.go RoleDescriber, util/rbac)", () => {
  it("merges the verbs of rules on one resource and sorts the rows by verbs", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "role", "pod-reader")).toBe(
      lines(
        "Name:         pod-reader",
        "Labels:       <none>",
        "Annotations:  <none>",
        "PolicyRule:",
        "  Resources         Non-Resource URLs  Resource Names  Verbs",
        "  ---------         -----------------  --------------  -----",
        "  pods              []                 []              [get list watch create]",
        "  pods/log          []                 []              [get list watch]",
        "  deployments.apps  []                 [web]           [get patch]",
      ),
    );
  });

  it("splits non-resource URLs into one row each with an empty Resources cell", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "clusterrole", "metrics")).toBe(
      lines(
        "Name:         metrics",
        "Labels:       <none>",
        "Annotations:  <none>",
        "PolicyRule:",
        "  Resources               Non-Resource URLs  Resource Names  Verbs",
        "  ---------               -----------------  --------------  -----",
        "                          [/healthz]         []              [get]",
        "                          [/metrics]         []              [get]",
        "  deployments.apps/scale  []                 []              [update]",
      ),
    );
  });
});

describe("CombineResourceGroup (describe.go)", () => {
  it.each([
    ["a core resource keeps its name", ["pods"], [""], "pods"],
    ["a grouped resource gets `.group`", ["deployments"], ["apps"], "deployments.apps"],
    ["the group goes before the subresource", ["deployments/scale"], ["apps"], "deployments.apps/scale"],
    ["no resource is an empty cell", [], ["apps"], ""],
  ])("%s", (_name, resources, groups, expected) => {
    expect(combineResourceGroup(resources, groups)).toBe(expected);
  });
});
