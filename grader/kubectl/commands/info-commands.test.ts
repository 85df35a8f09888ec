// Goldens from the kubectl v1.34.5 binary where it works offline (version
// --client, config), upstream sources cited per case otherwise.
import { describe, it, expect } from "vitest";
import { testWorkstation } from "./write-test-io";

describe("kubectl version, top, cluster-info, api-versions", () => {
  const cases: { name: string; argv: string[]; stdout: string; stderr?: string; exitCode?: number }[] = [
    { name: "version --client prints the client and kustomize versions of kubectl v1.34.5", argv: ["version", "--client"], stdout: "Client Version: v1.34.5\nKustomize Version: v5.7.1\n" },
    { name: "version adds the server's version", argv: ["version"], stdout: "Client Version: v1.34.5\nKustomize Version: v5.7.1\nServer Version: v1.34.5\n" },
    {
      name: "version --client -o yaml prints sorted keys and the blank line Println adds (pkg/cmd/version/version.go)",
      argv: ["version", "--client", "-o", "yaml"],
      stdout:
        'clientVersion:\n  buildDate: "2026-02-26T20:06:18Z"\n  compiler: gc\n  gitCommit: ebfac057369b21558006b8815821ab2fb1e29f2d\n  gitTreeState: clean\n  gitVersion: v1.34.5\n  goVersion: go1.24.13\n  major: "1"\n  minor: "34"\n  platform: linux/amd64\nkustomizeVersion: v5.7.1\n\n',
    },
    { name: "version -o with another format is refused (pkg/cmd/version/version.go)", argv: ["version", "-o", "wide"], stdout: "", stderr: "error: --output must be 'yaml' or 'json'\n", exitCode: 1 },
    { name: "version with an argument reports extra arguments", argv: ["version", "x"], stdout: "", stderr: "error: extra arguments: [x]\n", exitCode: 1 },
    { name: "top pod without metrics-server fails as pkg/cmd/top/top_pod.go does", argv: ["top", "pod"], stdout: "", stderr: "error: Metrics API not available\n", exitCode: 1 },
    { name: "top node without metrics-server fails as pkg/cmd/top/top_node.go does", argv: ["top", "node"], stdout: "", stderr: "error: Metrics API not available\n", exitCode: 1 },
    {
      name: "cluster-info shows the control plane and kube-dns by its kubernetes.io/name label (pkg/cmd/clusterinfo/clusterinfo.go)",
      argv: ["cluster-info"],
      stdout:
        "Kubernetes control plane is running at https://172.30.1.2:6443\nCoreDNS is running at https://172.30.1.2:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await testWorkstation().kubectl(...c.argv);
      expect(r).toEqual({ stdout: c.stdout, stderr: c.stderr ?? "", exitCode: c.exitCode ?? 0 });
    });
  }

  it("api-versions lists v1 and apps/v1, sorted bytewise (pkg/cmd/apiresources/apiversions.go)", async () => {
    const r = await testWorkstation().kubectl("api-versions");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toContain("v1");
    expect(lines).toContain("apps/v1");
    expect([...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(lines);
  });
});

describe("kubectl api-resources (pkg/cmd/apiresources/apiresources.go)", () => {
  it("prints the header and aligns the table with kubectl's tabwriter", async () => {
    const r = await testWorkstation().kubectl("api-resources", "--api-group=apps", "--sort-by=name");
    expect(r.stdout).toBe(
      "NAME                  SHORTNAMES   APIVERSION   NAMESPACED   KIND\n" +
        "controllerrevisions                apps/v1      true         ControllerRevision\n" +
        "daemonsets            ds           apps/v1      true         DaemonSet\n" +
        "deployments           deploy       apps/v1      true         Deployment\n" +
        "replicasets           rs           apps/v1      true         ReplicaSet\n" +
        "statefulsets          sts          apps/v1      true         StatefulSet\n",
    );
  });
  it("-o name prints resource.group, and the bare name for the core group", async () => {
    const r = await testWorkstation().kubectl("api-resources", "-o", "name", "--namespaced=false");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toContain("nodes");
    expect(lines).toContain("clusterroles.rbac.authorization.k8s.io");
    expect(lines).not.toContain("pods");
  });
  it("--sort-by with another field is refused", async () => {
    const r = await testWorkstation().kubectl("api-resources", "--sort-by=x");
    expect(r).toEqual({ stdout: "", stderr: "error: --sort-by accepts only name or kind\n", exitCode: 1 });
  });
  it("an unknown output format lists the formats api-resources allows", async () => {
    const r = await testWorkstation().kubectl("api-resources", "-o", "foo");
    expect(r.stderr).toBe('error: unable to match a printer suitable for the output format "foo", allowed formats are: json,name,wide,yaml\n');
  });
});

describe("kubectl config (pkg/cmd/config, goldens from kubectl v1.34.5)", () => {
  it("view prints the admin kubeconfig with the certificate data omitted", async () => {
    const r = await testWorkstation().kubectl("config", "view");
    expect(r.stdout).toBe(
      "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: DATA+OMITTED\n    server: https://172.30.1.2:6443\n  name: kubernetes\ncontexts:\n- context:\n    cluster: kubernetes\n    user: kubernetes-admin\n  name: kubernetes-admin@kubernetes\ncurrent-context: kubernetes-admin@kubernetes\nkind: Config\nusers:\n- name: kubernetes-admin\n  user:\n    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n",
    );
  });
  it("get-contexts marks the current context and leaves the default namespace blank", async () => {
    const r = await testWorkstation().kubectl("config", "get-contexts");
    expect(r.stdout).toBe(
      "CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE\n*         kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   \n",
    );
  });
  it("get-contexts shows the namespace the shell's kubeconfig holds", async () => {
    const w = testWorkstation();
    w.io.kubeconfig = { currentContext: "kubernetes-admin@kubernetes", namespace: "dev" };
    const r = await w.kubectl("config", "get-contexts");
    expect(r.stdout).toBe(
      "CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE\n*         kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   dev\n",
    );
  });
  const cases: { name: string; argv: string[]; stdout: string; stderr: string; exitCode: number }[] = [
    { name: "get-contexts -o name prints the context name", argv: ["config", "get-contexts", "-o", "name"], stdout: "kubernetes-admin@kubernetes\n", stderr: "", exitCode: 0 },
    { name: "get-contexts of a missing context prints the header and fails", argv: ["config", "get-contexts", "nope"], stdout: "CURRENT   NAME   CLUSTER   AUTHINFO   NAMESPACE\n", stderr: "error: context nope not found\n", exitCode: 1 },
    { name: "use-context of the current context switches to it", argv: ["config", "use-context", "kubernetes-admin@kubernetes"], stdout: 'Switched to context "kubernetes-admin@kubernetes".\n', stderr: "", exitCode: 0 },
    { name: "use-context of an unknown context fails", argv: ["config", "use-context", "foo"], stdout: "", stderr: 'error: no context exists with the name: "foo"\n', exitCode: 1 },
    { name: "current-context prints the kubeadm context", argv: ["config", "current-context"], stdout: "kubernetes-admin@kubernetes\n", stderr: "", exitCode: 0 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      expect(await testWorkstation().kubectl(...c.argv)).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
    });
  }
});

describe("kubectl auth can-i (pkg/cmd/auth/cani.go, RBAC rules as plugin/pkg/auth/authorizer/rbac evaluates them)", () => {
  const role = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: pod-reader, namespace: default}
rules:
- apiGroups: [""]
  resources: ["pods"]
  verbs: ["get", "list"]
- apiGroups: ["apps"]
  resources: ["deployments"]
  resourceNames: ["web"]
  verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: read-pods, namespace: default}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}
subjects:
- {kind: ServiceAccount, name: app, namespace: default}
- {kind: User, name: jane, apiGroup: rbac.authorization.k8s.io}
`;
  const cases: { name: string; argv: string[]; stdout: string; exitCode: number }[] = [
    { name: "the kubeconfig's admin (system:masters) may do anything", argv: ["auth", "can-i", "delete", "nodes"], stdout: "yes\n", exitCode: 0 },
    { name: "a bound service account may list pods in its namespace", argv: ["auth", "can-i", "list", "pods", "--as=system:serviceaccount:default:app"], stdout: "yes\n", exitCode: 0 },
    { name: "a bound user may get pods", argv: ["auth", "can-i", "get", "pods", "--as=jane"], stdout: "yes\n", exitCode: 0 },
    { name: "a verb the role does not grant is refused", argv: ["auth", "can-i", "delete", "pods", "--as=jane"], stdout: "no\n", exitCode: 1 },
    { name: "a RoleBinding grants nothing in another namespace", argv: ["auth", "can-i", "get", "pods", "--as=jane", "-n", "kube-system"], stdout: "no\n", exitCode: 1 },
    { name: "resourceNames allow the named object", argv: ["auth", "can-i", "patch", "deploy/web", "--as=jane"], stdout: "yes\n", exitCode: 0 },
    { name: "resourceNames refuse other objects", argv: ["auth", "can-i", "patch", "deploy/api", "--as=jane"], stdout: "no\n", exitCode: 1 },
    { name: "an unbound service account is refused", argv: ["auth", "can-i", "get", "pods", "--as=system:serviceaccount:default:other"], stdout: "no\n", exitCode: 1 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const w = testWorkstation({ "rbac.yaml": role });
      expect((await w.kubectl("apply", "-f", "rbac.yaml")).exitCode).toBe(0);
      expect(await w.kubectl(...c.argv)).toEqual({ stdout: c.stdout, stderr: "", exitCode: c.exitCode });
    });
  }
  it("without two arguments can-i prints its usage complaint", async () => {
    expect(await testWorkstation().kubectl("auth", "can-i", "get")).toEqual({
      stdout: "",
      stderr: "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n",
      exitCode: 1,
    });
  });
});

describe("kubectl config view -o (PrintFlags with yaml by default; goldens from kubectl v1.34.5)", () => {
  const cases: { name: string; argv: string[]; stdout: string }[] = [
    {
      name: "-o json indents by four spaces, in the Config's field order",
      argv: ["-o", "json"],
      stdout:
        '{\n    "kind": "Config",\n    "apiVersion": "v1",\n    "clusters": [\n        {\n            "name": "kubernetes",\n            "cluster": {\n                "server": "https://172.30.1.2:6443",\n                "certificate-authority-data": "DATA+OMITTED"\n            }\n        }\n    ],\n    "users": [\n        {\n            "name": "kubernetes-admin",\n            "user": {\n                "client-certificate-data": "DATA+OMITTED",\n                "client-key-data": "DATA+OMITTED"\n            }\n        }\n    ],\n    "contexts": [\n        {\n            "name": "kubernetes-admin@kubernetes",\n            "context": {\n                "cluster": "kubernetes",\n                "user": "kubernetes-admin"\n            }\n        }\n    ],\n    "current-context": "kubernetes-admin@kubernetes"\n}\n',
    },
    { name: "-o jsonpath over the contexts", argv: ["-o", "jsonpath={.contexts[*].name}"], stdout: "kubernetes-admin@kubernetes" },
    { name: "-o jsonpath of a whole entry prints it as sorted JSON", argv: ["-o", "jsonpath={.clusters[0]}"], stdout: '{"cluster":{"certificate-authority-data":"DATA+OMITTED","server":"https://172.30.1.2:6443"},"name":"kubernetes"}' },
    { name: "-o jsonpath-as-json", argv: ["-o", "jsonpath-as-json={.contexts[0].context}"], stdout: '[\n    {\n        "cluster": "kubernetes",\n        "user": "kubernetes-admin"\n    }\n]\n' },
    { name: "--template alone is a go-template", argv: ["--template={{.kind}} {{index .contexts 0 \"name\"}}"], stdout: "Config kubernetes-admin@kubernetes" },
    { name: "-o yaml given wins over --template", argv: ["-o", "yaml", "--template={{.kind}}"], stdout: "apiVersion: v1\nclusters:\n" },
    { name: "-o name: the Config has no name", argv: ["-o", "name"], stdout: "config/<unknown>\n" },
    { name: "an empty -o is the name printer without an operation", argv: ["--output="], stdout: "config/<unknown>\n" },
  ];
  it.each(cases)("$name", async ({ argv, stdout }) => {
    const r = await testWorkstation().kubectl("config", "view", ...argv);
    expect(r.stderr).toBe("");
    if (argv[0] === "-o" && argv[1] === "yaml") expect(r.stdout.startsWith(stdout)).toBe(true);
    else expect(r.stdout).toBe(stdout);
  });

  it("-o wide is no format of config view", async () => {
    const r = await testWorkstation().kubectl("config", "view", "-o", "wide");
    expect(r).toEqual({
      stdout: "",
      stderr: 'error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
      exitCode: 1,
    });
  });
});
