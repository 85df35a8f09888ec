// API warnings as kubectl v1.34 prints them: `Warning: <text>` on stderr, before the command's own
// stderr, once per distinct text (client-go rest.WarningWriter, Deduplicate); --warnings-as-errors
// as cmd.go's PersistentPostRunE. Texts: see grader/apiserver/warnings/warnings.test.ts.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./commands/write-test-io";

const endpointsWarning = "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n";

const dupPorts = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx
    ports:
    - containerPort: 80
    - containerPort: 80
`;

const dupPortsDeployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
        ports:
        - containerPort: 80
        - containerPort: 80
`;

describe("kubectl prints the API server's warnings", () => {
  it("`get endpoints` warns once that v1 Endpoints is deprecated, and still lists them", async () => {
    const w = testWorkstation();
    const r = await w.kubectl("get", "endpoints");
    expect(r.stderr).toBe(endpointsWarning);
    expect(r.stdout.startsWith("NAME")).toBe(true);
    expect(r.exitCode).toBe(0);
  });

  it("an Endpoints that is not there warns before the NotFound error", async () => {
    const w = testWorkstation();
    const r = await w.kubectl("get", "ep", "ghost");
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr: `${endpointsWarning}Error from server (NotFound): endpoints "ghost" not found\n`, exitCode: 1 });
  });

  it("`get endpointslices` warns nothing", async () => {
    const w = testWorkstation();
    const r = await w.kubectl("get", "endpointslices");
    expect(r.stderr).toBe("");
  });

  it("a Pod with the same containerPort twice is created with pkg/api/pod/warnings.go's warning", async () => {
    const w = testWorkstation({ "pod.yaml": dupPorts });
    const r = await w.kubectl("apply", "-f", "pod.yaml");
    expect(r).toEqual({ stdout: "pod/web created\n", stderr: "Warning: spec.containers[0].ports[1]: duplicate port definition with spec.containers[0].ports[0]\n", exitCode: 0 });
  });

  it("a Deployment named with a dot warns that its name is used in Pod names (apps/deployment/strategy.go)", async () => {
    const w = testWorkstation();
    const r = await w.kubectl("create", "deployment", "web.v1", "--image=nginx");
    expect(r).toEqual({
      stdout: "deployment.apps/web.v1 created\n",
      stderr: "Warning: metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]\n",
      exitCode: 0,
    });
  });

  it("--warnings-as-errors turns a warned success into `error: 1 warning received`, exit 1 (cmd.go)", async () => {
    const w = testWorkstation();
    const r = await w.kubectl("get", "endpoints", "--warnings-as-errors");
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr: `${endpointsWarning}error: 1 warning received\n`, exitCode: 1 });
  });

  it("pods the controllers create while `rollout status` waits warn kubectl nothing (their warnings are the controllers')", async () => {
    const w = testWorkstation({ "deploy.yaml": dupPortsDeployment });
    const created = await w.kubectl("apply", "-f", "deploy.yaml");
    expect(created.stderr).toBe("Warning: spec.template.spec.containers[0].ports[1]: duplicate port definition with spec.template.spec.containers[0].ports[0]\n");
    const pods = () => w.cluster.api.list({ group: "", version: "v1", resource: "pods" }, { namespace: "default" }).items.length;
    expect(pods()).toBe(0);
    const r = await w.kubectl("rollout", "status", "deployment/web");
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr: "", exitCode: 0 });
    expect(pods()).toBe(1);
    expect(w.cluster.api.warningSink).toBeUndefined();
  });
});
