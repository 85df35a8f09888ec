// `--local -f` cases: goldens from kubectl v1.34.5 run offline on d.yaml below.
// Server cases: k8s.io/kubectl/pkg/cmd/set/set_resources.go and set_serviceaccount.go v0.34.5.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "../write-test-io";

const d =
  "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      initContainers:\n      - name: init\n        image: busybox\n      containers:\n      - name: nginx\n        image: nginx\n      - name: side\n        image: busybox\n";
const deployments = { group: "apps", version: "v1", resource: "deployments" };
const localFlags = ["--local", "-f", "d.yaml"];

describe("kubectl set resources|serviceaccount --local (goldens from kubectl v1.34.5)", () => {
  const cases: { name: string; argv: string[]; stdout: string; stderr: string; exitCode: number }[] = [
    { name: "limits on every container", argv: ["set", "resources", ...localFlags, "--limits=cpu=200m,memory=512Mi"], stdout: "deployment.apps/web resource requirements updated\n", stderr: "", exitCode: 0 },
    { name: "requests on one container", argv: ["set", "resources", ...localFlags, "--requests=cpu=100m", "-c", "side"], stdout: "deployment.apps/web resource requirements updated\n", stderr: "", exitCode: 0 },
    { name: "a container selector matching nothing", argv: ["set", "resources", ...localFlags, "--requests=cpu=100m", "-c", "nope"], stdout: "", stderr: "error: unable to find container named nope\n", exitCode: 1 },
    { name: "neither --limits nor --requests", argv: ["set", "resources", ...localFlags], stdout: "", stderr: "error: you must specify an update to requests or limits (in the form of --requests/--limits)\n", exitCode: 1 },
    {
      name: "a malformed quantity",
      argv: ["set", "resources", ...localFlags, "--limits=cpu=abc"],
      stdout: "",
      stderr: "error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'\n",
      exitCode: 1,
    },
    { name: "a statement without `=`", argv: ["set", "resources", ...localFlags, "--limits=cpu"], stdout: "", stderr: "error: Invalid argument syntax cpu, expected <resource>=<value>\n", exitCode: 1 },
    { name: "-o name", argv: ["set", "resources", ...localFlags, "--limits=cpu=1", "-o", "name"], stdout: "deployment.apps/web\n", stderr: "", exitCode: 0 },
    {
      name: "a resource argument with --local",
      argv: ["set", "resources", ...localFlags, "deploy", "--limits=cpu=1"],
      stdout: "",
      stderr: "error: you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n",
      exitCode: 1,
    },
    { name: "--local with --dry-run=server", argv: ["set", "resources", ...localFlags, "--limits=cpu=1", "--dry-run=server"], stdout: "", stderr: "error: cannot specify --local and --dry-run=server - did you mean --dry-run=client?\n", exitCode: 1 },
    { name: "a service account", argv: ["set", "serviceaccount", ...localFlags, "sa1"], stdout: "deployment.apps/web serviceaccount updated\n", stderr: "", exitCode: 0 },
    { name: "the `sa` alias with -o name", argv: ["set", "sa", ...localFlags, "sa1", "-o", "name"], stdout: "deployment.apps/web\n", stderr: "", exitCode: 0 },
    { name: "no service account", argv: ["set", "sa", ...localFlags], stdout: "", stderr: "error: serviceaccount is required\n", exitCode: 1 },
    { name: "the last of several words is the account", argv: ["set", "sa", ...localFlags, "a", "b"], stdout: "deployment.apps/web serviceaccount updated\n", stderr: "", exitCode: 0 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await testWorkstation({ "d.yaml": d }).kubectl(...c.argv);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
    });
  }
});

describe("kubectl set resources|serviceaccount against the server", () => {
  const setup = async () => {
    const w = testWorkstation({ "d.yaml": d });
    await w.kubectl("create", "-f", "d.yaml");
    return w;
  };
  const podSpec = (w: Awaited<ReturnType<typeof setup>>) =>
    (w.cluster.api.get(deployments, "default", "web").spec as { template: { spec: { serviceAccountName?: string; containers: { resources?: unknown }[] } } }).template.spec;

  it("merges limits and canonical requests into the selected container (0.1 → 100m)", async () => {
    const w = await setup();
    const r = await w.kubectl("set", "resources", "deploy/web", "-c", "nginx", "--limits=cpu=200m,memory=512Mi", "--requests=cpu=0.1");
    expect(r).toEqual({ stdout: "deployment.apps/web resource requirements updated\n", stderr: "", exitCode: 0 });
    expect(podSpec(w).containers[0].resources).toEqual({ limits: { cpu: "200m", memory: "512Mi" }, requests: { cpu: "100m" } });
    await w.kubectl("set", "resources", "deploy/web", "-c", "nginx", "--limits=memory=1Gi");
    expect(podSpec(w).containers[0].resources).toEqual({ limits: { cpu: "200m", memory: "1Gi" }, requests: { cpu: "100m" } });
  });
  it("sets serviceAccountName on the template", async () => {
    const w = await setup();
    expect(await w.kubectl("set", "serviceaccount", "deployment", "web", "robot")).toEqual({ stdout: "deployment.apps/web serviceaccount updated\n", stderr: "", exitCode: 0 });
    expect(podSpec(w).serviceAccountName).toBe("robot");
  });
});
