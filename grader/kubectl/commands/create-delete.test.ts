// Expected output from k8s.io/kubectl/pkg/cmd/create/create.go and
// pkg/cmd/delete/delete.go v0.34.5 (PrintObj: `pod "x" deleted from default namespace`).
import { describe, expect, it } from "vitest";
import { lastAppliedAnnotation } from "../apply/last-applied";
import { testWorkstation } from "./write-test-io";

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n    app: web\nspec:\n  containers:\n  - name: c\n    image: nginx\n`;
const pods = { group: "", version: "v1", resource: "pods" };

describe("kubectl create", () => {
  it("-f creates and prints `pod/x created`", async () => {
    expect(await testWorkstation({ "p.yaml": pod("x") }).kubectl("create", "-f", "p.yaml")).toEqual({ stdout: "pod/x created\n", stderr: "", exitCode: 0 });
  });
  it("-f of an existing object: `Error from server (AlreadyExists): error when creating \"p.yaml\": pods \"x\" already exists`", async () => {
    const w = testWorkstation({ "p.yaml": pod("x") });
    await w.kubectl("create", "-f", "p.yaml");
    expect(await w.kubectl("create", "-f", "p.yaml")).toEqual({
      stdout: "",
      stderr: 'Error from server (AlreadyExists): error when creating "p.yaml": pods "x" already exists\n',
      exitCode: 1,
    });
  });
  it("--save-config stores the last-applied annotation", async () => {
    const w = testWorkstation({ "p.yaml": pod("x") });
    await w.kubectl("create", "-f", "p.yaml", "--save-config");
    expect(w.cluster.api.get(pods, "default", "x").metadata.annotations?.[lastAppliedAnnotation]).toMatch(/^\{"apiVersion":"v1","kind":"Pod"/);
  });
  it("a generator without dry-run creates the object: `deployment.apps/web created`", async () => {
    const w = testWorkstation();
    expect(await w.kubectl("create", "deployment", "web", "--image=nginx")).toEqual({ stdout: "deployment.apps/web created\n", stderr: "", exitCode: 0 });
    expect(w.cluster.api.get({ group: "apps", version: "v1", resource: "deployments" }, "default", "web").metadata.name).toBe("web");
  });
  it("a generator with -n creates in that namespace", async () => {
    const w = testWorkstation();
    await w.kubectl("create", "namespace", "prod");
    expect((await w.kubectl("create", "configmap", "cfg", "--from-literal=a=b", "-n", "prod")).stdout).toBe("configmap/cfg created\n");
    expect(w.cluster.api.get({ group: "", version: "v1", resource: "configmaps" }, "prod", "cfg").metadata.namespace).toBe("prod");
  });
  it("a generator into a missing namespace: the server's error wrapped by create_configmap.go's Run", async () => {
    expect((await testWorkstation().kubectl("create", "configmap", "cfg", "-n", "nope")).stderr).toBe(
      'error: failed to create configmap: namespaces "nope" not found\n',
    );
  });
  it("generators wrap server errors with fmt.Errorf as their create_*.go do (secret without a colon); create namespace does not", async () => {
    const w = testWorkstation();
    const twice = async (...argv: string[]) => {
      await w.kubectl(...argv);
      const r = await w.kubectl(...argv);
      return `${r.exitCode} ${r.stderr}`;
    };
    expect([
      await twice("create", "deployment", "web", "--image=nginx"),
      await twice("create", "secret", "generic", "s", "--from-literal=a=b"),
      await twice("create", "service", "nodeport", "web", "--tcp=80"),
      await twice("create", "ingress", "web", "--rule=/=web:80"),
      await twice("create", "namespace", "ns1"),
    ]).toEqual([
      '1 error: failed to create deployment: deployments.apps "web" already exists\n',
      '1 error: failed to create secret secrets "s" already exists\n',
      '1 error: failed to create NodePort service: services "web" already exists\n',
      '1 error: failed to create ingress: ingresses.networking.k8s.io "web" already exists\n',
      '1 Error from server (AlreadyExists): namespaces "ns1" already exists\n',
    ]);
  });
});

describe("kubectl delete", () => {
  it("TYPE NAME prints `pod \"x\" deleted from default namespace` (v1.34 wording)", async () => {
    const w = testWorkstation({ "p.yaml": pod("x") });
    await w.kubectl("create", "-f", "p.yaml");
    expect(await w.kubectl("delete", "pod", "x")).toEqual({ stdout: 'pod "x" deleted from default namespace\n', stderr: "", exitCode: 0 });
  });
  it("TYPE/NAME form and -o name", async () => {
    const w = testWorkstation({ "p.yaml": pod("x") });
    await w.kubectl("create", "-f", "p.yaml");
    expect((await w.kubectl("delete", "pod/x", "-o", "name")).stdout).toBe("pod/x\n");
  });
  it("a missing object: `Error from server (NotFound): pods \"x\" not found`", async () => {
    expect(await testWorkstation().kubectl("delete", "pod", "x")).toEqual({ stdout: "", stderr: 'Error from server (NotFound): pods "x" not found\n', exitCode: 1 });
  });
  it("--ignore-not-found on a missing object finds nothing and prints `No resources found`", async () => {
    expect(await testWorkstation().kubectl("delete", "pod", "x", "--ignore-not-found")).toEqual({ stdout: "No resources found\n", stderr: "", exitCode: 0 });
  });
  it("-l deletes every match in the namespace", async () => {
    const w = testWorkstation({ "p.yaml": `${pod("a")}---\n${pod("b")}` });
    await w.kubectl("create", "-f", "p.yaml");
    expect((await w.kubectl("delete", "pods", "-l", "app=web")).stdout).toBe('pod "a" deleted from default namespace\npod "b" deleted from default namespace\n');
  });
  it("--all with nothing there prints `No resources found`", async () => {
    expect((await testWorkstation().kubectl("delete", "pods", "--all")).stdout).toBe("No resources found\n");
  });
  it("--force --grace-period=0 warns and prints `force deleted`", async () => {
    const w = testWorkstation({ "p.yaml": pod("x") });
    await w.kubectl("create", "-f", "p.yaml");
    expect(await w.kubectl("delete", "pod", "x", "--force", "--grace-period=0")).toEqual({
      stdout: 'pod "x" force deleted from default namespace\n',
      stderr:
        "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n",
      exitCode: 0,
    });
  });
  it("-f deletes what the file names", async () => {
    const w = testWorkstation({ "p.yaml": pod("x") });
    await w.kubectl("create", "-f", "p.yaml");
    expect((await w.kubectl("delete", "-f", "p.yaml")).stdout).toBe('pod "x" deleted from default namespace\n');
  });
  it("a cluster-scoped object has no namespace in the line", async () => {
    const w = testWorkstation();
    await w.kubectl("create", "namespace", "prod");
    expect((await w.kubectl("delete", "namespace", "prod", "--wait=false")).stdout).toBe('namespace "prod" deleted\n');
  });
  it("a type without a name: `error: resource(s) were provided, but no name was specified`", async () => {
    expect((await testWorkstation().kubectl("delete", "pod")).stderr).toBe("error: resource(s) were provided, but no name was specified\n");
  });
  it("an unknown type: `error: the server doesn't have a resource type \"foo\"`", async () => {
    expect((await testWorkstation().kubectl("delete", "foo", "x")).stderr).toBe('error: the server doesn\'t have a resource type "foo"\n');
  });
  it("an invalid --cascade value is refused", async () => {
    expect((await testWorkstation().kubectl("delete", "pod", "x", "--cascade=x")).stderr).toBe(
      'error: invalid cascade value (x). Must be "background", "foreground", or "orphan".\n',
    );
  });
  it("--cascade=orphan keeps a deployment's replicaset", async () => {
    const w = testWorkstation();
    await w.kubectl("create", "deployment", "web", "--image=nginx");
    w.cluster.settle({ forMs: 5000 });
    await w.kubectl("delete", "deployment", "web", "--cascade=orphan");
    w.cluster.settle({ forMs: 5000 });
    expect(w.cluster.api.list({ group: "apps", version: "v1", resource: "replicasets" }, { namespace: "default" }).items).toHaveLength(1);
  });
  it("--dry-run=client deletes nothing and says `(dry run)`", async () => {
    const w = testWorkstation({ "p.yaml": pod("x") });
    await w.kubectl("create", "-f", "p.yaml");
    expect((await w.kubectl("delete", "pod", "x", "--dry-run=client")).stdout).toBe('pod "x" deleted from default namespace (dry run)\n');
    expect(w.cluster.api.get(pods, "default", "x").metadata.name).toBe("x");
  });
});
