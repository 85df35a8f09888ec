// Flag errors: outputs of kubectl v1.34.5 run offline. Server cases:
// k8s.io/kubectl/pkg/cmd/wait/{wait.go,condition.go,delete.go,json.go} v0.34.5.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./write-test-io";

const pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels:\n    app: web\nspec:\n  containers:\n  - name: c\n    image: nginx\n";
const badPod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: bad\nspec:\n  containers:\n  - name: c\n    image: nginx:does-not-exist-tag\n";

describe("kubectl wait refuses bad --for values (goldens from kubectl v1.34.5)", () => {
  const cases: { name: string; forValue: string; stderr: string }[] = [
    { name: "an empty --for is an unrecognized condition", forValue: "", stderr: 'error: unrecognized condition: ""\n' },
    { name: "an unknown word is an unrecognized condition", forValue: "foo", stderr: 'error: unrecognized condition: "foo"\n' },
    { name: "a jsonpath with an empty value after = is refused", forValue: "jsonpath={.a}=", stderr: "error: jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3\n" },
    { name: "a jsonpath with two = signs is refused", forValue: "jsonpath={.a}=b=c", stderr: "error: jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'\n" },
    { name: "an empty jsonpath is refused", forValue: "jsonpath=", stderr: "error: jsonpath expression cannot be empty\n" },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await testWorkstation().kubectl("wait", `--for=${c.forValue}`, "pod/x");
      expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr: c.stderr, exitCode: 1 });
    });
  }
});

describe("kubectl wait against the cluster", () => {
  const setup = async (manifest = pod) => {
    const w = testWorkstation({ "p.yaml": manifest });
    await w.kubectl("create", "-f", "p.yaml");
    return w;
  };
  it("waits until the pod is Ready and prints `pod/x condition met`", async () => {
    const w = await setup();
    expect(await w.kubectl("wait", "--for=condition=Ready", "pod/x")).toEqual({ stdout: "pod/x condition met\n", stderr: "", exitCode: 0 });
  });
  it("condition names and values compare case-insensitively", async () => {
    const w = await setup();
    expect((await w.kubectl("wait", "--for=condition=ready=TRUE", "pod", "x")).stdout).toBe("pod/x condition met\n");
  });
  it("a jsonpath value waits for status.phase", async () => {
    const w = await setup();
    expect((await w.kubectl("wait", "--for=jsonpath={.status.phase}=Running", "pod/x")).stdout).toBe("pod/x condition met\n");
  });
  it("quotes left around the jsonpath value are trimmed", async () => {
    const w = await setup();
    expect((await w.kubectl("wait", "--for=jsonpath={.status.phase}='Running'", "pod/x")).stdout).toBe("pod/x condition met\n");
  });
  it("-l selects the pods to wait for", async () => {
    const w = await setup();
    expect((await w.kubectl("wait", "--for=condition=Ready", "pods", "-l", "app=web")).stdout).toBe("pod/x condition met\n");
  });
  it("a condition never met times out with the object named", async () => {
    const w = await setup(badPod);
    const r = await w.kubectl("wait", "--for=condition=Ready", "pod/bad", "--timeout=5s");
    expect(r).toEqual({ stdout: "", stderr: "error: timed out waiting for the condition on pods/bad\n", exitCode: 1 });
  });
  it("--timeout=0 checks once: condition not met", async () => {
    const w = await setup();
    const r = await w.kubectl("wait", "--for=condition=Ready", "pod/x", "--timeout=0");
    expect(r.stderr).toBe("error: condition not met for pods/x\n");
  });
  it("--for=delete waits for a running pod's graceful deletion to finish", async () => {
    const w = await setup();
    await w.kubectl("wait", "--for=condition=Ready", "pod/x");
    await w.kubectl("delete", "pod", "x", "--wait=false");
    expect(w.cluster.api.get({ group: "", version: "v1", resource: "pods" }, "default", "x").metadata.deletionTimestamp).toBeDefined();
    expect((await w.kubectl("wait", "--for=delete", "pod/x", "--timeout=60s")).stdout).toBe("pod/x condition met\n");
  });
  it("--for=delete of an absent object succeeds silently", async () => {
    expect(await testWorkstation().kubectl("wait", "--for=delete", "pod/nope")).toEqual({ stdout: "", stderr: "", exitCode: 0 });
  });
  it("a missing object is NotFound", async () => {
    expect((await testWorkstation().kubectl("wait", "--for=condition=Ready", "pod/nope")).stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });
  it("a selector matching nothing says no matching resources found", async () => {
    expect((await testWorkstation().kubectl("wait", "--for=condition=Ready", "pods", "-l", "app=none")).stderr).toBe("error: no matching resources found\n");
  });
  it("a deployment becomes Available", async () => {
    const w = testWorkstation();
    await w.kubectl("create", "deployment", "web", "--image=nginx");
    expect((await w.kubectl("wait", "--for=condition=Available=true", "deployment/web")).stdout).toBe("deployment.apps/web condition met\n");
  });
});
