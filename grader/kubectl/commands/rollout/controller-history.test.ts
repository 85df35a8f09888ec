// `kubectl rollout status|history|undo|restart|pause` for StatefulSets and DaemonSets against the
// simulated controllers. Texts from k8s.io/kubectl v0.34.5: pkg/polymorphichelpers/
// rollout_status.go (StatefulSetStatusViewer, DaemonSetStatusViewer), history.go (printHistory,
// tabbedString padding 2), rollback.go (DaemonSetRollbacker, StatefulSetRollbacker, findHistory,
// printPodTemplate), objectpauser.go / objectrestarter.go, pkg/cmd/rollout/*.go.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "../write-test-io";

const sts =
  "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  replicas: 2\n  selector:\n    matchLabels:\n      app: db\n  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n";
const ds =
  'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: logs\nspec:\n  selector:\n    matchLabels:\n      app: logs\n  template:\n    metadata:\n      labels:\n        app: logs\n    spec:\n      containers:\n      - name: agent\n        image: busybox\n        command: ["sleep", "3600"]\n';
const statefulSets = { group: "apps", version: "v1", resource: "statefulsets" };
const daemonSets = { group: "apps", version: "v1", resource: "daemonsets" };

/** Both created and rolled out, then each given a second revision (a new image) that is rolled out too. */
async function twoRevisionsEach() {
  const w = testWorkstation({ "sts.yaml": sts, "ds.yaml": ds });
  await w.kubectl("create", "-f", "sts.yaml");
  await w.kubectl("create", "-f", "ds.yaml");
  w.cluster.settle({ forMs: 60_000 });
  await w.kubectl("set", "image", "sts/db", "nginx=nginx:1.27");
  await w.kubectl("set", "image", "ds/logs", "agent=busybox:1.36");
  w.cluster.settle({ forMs: 60_000 });
  return w;
}
type Workstation = Awaited<ReturnType<typeof twoRevisionsEach>>;
const imageOf = (w: Workstation, gvr: typeof statefulSets, name: string) =>
  (w.cluster.api.get(gvr, "default", name).spec as { template: { spec: { containers: { image: string }[] } } }).template.spec.containers[0].image;

describe("kubectl rollout status for StatefulSets and DaemonSets", () => {
  it("a new StatefulSet is watched from `spec update to be observed` to the partitioned roll out (partition defaults to 0)", async () => {
    const w = testWorkstation({ "sts.yaml": sts });
    await w.kubectl("create", "-f", "sts.yaml");
    const r = await w.kubectl("rollout", "status", "sts/db");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Waiting for statefulset spec update to be observed...");
    expect(lines.at(-1)).toBe("partitioned roll out complete: 2 new pods have been updated...");
    for (const line of lines.slice(1, -1)) expect(line).toMatch(/^(Waiting for [12] pods to be ready\.\.\.|Waiting for partitioned roll out to finish: \d out of 2 new pods have been updated\.\.\.)$/);
    expect(r.exitCode).toBe(0);
  });

  it("a settled DaemonSet is `successfully rolled out` at once", async () => {
    const r = await (await twoRevisionsEach()).kubectl("rollout", "status", "daemonset/logs");
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: 'daemon set "logs" successfully rolled out\n', stderr: "", exitCode: 0 });
  });

  it("a DaemonSet update is followed through updated then available pods", async () => {
    const w = await twoRevisionsEach();
    await w.kubectl("set", "image", "ds/logs", "agent=busybox:1.37");
    const r = await w.kubectl("rollout", "status", "ds/logs");
    expect(r.stdout).toBe(
      "Waiting for daemon set spec update to be observed...\n" +
        'Waiting for daemon set "logs" rollout to finish: 0 out of 1 new pods have been updated...\n' +
        'Waiting for daemon set "logs" rollout to finish: 0 of 1 updated pods are available...\n' +
        'daemon set "logs" successfully rolled out\n',
    );
  });

  it("a partition holds the roll out back: --watch=false shows how many pods are to be updated", async () => {
    const w = await twoRevisionsEach();
    w.cluster.api.patch(statefulSets, "default", "db", "merge", { spec: { updateStrategy: { rollingUpdate: { partition: 1 } } } });
    w.cluster.settle({ forMs: 10_000 });
    await w.kubectl("set", "image", "sts/db", "nginx=nginx:1.28");
    w.cluster.settle({ forMs: 60_000 });
    const r = await w.kubectl("rollout", "status", "sts/db");
    expect(r.stdout).toBe("partitioned roll out complete: 1 new pods have been updated...\n");
  });

  it("an OnDelete StatefulSet has no rollout status", async () => {
    const w = await twoRevisionsEach();
    w.cluster.api.patch(statefulSets, "default", "db", "merge", { spec: { updateStrategy: { type: "OnDelete", rollingUpdate: null } } });
    const r = await w.kubectl("rollout", "status", "sts/db");
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr: "error: rollout status is only available for RollingUpdate strategy type\n", exitCode: 1 });
  });

  it("a pod has no status viewer (StatusViewerFor prints the GroupKind)", async () => {
    const r = await (await twoRevisionsEach()).kubectl("rollout", "status", "pod/db-0");
    expect(r.stderr).toBe("error: no status viewer has been implemented for Pod\n");
  });
});

describe("kubectl rollout history for StatefulSets and DaemonSets", () => {
  it("lists the ControllerRevisions as REVISION / CHANGE-CAUSE", async () => {
    const r = await (await twoRevisionsEach()).kubectl("rollout", "history", "sts/db");
    expect(r.stdout).toBe("statefulset.apps/db \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n");
  });

  it("--revision describes that revision's pod template", async () => {
    const r = await (await twoRevisionsEach()).kubectl("rollout", "history", "ds/logs", "--revision=1");
    expect(r.stdout).toBe(
      "daemonset.apps/logs with revision #1\nPod Template:\n  Labels:\tapp=logs\n  Containers:\n   agent:\n    Image:\tbusybox\n    Port:\t<none>\n    Host Port:\t<none>\n" +
        "    Command:\n      sleep\n      3600\n    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n\n",
    );
  });

  it("an unknown --revision is printHistory's error", async () => {
    const r = await (await twoRevisionsEach()).kubectl("rollout", "history", "ds/logs", "--revision=7");
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr: "error: unable to find the specified revision\n", exitCode: 1 });
  });

  it("-o prints the object as each revision would make it (GetHistory applies the revision)", async () => {
    const w = await twoRevisionsEach();
    const r = await w.kubectl("rollout", "history", "sts/db", "--revision=1", "-o", "jsonpath={.kind} {.spec.template.spec.containers[0].image}");
    expect(r.stdout).toBe("StatefulSet nginx");
    const names = await w.kubectl("rollout", "history", "ds/logs", "-o", "name");
    expect(names.stdout).toBe("daemonset.apps/logs\ndaemonset.apps/logs\n");
  });
});

describe("kubectl rollout undo for StatefulSets and DaemonSets", () => {
  const cases: { name: string; argv: string[]; stdout: string; stderr: string; exitCode: number; image?: [typeof statefulSets, string, string] }[] = [
    { name: "undo goes back to the previous revision's template", argv: ["sts/db"], stdout: "statefulset.apps/db rolled back\n", stderr: "", exitCode: 0, image: [statefulSets, "db", "nginx"] },
    { name: "--to-revision picks that revision", argv: ["ds/logs", "--to-revision=1"], stdout: "daemonset.apps/logs rolled back\n", stderr: "", exitCode: 0, image: [daemonSets, "logs", "busybox"] },
    {
      name: "--to-revision of the current template is skipped",
      argv: ["ds/logs", "--to-revision=2"],
      stdout: "daemonset.apps/logs skipped rollback (current template already matches revision 2)\n",
      stderr: "",
      exitCode: 0,
      image: [daemonSets, "logs", "busybox:1.36"],
    },
    { name: "an unknown --to-revision is revisionNotFoundErr", argv: ["sts/db", "--to-revision=5"], stdout: "", stderr: "error: unable to find specified revision 5 in history\n", exitCode: 1 },
    {
      name: "--dry-run=client prints the template it would roll back to, and changes nothing",
      argv: ["sts/db", "--dry-run=client"],
      stdout:
        "statefulset.apps/db will roll back to Pod Template:\n  Labels:\tapp=db\n  Containers:\n   nginx:\n    Image:\tnginx\n    Port:\t<none>\n    Host Port:\t<none>\n" +
        "    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n (dry run)\n",
      stderr: "",
      exitCode: 0,
      image: [statefulSets, "db", "nginx:1.27"],
    },
    { name: "--dry-run=server sends the patch as a dry run", argv: ["sts/db", "--dry-run=server"], stdout: "statefulset.apps/db rolled back (server dry run)\n", stderr: "", exitCode: 0, image: [statefulSets, "db", "nginx:1.27"] },
    { name: "a pod has no rollbacker", argv: ["pod/db-0"], stdout: "", stderr: 'error: no rollbacker has been implemented for "Pod"\n', exitCode: 1 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const w = await twoRevisionsEach();
      const r = await w.kubectl("rollout", "undo", ...c.argv);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
      if (c.image) expect(imageOf(w, c.image[0], c.image[1])).toBe(c.image[2]);
    });
  }

  it("a single revision has no last revision to roll back to", async () => {
    const w = testWorkstation({ "ds.yaml": ds });
    await w.kubectl("create", "-f", "ds.yaml");
    w.cluster.settle({ forMs: 30_000 });
    const r = await w.kubectl("rollout", "undo", "ds/logs");
    expect(r.stderr).toBe("error: no last revision to roll back to\n");
  });
});

describe("kubectl rollout restart and pause for StatefulSets and DaemonSets", () => {
  it("restart stamps the template with restartedAt and rolls the pods", async () => {
    const w = await twoRevisionsEach();
    const r = await w.kubectl("rollout", "restart", "sts/db", "ds/logs");
    expect(r.stdout).toBe("statefulset.apps/db restarted\ndaemonset.apps/logs restarted\n");
    w.cluster.settle({ forMs: 60_000 });
    const history = await w.kubectl("rollout", "history", "ds/logs");
    expect(history.stdout).toBe("daemonset.apps/logs \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n3         <none>\n\n");
  });

  it("pausing is only for Deployments (objectpauser.go)", async () => {
    const r = await (await twoRevisionsEach()).kubectl("rollout", "pause", "sts/db");
    expect(r.stderr).toBe('error: statefulsets.apps "db" pausing is not supported\n');
  });
});

describe("kubectl rollout undo --dry-run=client of a Deployment", () => {
  it("prints the previous ReplicaSet's template as it is, pod-template-hash included (DeploymentRollbacker printTemplate)", async () => {
    const w = testWorkstation();
    await w.kubectl("create", "deployment", "web", "--image=nginx");
    w.cluster.settle({ forMs: 60_000 });
    await w.kubectl("set", "image", "deploy/web", "nginx=nginx:1.27");
    w.cluster.settle({ forMs: 60_000 });
    const rs = w.cluster.api.list({ group: "apps", version: "v1", resource: "replicasets" }, { namespace: "default" }).items.find(
      (r) => r.metadata.annotations?.["deployment.kubernetes.io/revision"] === "1",
    );
    const hash = rs?.metadata.labels?.["pod-template-hash"] ?? "";
    const r = await w.kubectl("rollout", "undo", "deploy/web", "--dry-run=client");
    expect(r.stdout).toBe(
      `deployment.apps/web Pod Template:\n  Labels:\tapp=web\n\tpod-template-hash=${hash}\n  Containers:\n   nginx:\n    Image:\tnginx\n    Port:\t<none>\n    Host Port:\t<none>\n` +
        "    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n (dry run)\n",
    );
    expect(hash).not.toBe("");
  });
});
