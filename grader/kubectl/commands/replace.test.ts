// k8s.io/kubectl/pkg/cmd/replace/replace.go v0.34.5 (Validate, Run, forceReplace);
// the no-filename error is the output of kubectl v1.34.5 run offline.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./write-test-io";

const pod = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: c\n    image: ${image}\n`;
const cm = (v: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  k: ${v}\n`;
const pods = { group: "", version: "v1", resource: "pods" };
const configmaps = { group: "", version: "v1", resource: "configmaps" };

describe("kubectl replace", () => {
  it("replaces a config map from a file and prints `configmap/cfg replaced`", async () => {
    const w = testWorkstation({ "a.yaml": cm("one"), "b.yaml": cm("two") });
    await w.kubectl("create", "-f", "a.yaml");
    expect(await w.kubectl("replace", "-f", "b.yaml")).toEqual({ stdout: "configmap/cfg replaced\n", stderr: "", exitCode: 0 });
    expect(w.cluster.api.get(configmaps, "default", "cfg").data).toEqual({ k: "two" });
  });
  it("a missing object is NotFound, with the file named (AddSourceToErr)", async () => {
    const w = testWorkstation({ "b.yaml": cm("two") });
    expect((await w.kubectl("replace", "-f", "b.yaml")).stderr).toBe('Error from server (NotFound): error when replacing "b.yaml": configmaps "cfg" not found\n');
  });
  // As on a real cluster: the file lacks the defaulted and admitted fields, so the pod update is Forbidden (why --force exists).
  it("replacing a running pod from a thin manifest is refused by the pod update rules", async () => {
    const w = testWorkstation({ "a.yaml": pod("nginx"), "b.yaml": pod("nginx:1.27") });
    await w.kubectl("create", "-f", "a.yaml");
    const r = await w.kubectl("replace", "-f", "b.yaml");
    expect(r.stderr.startsWith('The Pod "x" is invalid: \n* spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds\n* spec: Forbidden: pod updates may not change fields other than')).toBe(true);
    expect(r.exitCode).toBe(1);
  });
  it("--force deletes, waits for the pod to go and creates it again", async () => {
    const w = testWorkstation({ "a.yaml": pod("nginx"), "b.yaml": pod("busybox") });
    await w.kubectl("create", "-f", "a.yaml");
    const uid = w.cluster.api.get(pods, "default", "x").metadata.uid;
    const r = await w.kubectl("replace", "--force", "-f", "b.yaml");
    expect(r).toEqual({ stdout: 'pod "x" deleted from default namespace\npod/x replaced\n', stderr: "", exitCode: 0 });
    const live = w.cluster.api.get(pods, "default", "x");
    expect(live.metadata.uid).not.toBe(uid);
    expect((live.spec as { containers: { image: string }[] }).containers[0].image).toBe("busybox");
  });
  it("--dry-run=client prints the dry-run suffix and changes nothing", async () => {
    const w = testWorkstation({ "a.yaml": cm("one"), "b.yaml": cm("two") });
    await w.kubectl("create", "-f", "a.yaml");
    expect((await w.kubectl("replace", "-f", "b.yaml", "--dry-run=client")).stdout).toBe("configmap/cfg replaced (dry run)\n");
    expect(w.cluster.api.get(configmaps, "default", "cfg").data).toEqual({ k: "one" });
  });
  const refusals: { name: string; argv: string[]; stderr: string }[] = [
    { name: "without -f it is refused (golden from kubectl v1.34.5)", argv: ["replace"], stderr: "error: must specify one of -f and -k\n" },
    { name: "--grace-period needs --force", argv: ["replace", "-f", "a.yaml", "--grace-period=1"], stderr: "error: --grace-period must have --force specified\n" },
    { name: "--force with --dry-run is refused", argv: ["replace", "-f", "a.yaml", "--force", "--dry-run=client"], stderr: "error: --dry-run can not be used when --force is set\n" },
  ];
  for (const c of refusals) {
    it(c.name, async () => {
      expect((await testWorkstation({ "a.yaml": cm("x") }).kubectl(...c.argv)).stderr).toBe(c.stderr);
    });
  }
});
