// Usage errors: outputs of kubectl v1.34.5 run offline. Server cases:
// k8s.io/kubectl/pkg/cmd/logs/logs.go and pkg/polymorphichelpers/logsforobject.go v0.34.5.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./write-test-io";

const counter = (name: string, labels = "app: counter") =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n    ${labels}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    command: ["sh", "-c", "echo one; echo two; echo three; sleep 3600"]\n`;
const twoContainers =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: duo\nspec:\n  containers:\n  - name: a\n    image: busybox\n    command: ["sh", "-c", "echo from-a; sleep 3600"]\n  - name: b\n    image: busybox\n    command: ["sh", "-c", "echo from-b; sleep 3600"]\n';

async function running(files: Record<string, string>) {
  const w = testWorkstation(files);
  for (const f of Object.keys(files)) await w.kubectl("create", "-f", f);
  w.cluster.settle({ forMs: 60_000 });
  return w;
}

describe("kubectl logs usage errors (goldens from kubectl v1.34.5)", () => {
  it("no pod and no selector is a usage error", async () => {
    expect((await testWorkstation().kubectl("logs")).stderr).toBe(
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
    );
  });
  it("a pod name and a selector together are refused", async () => {
    expect((await testWorkstation().kubectl("logs", "x", "-l", "a=b")).stderr).toBe("error: only a selector (-l) or a POD name is allowed\nSee 'kubectl logs -h' for help and examples\n");
  });
});

describe("kubectl logs against the cluster", () => {
  it("prints a pod's log", async () => {
    const w = await running({ "p.yaml": counter("p") });
    expect(await w.kubectl("logs", "p")).toEqual({ stdout: "one\ntwo\nthree\n", stderr: "", exitCode: 0 });
  });
  it("--tail keeps the last lines", async () => {
    const w = await running({ "p.yaml": counter("p") });
    expect((await w.kubectl("logs", "pod/p", "--tail=1")).stdout).toBe("three\n");
  });
  it("-l prefixes nothing by default and reads every matching pod", async () => {
    const w = await running({ "p.yaml": counter("p"), "q.yaml": counter("q") });
    expect((await w.kubectl("logs", "-l", "app=counter")).stdout).toBe("one\ntwo\nthree\none\ntwo\nthree\n");
  });
  it("--prefix names the pod and container on each line", async () => {
    const w = await running({ "p.yaml": counter("p") });
    expect((await w.kubectl("logs", "p", "--prefix", "--tail=2")).stdout).toBe("[pod/p/c] two\n[pod/p/c] three\n");
  });
  it("several containers without -c: the first, with the Defaulted container notice", async () => {
    const w = await running({ "d.yaml": twoContainers });
    expect(await w.kubectl("logs", "duo")).toEqual({ stdout: "from-a\n", stderr: 'Defaulted container "a" out of: a, b\n', exitCode: 0 });
  });
  it("-c picks the container", async () => {
    const w = await running({ "d.yaml": twoContainers });
    expect((await w.kubectl("logs", "duo", "-c", "b")).stdout).toBe("from-b\n");
  });
  it("the container may be given as a second argument", async () => {
    const w = await running({ "d.yaml": twoContainers });
    expect((await w.kubectl("logs", "duo", "b")).stdout).toBe("from-b\n");
  });
  it("--all-containers prints every container in order", async () => {
    const w = await running({ "d.yaml": twoContainers });
    expect((await w.kubectl("logs", "duo", "--all-containers")).stdout).toBe("from-a\nfrom-b\n");
  });
  it("an unknown container is refused by logsForObject", async () => {
    const w = await running({ "d.yaml": twoContainers });
    expect((await w.kubectl("logs", "duo", "-c", "zz")).stderr).toBe("error: container zz is not valid for pod duo\n");
  });
  it("a missing pod is NotFound, with the namespace added", async () => {
    expect((await testWorkstation().kubectl("logs", "nope")).stderr).toBe('error: error from server (NotFound): pods "nope" not found in namespace "default"\n');
  });
  it("deploy/x picks one of several pods and says so", async () => {
    const w = testWorkstation();
    await w.kubectl("create", "deployment", "web", "--image=nginx", "--replicas=3");
    w.cluster.settle({ forMs: 60_000 });
    const r = await w.kubectl("logs", "deploy/web");
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^Found 3 pods, using pod\/web-[a-z0-9]+-[a-z0-9]{5}\n$/);
  });
  it("--previous without a restart is the kubelet's BadRequest", async () => {
    const w = await running({ "p.yaml": counter("p") });
    expect((await w.kubectl("logs", "p", "-p")).stderr).toBe('Error from server (BadRequest): previous terminated container "c" in pod "p" not found\n');
  });
  it("-f prints what exists then what is written while following", async () => {
    const ticker = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: t\nspec:\n  containers:\n  - name: c\n    image: busybox\n    command: ["sh", "-c", "i=0; while true; do i=$((i+1)); echo tick $i; sleep 4; done"]\n';
    const w = testWorkstation({ "t.yaml": ticker });
    await w.kubectl("create", "-f", "t.yaml");
    await w.cluster.settleAsync({ forMs: 30_000 });
    const before = (await w.kubectl("logs", "t")).stdout.split("\n").filter(Boolean).length;
    const followed = (await w.kubectl("logs", "t", "-f")).stdout.split("\n").filter(Boolean);
    expect(followed.length).toBeGreaterThan(before);
    expect(followed).toEqual(followed.map((_, i) => `tick ${i + 1}`));
  });
});
