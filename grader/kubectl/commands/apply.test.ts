// Expected output from k8s.io/kubectl/pkg/cmd/apply/apply.go v0.34.5 (needs a
// server, so written from the code): `<kind>[.<group>]/<name> created|configured|unchanged`,
// the missing-annotation warning, errors via cmdutil.AddSourceToErr.
import { describe, expect, it } from "vitest";
import { lastAppliedAnnotation } from "../apply/last-applied";
import { testWorkstation } from "./write-test-io";

const deployment = (image: string, env: string, ports: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: ${image}
        env: [${env}]
        ports: [${ports}]
`;
const v1 = deployment("nginx:1.25", `{name: A, value: "1"}, {name: B, value: "2"}`, "{containerPort: 80}, {containerPort: 443}");
const v2 = deployment("nginx:1.26", `{name: A, value: "1"}`, "{containerPort: 80}");
const pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: c\n    image: nginx\n";
const deployGvr = { group: "apps", version: "v1", resource: "deployments" };

describe("kubectl apply", () => {
  it("creates an absent object and prints `deployment.apps/web created`", async () => {
    const w = testWorkstation({ "d.yaml": v1 });
    expect(await w.kubectl("apply", "-f", "d.yaml")).toEqual({ stdout: "deployment.apps/web created\n", stderr: "", exitCode: 0 });
  });

  it("stores the manifest as last-applied JSON with empty annotations, the namespace and a newline", async () => {
    const w = testWorkstation({ "p.yaml": pod });
    await w.kubectl("apply", "-f", "p.yaml");
    const live = w.cluster.api.get({ group: "", version: "v1", resource: "pods" }, "default", "x");
    expect(live.metadata.annotations?.[lastAppliedAnnotation]).toBe(
      '{"apiVersion":"v1","kind":"Pod","metadata":{"annotations":{},"name":"x","namespace":"default"},"spec":{"containers":[{"image":"nginx","name":"c"}]}}\n',
    );
  });

  it("applying the same manifest twice prints `unchanged`", async () => {
    const w = testWorkstation({ "d.yaml": v1 });
    await w.kubectl("apply", "-f", "d.yaml");
    expect((await w.kubectl("apply", "-f", "d.yaml")).stdout).toBe("deployment.apps/web unchanged\n");
  });

  it("a changed manifest is `configured`: the removed env var and port go, the image changes", async () => {
    const w = testWorkstation({ "d.yaml": v1, "d2.yaml": v2 });
    await w.kubectl("apply", "-f", "d.yaml");
    expect((await w.kubectl("apply", "-f", "d2.yaml")).stdout).toBe("deployment.apps/web configured\n");
    const c = (w.cluster.api.get(deployGvr, "default", "web") as unknown as { spec: { template: { spec: { containers: Record<string, unknown>[] } } } }).spec.template.spec.containers[0];
    expect([c.image, c.env, c.ports]).toEqual(["nginx:1.26", [{ name: "A", value: "1" }], [{ containerPort: 80, protocol: "TCP" }]]);
  });

  it("a field set on the live object by someone else (replicas scaled) but absent from last-applied is kept", async () => {
    const noReplicas = v1.replace("  replicas: 2\n", "");
    const w = testWorkstation({ "d.yaml": noReplicas, "d2.yaml": noReplicas.replace("nginx:1.25", "nginx:1.26") });
    await w.kubectl("apply", "-f", "d.yaml");
    w.cluster.api.patch(deployGvr, "default", "web", "merge", { spec: { replicas: 5 } });
    await w.kubectl("apply", "-f", "d2.yaml");
    expect((w.cluster.api.get(deployGvr, "default", "web") as unknown as { spec: { replicas: number } }).spec.replicas).toBe(5);
  });

  it("an object created without apply gets the missing-annotation warning and is then configured", async () => {
    const w = testWorkstation({ "p.yaml": pod, "p2.yaml": pod.replace("image: nginx", "image: nginx:1.26") });
    await w.kubectl("create", "-f", "p.yaml");
    expect(await w.kubectl("apply", "-f", "p2.yaml")).toEqual({
      stdout: "pod/x configured\n",
      stderr:
        "Warning: resource pods/x is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n",
      exitCode: 0,
    });
  });

  it("--dry-run=client prints `(dry run)` and creates nothing", async () => {
    const w = testWorkstation({ "p.yaml": pod });
    expect((await w.kubectl("apply", "-f", "p.yaml", "--dry-run=client")).stdout).toBe("pod/x created (dry run)\n");
    expect(w.cluster.api.list({ group: "", version: "v1", resource: "pods" }, { namespace: "default" }).items).toHaveLength(0);
  });

  it("--dry-run=server prints `(server dry run)`", async () => {
    const w = testWorkstation({ "p.yaml": pod });
    expect((await w.kubectl("apply", "-f", "p.yaml", "--dry-run=server")).stdout).toBe("pod/x created (server dry run)\n");
  });

  it("-o name prints `pod/x`", async () => {
    const w = testWorkstation({ "p.yaml": pod });
    expect((await w.kubectl("apply", "-f", "p.yaml", "-o", "name")).stdout).toBe("pod/x\n");
  });

  it("a multi-document file applies every document; a failing one is reported and exit is 1", async () => {
    const bad = pod.replace("name: x", "name: y").replace("    image: nginx\n", "");
    const w = testWorkstation({ "all.yaml": `${pod}---\n${bad}` });
    const r = await w.kubectl("apply", "-f", "all.yaml");
    expect(r).toEqual({ stdout: "pod/x created\n", stderr: 'The Pod "y" is invalid: spec.containers[0].image: Required value\n', exitCode: 1 });
  });

  it("several errors are printed one per line as Error from server (Reason) (cmdutil.MultipleErrors)", async () => {
    const w = testWorkstation({ "p.yaml": pod });
    await w.kubectl("create", "-f", "p.yaml");
    const r = await w.kubectl("create", "-f", "p.yaml", "-f", "p.yaml");
    expect(r.stderr).toBe(
      'Error from server (AlreadyExists): error when creating "p.yaml": pods "x" already exists\nError from server (AlreadyExists): error when creating "p.yaml": pods "x" already exists\n',
    );
  });

  it("a removed API version fails with the mapping error and `ensure CRDs are installed first`", async () => {
    const w = testWorkstation({ "pdb.yaml": "apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: x\nspec:\n  minAvailable: 1\n" });
    expect(await w.kubectl("apply", "-f", "pdb.yaml")).toEqual({
      stdout: "",
      stderr:
        'error: resource mapping not found for name: "x" namespace: "" from "pdb.yaml": no matches for kind "PodDisruptionBudget" in version "policy/v1beta1"\nensure CRDs are installed first\n',
      exitCode: 1,
    });
  });

  it("without -f: `error: must specify one of -f and -k`", async () => {
    expect(await testWorkstation().kubectl("apply")).toEqual({ stdout: "", stderr: "error: must specify one of -f and -k\n", exitCode: 1 });
  });

  it("a missing file: `error: the path \"x.yaml\" does not exist`", async () => {
    expect((await testWorkstation().kubectl("apply", "-f", "x.yaml")).stderr).toBe('error: the path "x.yaml" does not exist\n');
  });

  it("reads `-f -` from standard input", async () => {
    const w = testWorkstation({}, pod);
    expect((await w.kubectl("apply", "-f", "-")).stdout).toBe("pod/x created\n");
  });

  it("a strict decoding error from the server keeps the source (AddSourceToErr)", async () => {
    const w = testWorkstation({ "p.yaml": pod.replace("image: nginx", "imagee: nginx") });
    const r = await w.kubectl("apply", "-f", "p.yaml");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^Error from server \(BadRequest\): error when creating "p\.yaml": .*unknown field "spec\.containers\[0\]\.imagee"/);
  });
});
