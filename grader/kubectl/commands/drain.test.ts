// k8s.io/kubectl/pkg/cmd/drain/drain.go (RunDrain, deleteOrEvictPodsSimple) and
// pkg/drain/{drain.go,filters.go} v0.34.5; the usage error is kubectl v1.34.5's output offline.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./write-test-io";

const pdb = "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 2\n  selector:\n    matchLabels:\n      app: web\n";
const bare = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: bare\nspec:\n  nodeName: node01\n  containers:\n  - name: c\n    image: nginx\n";
const scratch =
  "apiVersion: v1\nkind: Pod\nmetadata:\n  name: scratch\nspec:\n  nodeName: node01\n  containers:\n  - name: c\n    image: nginx\n  volumes:\n  - name: tmp\n    emptyDir: {}\n";

/** The kube-proxy pod name on node01 (a random suffix). */
function proxyOnNode01(w: ReturnType<typeof testWorkstation>): string {
  const items = w.cluster.api.list({ group: "", version: "v1", resource: "pods" }, { namespace: "kube-system", fieldSelector: "spec.nodeName=node01" }).items;
  return items.find((p) => p.metadata.name?.startsWith("kube-proxy-"))?.metadata.name ?? "";
}

async function withWeb(files: Record<string, string> = {}) {
  const w = testWorkstation(files);
  await w.kubectl("create", "deployment", "web", "--image=nginx", "--replicas=2");
  for (const f of Object.keys(files)) await w.kubectl("create", "-f", f);
  w.cluster.settle({ forMs: 60_000 });
  return w;
}

describe("kubectl drain", () => {
  it("without a node it is a usage error (golden from kubectl v1.34.5)", async () => {
    expect((await testWorkstation().kubectl("drain")).stderr).toBe("error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples\n");
  });
  it("DaemonSet pods stop the drain without --ignore-daemonsets, after cordoning", async () => {
    const w = await withWeb();
    const proxy = proxyOnNode01(w);
    const r = await w.kubectl("drain", "node01");
    expect(r).toEqual({
      stdout: "node/node01 cordoned\n",
      stderr:
        `error: unable to drain node "node01" due to error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/${proxy}, continuing command...\n` +
        `There are pending nodes to be drained:\n node01\n` +
        `error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/${proxy}\n`,
      exitCode: 1,
    });
  });
  it("--ignore-daemonsets warns, evicts the deployment's pods and prints drained", async () => {
    const w = await withWeb();
    const proxy = proxyOnNode01(w);
    const r = await w.kubectl("drain", "node01", "--ignore-daemonsets");
    expect(r.stderr).toBe(`Warning: ignoring DaemonSet-managed Pods: kube-system/${proxy}\n`);
    expect(r.stdout).toMatch(/^node\/node01 cordoned\nevicting pod default\/(web-\S+)\nevicting pod default\/(web-\S+)\npod\/web-\S+ evicted\npod\/web-\S+ evicted\nnode\/node01 drained\n$/);
    expect(r.exitCode).toBe(0);
  });
  // filters.go's fatal text already starts with "cannot delete" and errors() adds it again.
  it("a pod without a controller needs --force (the doubled `cannot delete` is upstream's)", async () => {
    const w = await withWeb({ "bare.yaml": bare });
    const r = await w.kubectl("drain", "node01", "--ignore-daemonsets");
    expect(r.stderr.endsWith("error: cannot delete cannot delete Pods that declare no controller (use --force to override): default/bare\n")).toBe(true);
  });
  it("--force deletes an unmanaged pod with a warning", async () => {
    const w = await withWeb({ "bare.yaml": bare });
    const r = await w.kubectl("drain", "node01", "--ignore-daemonsets", "--force");
    expect(r.stderr).toBe(`Warning: deleting Pods that declare no controller: default/bare; ignoring DaemonSet-managed Pods: kube-system/${proxyOnNode01(w)}\n`);
    expect(r.stdout).toContain("pod/bare evicted\n");
  });
  it("a pod with an emptyDir needs --delete-emptydir-data", async () => {
    const w = await withWeb({ "s.yaml": scratch });
    const r = await w.kubectl("drain", "node01", "--ignore-daemonsets", "--force");
    expect(r.stderr.endsWith("error: cannot delete Pods with local storage (use --delete-emptydir-data to override): default/scratch\n")).toBe(true);
  });
  it("a PodDisruptionBudget blocks the eviction, retried every 5s until --timeout", async () => {
    const w = await withWeb({ "pdb.yaml": pdb });
    const r = await w.kubectl("drain", "node01", "--ignore-daemonsets", "--timeout=6s");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("(will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.\n");
    expect(r.stderr).toMatch(/global timeout reached: 6s/);
    expect(r.stderr).toContain("There are pending nodes to be drained:\n node01\n");
  });
  it("--dry-run=client cordons nothing and lists the pods it would evict", async () => {
    const w = await withWeb();
    const r = await w.kubectl("drain", "node01", "--ignore-daemonsets", "--dry-run=client");
    expect(r.stdout).toMatch(/^node\/node01 cordoned \(dry run\)\nevicting pod default\/web-\S+ \(dry run\)\nevicting pod default\/web-\S+ \(dry run\)\nnode\/node01 drained \(dry run\)\n$/);
    expect((w.cluster.api.get({ group: "", version: "v1", resource: "nodes" }, "", "node01").spec as { unschedulable?: boolean }).unschedulable).toBeUndefined();
  });
  it("--disable-eviction deletes instead", async () => {
    const w = await withWeb();
    const r = await w.kubectl("drain", "node01", "--ignore-daemonsets", "--disable-eviction");
    expect(r.stdout).toMatch(/^node\/node01 cordoned\npod\/web-\S+ deleted\npod\/web-\S+ deleted\nnode\/node01 drained\n$/);
  });
});
