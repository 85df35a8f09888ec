// Behaviour of pkg/controller/clusterroleaggregation/clusterroleaggregation_controller.go.
import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster/cluster";
import type { KubeObject } from "../../apiserver/types";
import { aggregatedRules, type ClusterRoleLike } from "./aggregate";

const rbac = (resource: string) => ({ group: "rbac.authorization.k8s.io", version: "v1", resource });
const rulesOf = (c: ReturnType<typeof createCluster>, name: string) => (c.api.get(rbac("clusterroles"), "", name) as ClusterRoleLike).rules;
const widgetsRule = { apiGroups: ["example.com"], resources: ["widgets"], verbs: ["get", "list", "watch"] };

function role(name: string, labels: Record<string, string>, rules: unknown[] | null, selectorLabel?: string): ClusterRoleLike {
  const r: ClusterRoleLike = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { name, labels }, rules };
  if (selectorLabel) r.aggregationRule = { clusterRoleSelectors: [{ matchLabels: { [selectorLabel]: "true" } }] };
  return r;
}

describe("aggregatedRules", () => {
  const cases: { name: string; roles: ClusterRoleLike[]; want: unknown[] | undefined }[] = [
    { name: "a role without an aggregationRule is left alone", roles: [role("plain", {}, [])], want: undefined },
    {
      name: "matching roles are visited in name order and an equal rule is kept once",
      roles: [
        role("agg", {}, null, "pick"),
        role("b", { pick: "true" }, [widgetsRule, { apiGroups: [""], resources: ["pods"], verbs: ["get"] }]),
        role("a", { pick: "true" }, [widgetsRule]),
        role("c", {}, [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"] }]),
      ],
      want: [widgetsRule, { apiGroups: [""], resources: ["pods"], verbs: ["get"] }],
    },
    { name: "a selector matching nothing gives an empty (not nil) list", roles: [role("agg", {}, null, "pick")], want: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(aggregatedRules(c.roles[0], c.roles)).toEqual(c.want);
    });
  }
});

describe("the ClusterRole aggregation controller in a cluster", () => {
  it("adds the rules of a new role labelled aggregate-to-view to view, and through the chain to edit and admin", () => {
    const c = createCluster();
    c.api.create(role("widget-viewer", { "rbac.authorization.k8s.io/aggregate-to-view": "true" }, [widgetsRule]) as KubeObject);
    c.settle({ forMs: 1000 });
    for (const name of ["view", "edit", "admin"]) expect(rulesOf(c, name)).toContainEqual(widgetsRule);
  });

  it("takes the rules away again when that role is deleted", () => {
    const c = createCluster();
    const before = rulesOf(c, "admin");
    c.api.create(role("widget-viewer", { "rbac.authorization.k8s.io/aggregate-to-view": "true" }, [widgetsRule]) as KubeObject);
    c.settle({ forMs: 1000 });
    c.api.delete(rbac("clusterroles"), "", "widget-viewer");
    c.settle({ forMs: 1000 });
    expect(rulesOf(c, "admin")).toEqual(before);
  });

  it("aggregates a user's own aggregated ClusterRole as soon as it is created", () => {
    const c = createCluster();
    c.api.create(role("mine", {}, null, "team/mine"));
    c.api.create(role("part", { "team/mine": "true" }, [widgetsRule]));
    c.settle({ forMs: 1000 });
    expect(rulesOf(c, "mine")).toEqual([widgetsRule]);
  });
});
