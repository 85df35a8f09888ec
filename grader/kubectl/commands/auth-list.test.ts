// `kubectl auth can-i` over the default RBAC policy. Expected outputs follow
// kubectl v0.34.5 pkg/cmd/auth/cani.go (printStatus: BreakdownRule,
// CompactRules, SortableRuleSlice, tabwriter) and the bootstrap bindings of
// plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./write-test-io";

const discoveryRows = [
  "                                                [/api/*]       []             [get]",
  "                                                [/api]         []             [get]",
  "                                                [/apis/*]      []             [get]",
  "                                                [/apis]        []             [get]",
  "                                                [/healthz]     []             [get]",
  "                                                [/healthz]     []             [get]",
  "                                                [/livez]       []             [get]",
  "                                                [/livez]       []             [get]",
  "                                                [/openapi/*]   []             [get]",
  "                                                [/openapi]     []             [get]",
  "                                                [/readyz]      []             [get]",
  "                                                [/readyz]      []             [get]",
  "                                                [/version/]    []             [get]",
  "                                                [/version/]    []             [get]",
  "                                                [/version]     []             [get]",
  "                                                [/version]     []             [get]",
];

/** The same row with the columns the headers widen: "Non-Resource URLs   " (20) and "Resource Names   " (17). */
function wideDiscoveryRow(row: string): string {
  const url = row.trim().split(/ +/)[0];
  return `${" ".repeat(48)}${url.padEnd(20)}${"[]".padEnd(17)}[get]`;
}

describe("kubectl auth can-i with the default policy", () => {
  const cases: { name: string; setup: string[][]; argv: string[]; stdout: string; exitCode: number }[] = [
    {
      name: "a service account without bindings may not list pods",
      setup: [],
      argv: ["auth", "can-i", "list", "pods", "--as=system:serviceaccount:default:default"],
      stdout: "no\n",
      exitCode: 1,
    },
    {
      name: "a user bound to the view ClusterRole in a namespace may get pods there",
      setup: [["create", "rolebinding", "jane-view", "--clusterrole=view", "--user=jane"]],
      argv: ["auth", "can-i", "get", "pods", "--as=jane"],
      stdout: "yes\n",
      exitCode: 0,
    },
    {
      name: "view (aggregated from system:aggregate-to-view) does not let its user create pods",
      setup: [["create", "rolebinding", "jane-view", "--clusterrole=view", "--user=jane"]],
      argv: ["auth", "can-i", "create", "pods", "--as=jane"],
      stdout: "no\n",
      exitCode: 1,
    },
    {
      name: "edit (aggregated from system:aggregate-to-edit and view) lets its user create deployments",
      setup: [["create", "rolebinding", "jane-edit", "--clusterrole=edit", "--user=jane"]],
      argv: ["auth", "can-i", "create", "deployments.apps", "--as=jane"],
      stdout: "yes\n",
      exitCode: 0,
    },
    {
      name: "every authenticated user may get /healthz through system:public-info-viewer",
      setup: [],
      argv: ["auth", "can-i", "get", "/healthz", "--as=jane"],
      stdout: "yes\n",
      exitCode: 0,
    },
    {
      name: "the kubeconfig's admin (kubeadm:cluster-admins → cluster-admin) may do anything",
      setup: [],
      argv: ["auth", "can-i", "*", "*"],
      stdout: "yes\n",
      exitCode: 0,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const w = testWorkstation();
      for (const argv of c.setup) expect((await w.kubectl(...argv)).exitCode).toBe(0);
      const r = await w.kubectl(...c.argv);
      expect(r.stdout).toBe(c.stdout);
      expect(r.exitCode).toBe(c.exitCode);
    });
  }
});

describe("kubectl auth can-i --list", () => {
  it("lists the basic-user and discovery rules of any authenticated user, non-resource rules kept uncompacted", async () => {
    const w = testWorkstation();
    const r = await w.kubectl("auth", "can-i", "--list", "--as=jane");
    expect(r.stdout).toBe(
      [
        "Resources                                       Non-Resource URLs   Resource Names   Verbs",
        "selfsubjectreviews.authentication.k8s.io        []                  []               [create]",
        "selfsubjectaccessreviews.authorization.k8s.io   []                  []               [create]",
        "selfsubjectrulesreviews.authorization.k8s.io    []                  []               [create]",
        ...discoveryRows.map((row) => wideDiscoveryRow(row)),
      ].join("\n") + "\n",
    );
    expect(r.exitCode).toBe(0);
  });

  it("adds the namespace's RoleBindings, sorted by the rule's String() (verbs first, non-resource rows before named resources)", async () => {
    const w = testWorkstation();
    for (const argv of [
      ["create", "ns", "dev"],
      ["create", "role", "pod-reader", "--verb=get,list", "--resource=pods,deployments.apps", "-n", "dev"],
      ["create", "role", "cm", "--verb=get", "--resource=configmaps", "--resource-name=app-config", "-n", "dev"],
      ["create", "rolebinding", "r1", "--role=pod-reader", "--user=jane", "-n", "dev"],
      ["create", "rolebinding", "r2", "--role=cm", "--user=jane", "-n", "dev"],
    ]) {
      expect((await w.kubectl(...argv)).exitCode).toBe(0);
    }
    const r = await w.kubectl("auth", "can-i", "--list", "--as=jane", "-n", "dev", "--no-headers");
    expect(r.stdout).toBe(
      [
        "selfsubjectreviews.authentication.k8s.io        []             []             [create]",
        "selfsubjectaccessreviews.authorization.k8s.io   []             []             [create]",
        "selfsubjectrulesreviews.authorization.k8s.io    []             []             [create]",
        "pods                                            []             []             [get list]",
        "deployments.apps                                []             []             [get list]",
        ...discoveryRows,
        "configmaps                                      []             [app-config]   [get]",
      ].join("\n") + "\n",
    );
  });

  it("shows cluster-admin's two wildcard rules for the kubeconfig's admin", async () => {
    const w = testWorkstation();
    const lines = (await w.kubectl("auth", "can-i", "--list")).stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "Resources                                       Non-Resource URLs   Resource Names   Verbs",
      "*.*                                             []                  []               [*]",
      "                                                [*]                 []               [*]",
    ]);
  });

  it("refuses --all-namespaces with --list as Validate does", async () => {
    const w = testWorkstation();
    const r = await w.kubectl("auth", "can-i", "--list", "-A");
    expect(r.stderr).toBe("error: list option can't be specified with neither quiet, all-namespaces nor subresource options\n");
    expect(r.exitCode).toBe(1);
  });
});
