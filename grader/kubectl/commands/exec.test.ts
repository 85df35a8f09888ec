// Usage errors: outputs of kubectl v1.34.5 run offline. Server cases:
// k8s.io/kubectl/pkg/cmd/exec/exec.go, pkg/cmd/util/podcmd/podcmd.go and
// pkg/cmd/util/helpers.go (ExitError: `command terminated with exit code N`) v0.34.5.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./write-test-io";

const single = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: busybox\n    command: ["sh", "-c", "echo hi > /tmp/x; sleep 3600"]\n';
const duo =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: duo\nspec:\n  containers:\n  - name: a\n    image: busybox\n    command: ["sleep", "3600"]\n  - name: b\n    image: busybox\n    command: ["sleep", "3600"]\n';

async function running(files: Record<string, string>) {
  const w = testWorkstation(files);
  for (const f of Object.keys(files)) await w.kubectl("create", "-f", f);
  await w.cluster.settleAsync({ forMs: 60_000 });
  return w;
}

describe("kubectl exec usage errors (goldens from kubectl v1.34.5)", () => {
  it("no pod at all is refused", async () => {
    expect((await testWorkstation().kubectl("exec")).stderr).toBe("error: pod, type/name or --filename must be specified\n");
  });
  it("a pod without a command is refused", async () => {
    expect((await testWorkstation().kubectl("exec", "x")).stderr).toBe("error: you must specify at least one command for the container\n");
  });
  it("a command without -- is no longer supported", async () => {
    expect((await testWorkstation().kubectl("exec", "x", "ls")).stderr).toBe(
      "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n",
    );
  });
});

describe("kubectl exec against the cluster", () => {
  it("runs the command and prints its output", async () => {
    const w = await running({ "p.yaml": single });
    expect(await w.kubectl("exec", "p", "--", "cat", "/tmp/x")).toEqual({ stdout: "hi\n", stderr: "", exitCode: 0 });
  });
  it("a failing command's exit code is kubectl's, with the terminated line on stderr", async () => {
    const w = await running({ "p.yaml": single });
    const r = await w.kubectl("exec", "p", "--", "sh", "-c", "exit 3");
    expect(r).toEqual({ stdout: "", stderr: "command terminated with exit code 3\n", exitCode: 3 });
  });
  it("several containers without -c: the first, with the Defaulted container notice", async () => {
    const w = await running({ "d.yaml": duo });
    const r = await w.kubectl("exec", "duo", "--", "echo", "ok");
    expect(r).toEqual({ stdout: "ok\n", stderr: 'Defaulted container "a" out of: a, b\n', exitCode: 0 });
  });
  it("-c picks the container without a notice", async () => {
    const w = await running({ "d.yaml": duo });
    expect(await w.kubectl("exec", "duo", "-c", "b", "--", "echo", "ok")).toEqual({ stdout: "ok\n", stderr: "", exitCode: 0 });
  });
  it("-it still runs the command", async () => {
    const w = await running({ "p.yaml": single });
    expect((await w.kubectl("exec", "-it", "p", "--", "cat", "/tmp/x")).stdout).toBe("hi\n");
  });
  it("deploy/x execs into one of its pods", async () => {
    const w = testWorkstation();
    await w.kubectl("create", "deployment", "web", "--image=busybox", "--replicas=2", "--", "sleep", "3600");
    await w.cluster.settleAsync({ forMs: 60_000 });
    expect(await w.kubectl("exec", "deploy/web", "--", "echo", "ok")).toEqual({ stdout: "ok\n", stderr: "", exitCode: 0 });
  });
  it("an unknown executable is the runtime's error, wrapped as containerd reports it", async () => {
    const w = await running({ "p.yaml": single });
    const r = await w.kubectl("exec", "p", "--", "nosuchcmd");
    expect(r.stderr).toMatch(
      /^error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuchcmd": executable file not found in \$PATH: unknown\n$/,
    );
    expect(r.exitCode).toBe(1);
  });
  it("a container that is not running cannot be upgraded to", async () => {
    const w = testWorkstation({ "p.yaml": single });
    await w.kubectl("create", "-f", "p.yaml");
    const r = await w.kubectl("exec", "p", "--", "ls");
    expect(r.stderr).toBe('error: Internal error occurred: unable to upgrade connection: container not found ("c")\n');
  });
  it("a command that waits ends on the virtual clock (sleep, wget -T against a dropped connection)", async () => {
    const w = await running({ "p.yaml": single });
    const before = w.cluster.clock.now();
    expect(await w.kubectl("exec", "p", "--", "sh", "-c", "sleep 2; echo done")).toEqual({ stdout: "done\n", stderr: "", exitCode: 0 });
    expect(w.cluster.clock.now() - before).toBeGreaterThanOrEqual(2000);
    // 10.99.99.99 is no pod and no Service: the SYN is dropped and busybox wget gives up after -T seconds.
    const r = await w.kubectl("exec", "p", "--", "wget", "-T", "2", "-qO-", "http://10.99.99.99");
    expect(r).toEqual({ stdout: "", stderr: "wget: download timed out\ncommand terminated with exit code 1\n", exitCode: 1 });
  });
  it("a missing pod is NotFound", async () => {
    expect((await testWorkstation().kubectl("exec", "nope", "--", "ls")).stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });
});
