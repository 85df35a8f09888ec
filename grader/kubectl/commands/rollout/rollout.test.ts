// k8s.io/kubectl/pkg/cmd/rollout/*.go and pkg/polymorphichelpers/{objectpauser,objectresumer,
// objectrestarter,history,rollback,rollout_status}.go at v0.34.5.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "../write-test-io";

const deployments = { group: "apps", version: "v1", resource: "deployments" };

async function rolledOut(replicas = "2") {
  const w = testWorkstation();
  await w.kubectl("create", "deployment", "web", "--image=nginx", `--replicas=${replicas}`);
  w.cluster.settle({ forMs: 60_000 });
  return w;
}
type Workstation = Awaited<ReturnType<typeof rolledOut>>;
const live = (w: Workstation) => w.cluster.api.get(deployments, "default", "web") as unknown as {
  metadata: { annotations?: Record<string, string> };
  spec: { paused?: boolean; template: { metadata: { annotations?: Record<string, string> }; spec: { containers: { image: string }[] } } };
};

/** Two revisions: nginx (1) then nginx:1.27 (2), each rolled out. */
async function twoRevisions() {
  const w = await rolledOut();
  w.cluster.api.patch(deployments, "default", "web", "merge", { spec: { template: { spec: { containers: [{ name: "nginx", image: "nginx:1.27" }] } } } });
  w.cluster.settle({ forMs: 60_000 });
  return w;
}

describe("kubectl rollout pause/resume/restart", () => {
  const cases: { name: string; setup?: string[][]; argv: string[]; stdout: string; stderr: string; exitCode: number }[] = [
    { name: "pause sets spec.paused and prints `deployment.apps/web paused`", argv: ["rollout", "pause", "deployment/web"], stdout: "deployment.apps/web paused\n", stderr: "", exitCode: 0 },
    {
      name: "pausing a paused deployment is the pauser's `is already paused` error",
      setup: [["rollout", "pause", "deploy/web"]],
      argv: ["rollout", "pause", "deploy", "web"],
      stdout: "",
      stderr: 'error: deployments.apps "web" is already paused\n',
      exitCode: 1,
    },
    { name: "resume of a paused deployment prints `resumed`", setup: [["rollout", "pause", "deploy/web"]], argv: ["rollout", "resume", "deploy/web"], stdout: "deployment.apps/web resumed\n", stderr: "", exitCode: 0 },
    { name: "resuming a running deployment is the resumer's `is not paused` error", argv: ["rollout", "resume", "deploy/web"], stdout: "", stderr: 'error: deployments.apps "web" is not paused\n', exitCode: 1 },
    { name: "restart prints `deployment.apps/web restarted`", argv: ["rollout", "restart", "deploy/web"], stdout: "deployment.apps/web restarted\n", stderr: "", exitCode: 0 },
    {
      name: "restarting a paused deployment is refused by the restarter",
      setup: [["rollout", "pause", "deploy/web"]],
      argv: ["rollout", "restart", "deploy/web"],
      stdout: "",
      stderr: "error: deployments.apps \"web\" can't restart paused deployment (run rollout resume first)\n",
      exitCode: 1,
    },
    {
      name: "a second restart within the same second has an empty patch and is refused (rollout_restart.go)",
      setup: [["rollout", "restart", "deploy/web"]],
      argv: ["rollout", "restart", "deploy/web"],
      stdout: "",
      stderr: "error: failed to create patch for web: if restart has already been triggered within the past second, please wait before attempting to trigger another\n",
      exitCode: 1,
    },
    { name: "a bare TYPE pauses every deployment of the namespace (ResourceTypeOrNameArgs(true, ...))", argv: ["rollout", "pause", "deployments"], stdout: "deployment.apps/web paused\n", stderr: "", exitCode: 0 },
    { name: "no resource at all is refused by Validate", argv: ["rollout", "pause"], stdout: "", stderr: "error: required resource not specified\n", exitCode: 1 },
    { name: "pausing a pod is not supported by the pauser", setup: [["run", "p", "--image=nginx"]], argv: ["rollout", "pause", "pod/p"], stdout: "", stderr: 'error: pods "p" pausing is not supported\n', exitCode: 1 },
    { name: "-o name prints only the name", argv: ["rollout", "pause", "deploy/web", "-o", "name"], stdout: "deployment.apps/web\n", stderr: "", exitCode: 0 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const w = await rolledOut();
      for (const argv of c.setup ?? []) {
        if (argv[0] === "run") w.cluster.api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { containers: [{ name: "p", image: "nginx" }] } });
        else await w.kubectl(...argv);
      }
      const r = await w.kubectl(...c.argv);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
    });
  }

  it("pause and resume toggle spec.paused on the server", async () => {
    const w = await rolledOut();
    await w.kubectl("rollout", "pause", "deploy/web");
    expect(live(w).spec.paused).toBe(true);
    await w.kubectl("rollout", "resume", "deploy/web");
    expect(live(w).spec.paused ?? false).toBe(false);
  });

  it("restart stamps kubectl.kubernetes.io/restartedAt with the virtual clock in RFC 3339", async () => {
    const w = await rolledOut();
    await w.kubectl("rollout", "restart", "deploy/web");
    expect(live(w).spec.template.metadata.annotations?.["kubectl.kubernetes.io/restartedAt"]).toMatch(/^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it("a namespace without deployments prints `No resources found in default namespace.` on stderr", async () => {
    const r = await testWorkstation().kubectl("rollout", "restart", "deployments");
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: "", stderr: "No resources found in default namespace.\n", exitCode: 0 });
  });
});

describe("kubectl rollout history", () => {
  it("lists one revision with CHANGE-CAUSE <none> after `deployment.apps/web ` and a blank line", async () => {
    const r = await (await rolledOut()).kubectl("rollout", "history", "deployment/web");
    expect(r.stdout).toBe("deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n\n");
  });
  it("lists revisions in order with the ReplicaSet's kubernetes.io/change-cause", async () => {
    const w = await rolledOut();
    w.cluster.api.patch(deployments, "default", "web", "merge", {
      metadata: { annotations: { "kubernetes.io/change-cause": "image to 1.27" } },
      spec: { template: { spec: { containers: [{ name: "nginx", image: "nginx:1.27" }] } } },
    });
    w.cluster.settle({ forMs: 60_000 });
    const r = await w.kubectl("rollout", "history", "deploy/web");
    expect(r.stdout).toBe("deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         image to 1.27\n\n");
  });
  it("an unknown --revision is `unable to find the specified revision` (history.go)", async () => {
    const r = await (await rolledOut()).kubectl("rollout", "history", "deploy/web", "--revision=9");
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr: "error: unable to find the specified revision\n", exitCode: 1 });
  });
  it("a negative --revision is refused by Validate", async () => {
    const r = await (await rolledOut()).kubectl("rollout", "history", "deploy/web", "--revision=-1");
    expect(r.stderr).toBe("error: revision must be a positive integer: -1\n");
  });
  it("-o name with --revision prints that revision's ReplicaSet", async () => {
    const r = await (await twoRevisions()).kubectl("rollout", "history", "deploy/web", "--revision=2", "-o", "name");
    expect(r.stdout).toMatch(/^replicaset\.apps\/web-[a-z0-9]+\n$/);
  });
  it("--revision prints DescribePodTemplate through a bare PrefixWriter, tabs kept (history.go printTemplate)", async () => {
    const w = await rolledOut();
    w.cluster.api.patch(deployments, "default", "web", "merge", {
      metadata: { annotations: { "kubernetes.io/change-cause": "image to 1.27" } },
      spec: { template: { spec: { containers: [{ name: "nginx", image: "nginx:1.27" }] } } },
    });
    w.cluster.settle({ forMs: 60_000 });
    const r = await w.kubectl("rollout", "history", "deploy/web", "--revision=2");
    expect(r.stdout).toMatch(
      new RegExp(
        "^deployment\\.apps/web with revision #2\nPod Template:\n  Labels:\tapp=web\n\tpod-template-hash=[a-z0-9]+\n" +
          "  Annotations:\tkubernetes\\.io/change-cause: image to 1\\.27\n  Containers:\n   nginx:\n    Image:\tnginx:1\\.27\n" +
          "    Port:\t<none>\n    Host Port:\t<none>\n    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n" +
          "  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n\n$",
      ),
    );
  });
  it("-o jsonpath with --revision runs the template on that revision's ReplicaSet (rollout_history.go)", async () => {
    const w = await twoRevisions();
    const one = await w.kubectl("rollout", "history", "deploy/web", "--revision=1", "-o", "jsonpath={.spec.template.spec.containers[0].image}");
    const all = await w.kubectl("rollout", "history", "deploy/web", "-o", "jsonpath={.spec.template.spec.containers[0].image} ");
    expect([one.stdout, all.stdout]).toEqual(["nginx", "nginx nginx:1.27 "]);
  });
  it("a pod has no history viewer (HistoryViewerFor)", async () => {
    const w = testWorkstation();
    w.cluster.api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { containers: [{ name: "p", image: "nginx" }] } });
    const r = await w.kubectl("rollout", "history", "pod/p");
    expect(r.stderr).toBe('error: no history viewer has been implemented for "Pod"\n');
  });
});

describe("kubectl rollout undo", () => {
  it("goes back to the previous revision's template and prints `rolled back`", async () => {
    const w = await twoRevisions();
    const r = await w.kubectl("rollout", "undo", "deployment/web");
    expect(r.stdout).toBe("deployment.apps/web rolled back\n");
    expect(live(w).spec.template.spec.containers[0].image).toBe("nginx");
  });
  it("--to-revision picks that revision", async () => {
    const w = await twoRevisions();
    await w.kubectl("rollout", "undo", "deploy/web");
    w.cluster.settle({ forMs: 60_000 });
    expect((await w.kubectl("rollout", "undo", "deploy/web", "--to-revision=2")).stdout).toBe("deployment.apps/web rolled back\n");
    expect(live(w).spec.template.spec.containers[0].image).toBe("nginx:1.27");
  });
  it("--to-revision of the current template is a skipped rollback", async () => {
    const r = await (await twoRevisions()).kubectl("rollout", "undo", "deploy/web", "--to-revision=2");
    expect(r.stdout).toBe("deployment.apps/web skipped rollback (current template already matches revision 2)\n");
  });
  it("an unknown --to-revision is revisionNotFoundErr", async () => {
    const r = await (await twoRevisions()).kubectl("rollout", "undo", "deploy/web", "--to-revision=9");
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr: "error: unable to find specified revision 9 in history\n", exitCode: 1 });
  });
  it("a single revision has no previous one to go back to", async () => {
    const r = await (await rolledOut()).kubectl("rollout", "undo", "deploy/web");
    expect(r.stderr).toBe('error: no rollout history found for deployment "web"\n');
  });
  it("a paused deployment cannot be rolled back", async () => {
    const w = await twoRevisions();
    await w.kubectl("rollout", "pause", "deploy/web");
    const r = await w.kubectl("rollout", "undo", "deploy/web");
    expect(r.stderr).toBe("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n");
  });
});

describe("kubectl rollout status", () => {
  it("a finished rollout prints `successfully rolled out` once", async () => {
    const r = await (await rolledOut()).kubectl("rollout", "status", "deployment/web");
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: 'deployment "web" successfully rolled out\n', stderr: "", exitCode: 0 });
  });
  it("a fresh deployment is watched to the end, each line a DeploymentStatusViewer message", async () => {
    const w = testWorkstation();
    await w.kubectl("create", "deployment", "web", "--image=nginx", "--replicas=3");
    const r = await w.kubectl("rollout", "status", "deploy/web");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toBe('deployment "web" successfully rolled out');
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(/^(Waiting for deployment spec update to be observed\.\.\.|Waiting for deployment "web" rollout to finish: (\d+ out of 3 new replicas have been updated|\d+ old replicas are pending termination|\d+ of \d+ updated replicas are available)\.\.\.)$/);
    }
    expect(r.exitCode).toBe(0);
  });
  it("--watch=false prints the current state once and returns", async () => {
    const w = testWorkstation();
    await w.kubectl("create", "deployment", "web", "--image=nginx", "--replicas=3");
    const r = await w.kubectl("rollout", "status", "deploy/web", "--watch=false");
    expect(r.stdout.split("\n").length).toBe(2);
  });
  it("a rollout that cannot finish times out with `timed out waiting for the condition`", async () => {
    const w = await rolledOut();
    await w.kubectl("rollout", "pause", "deploy/web");
    w.cluster.api.patch(deployments, "default", "web", "merge", { spec: { replicas: 4 } });
    w.cluster.api.patch(deployments, "default", "web", "merge", { spec: { template: { spec: { containers: [{ name: "nginx", image: "nginx:1.27" }] } } } });
    const r = await w.kubectl("rollout", "status", "deploy/web", "--timeout=5s");
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr: "error: timed out waiting for the condition\n", exitCode: 1 });
  });
  it("a --revision other than the running one is refused (rollout_status.go)", async () => {
    const r = await (await rolledOut()).kubectl("rollout", "status", "deploy/web", "--revision=3");
    expect(r.stderr).toBe("error: desired revision (3) is different from the running revision (1)\n");
  });
});
