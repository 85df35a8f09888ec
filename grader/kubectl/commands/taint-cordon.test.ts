// Usage-error cases: outputs of kubectl v1.34.5 run offline. Server cases:
// k8s.io/kubectl/pkg/cmd/taint/{taint.go,utils.go} and pkg/cmd/drain/drain.go (RunCordonOrUncordon) v0.34.5.
import { describe, expect, it } from "vitest";
import { testWorkstation, type TestWorkstation } from "./write-test-io";

const nodes = { group: "", version: "v1", resource: "nodes" };
const nodeSpec = (w: TestWorkstation, name: string) => w.cluster.api.get(nodes, "", name).spec as Record<string, unknown>;

describe("kubectl taint refuses malformed command lines (goldens from kubectl v1.34.5)", () => {
  const cases: { name: string; argv: string[]; stderr: string }[] = [
    { name: "a resource type without taints needs at least one taint update", argv: ["taint", "nodes"], stderr: "error: at least one taint update is required\n" },
    { name: "a word without =, : or - is a resource, so no taint update is given", argv: ["taint", "nodes", "n1", "a"], stderr: "error: at least one taint update is required\n" },
    { name: "an unknown effect is a usage error", argv: ["taint", "nodes", "node01", "a=b:Foo"], stderr: "error: invalid taint effect: Foo, unsupported taint effect\nSee 'kubectl taint -h' for help and examples\n" },
    {
      name: "an invalid value is reported with the label value rules",
      argv: ["taint", "nodes", "node01", "a=b!:NoSchedule"],
      stderr:
        "error: invalid taint spec: a=b!:NoSchedule, a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')\nSee 'kubectl taint -h' for help and examples\n",
    },
    { name: "the same key and effect twice is refused, printing the Go struct", argv: ["taint", "nodes", "node01", "a:NoSchedule", "a:NoSchedule"], stderr: "error: duplicated taints with the same key and effect: {a  NoSchedule <nil>}\nSee 'kubectl taint -h' for help and examples\n" },
    { name: "a resource after a taint is refused", argv: ["taint", "nodes", "a:NoSchedule", "node01"], stderr: "error: all resources must be specified before taint changes: node01\n" },
    {
      name: "without a colon the whole `a=b` is taken as a key and fails the qualified name rules",
      argv: ["taint", "nodes", "node01", "a=b"],
      stderr:
        "error: invalid taint spec: a=b, name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')\nSee 'kubectl taint -h' for help and examples\n",
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await testWorkstation().kubectl(...c.argv);
      expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr: c.stderr, exitCode: 1 });
    });
  }
});

describe("kubectl taint against the server (taint.go, utils.go)", () => {
  it("adds a taint and prints `node/node01 tainted`", async () => {
    const w = testWorkstation();
    expect((await w.kubectl("taint", "nodes", "node01", "app=blue:NoSchedule")).stdout).toBe("node/node01 tainted\n");
    expect(nodeSpec(w, "node01").taints).toEqual([{ key: "app", value: "blue", effect: "NoSchedule" }]);
  });
  it("removes a taint by key and effect and prints `untainted`", async () => {
    const w = testWorkstation();
    const r = await w.kubectl("taint", "node", "controlplane", "node-role.kubernetes.io/control-plane:NoSchedule-");
    expect(r.stdout).toBe("node/controlplane untainted\n");
    expect(nodeSpec(w, "controlplane").taints).toBeUndefined();
  });
  it("removes every taint of a key with `key-`", async () => {
    const w = testWorkstation();
    await w.kubectl("taint", "nodes", "node01", "app=blue:NoSchedule", "app=blue:NoExecute");
    expect((await w.kubectl("taint", "nodes", "node01", "app-")).stdout).toBe("node/node01 untainted\n");
    expect(nodeSpec(w, "node01").taints).toBeUndefined();
  });
  it("an existing key and effect without --overwrite is refused", async () => {
    const w = testWorkstation();
    await w.kubectl("taint", "nodes", "node01", "app=blue:NoSchedule");
    const r = await w.kubectl("taint", "nodes", "node01", "app=green:NoSchedule");
    expect(r.stderr).toBe("error: node node01 already has app taint(s) with same effect(s) and --overwrite is false\n");
  });
  it("--overwrite replaces the value and prints `modified`", async () => {
    const w = testWorkstation();
    await w.kubectl("taint", "nodes", "node01", "app=blue:NoSchedule");
    expect((await w.kubectl("taint", "nodes", "node01", "app=green:NoSchedule", "--overwrite")).stdout).toBe("node/node01 modified\n");
    expect(nodeSpec(w, "node01").taints).toEqual([{ key: "app", value: "green", effect: "NoSchedule" }]);
  });
  it("removing an absent taint says it was not found (taint.ToString)", async () => {
    const r = await testWorkstation().kubectl("taint", "nodes", "node01", "app:NoSchedule-");
    expect(r.stderr).toBe('error: taint "app:NoSchedule" not found\n');
  });
  it("adding and removing the same key is refused", async () => {
    const r = await testWorkstation().kubectl("taint", "nodes", "node01", "app=x:NoSchedule", "app-");
    expect(r.stderr).toBe("error: can not both modify and remove the following taint(s) in the same command: app=\n");
  });
  it("only nodes can be tainted", async () => {
    const r = await testWorkstation().kubectl("taint", "pods", "x", "a=b:NoSchedule");
    expect(r.stderr).toBe("error: invalid resource type pods, only node types are supported\n");
  });
  it("a node name is needed without --all or -l", async () => {
    const r = await testWorkstation().kubectl("taint", "nodes", "a=b:NoSchedule");
    expect(r.stderr).toBe("error: at least one resource name must be specified since 'all' parameter is not set\n");
  });
  it("a missing node is NotFound from the server", async () => {
    const r = await testWorkstation().kubectl("taint", "nodes", "nope", "a=b:NoSchedule");
    expect(r.stderr).toBe('Error from server (NotFound): nodes "nope" not found\n');
  });
  // taint.go sets the operation after PrintFlagsWithDryRunStrategy, so no "(dry run)" is printed.
  it("--dry-run=client changes nothing and prints no dry-run suffix", async () => {
    const w = testWorkstation();
    expect((await w.kubectl("taint", "nodes", "node01", "a=b:NoSchedule", "--dry-run=client")).stdout).toBe("node/node01 tainted\n");
    expect(nodeSpec(w, "node01").taints).toBeUndefined();
  });
});

describe("kubectl cordon/uncordon (drain.go RunCordonOrUncordon)", () => {
  it("cordon marks the node unschedulable", async () => {
    const w = testWorkstation();
    expect((await w.kubectl("cordon", "node01")).stdout).toBe("node/node01 cordoned\n");
    expect(nodeSpec(w, "node01").unschedulable).toBe(true);
  });
  it("cordoning twice says already cordoned", async () => {
    const w = testWorkstation();
    await w.kubectl("cordon", "node01");
    expect((await w.kubectl("cordon", "node01")).stdout).toBe("node/node01 already cordoned\n");
  });
  it("uncordon clears spec.unschedulable", async () => {
    const w = testWorkstation();
    await w.kubectl("cordon", "node01");
    expect((await w.kubectl("uncordon", "node01")).stdout).toBe("node/node01 uncordoned\n");
    expect(nodeSpec(w, "node01").unschedulable).toBeUndefined();
  });
  it("uncordoning a schedulable node says already uncordoned", async () => {
    expect((await testWorkstation().kubectl("uncordon", "node01")).stdout).toBe("node/node01 already uncordoned\n");
  });
  it("without a node it is a usage error (golden from kubectl v1.34.5)", async () => {
    expect((await testWorkstation().kubectl("cordon")).stderr).toBe("error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n");
  });
  it("a missing node is NotFound", async () => {
    expect((await testWorkstation().kubectl("cordon", "nope")).stderr).toBe('Error from server (NotFound): nodes "nope" not found\n');
  });
});
