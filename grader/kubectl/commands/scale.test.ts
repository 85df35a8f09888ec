// k8s.io/kubectl/pkg/cmd/scale/scale.go and pkg/scale/scale.go v0.34.5.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./write-test-io";

const deployments = { group: "apps", version: "v1", resource: "deployments" };

async function withDeployment() {
  const w = testWorkstation();
  await w.kubectl("create", "deployment", "web", "--image=nginx", "--replicas=3");
  return w;
}
const replicas = (w: Awaited<ReturnType<typeof withDeployment>>) => (w.cluster.api.get(deployments, "default", "web").spec as { replicas: number }).replicas;

describe("kubectl scale", () => {
  const cases: { name: string; argv: string[]; stdout: string; stderr: string; exitCode: number; replicas: number }[] = [
    { name: "--replicas sets spec.replicas and prints `deployment.apps/web scaled`", argv: ["scale", "deployment", "web", "--replicas=5"], stdout: "deployment.apps/web scaled\n", stderr: "", exitCode: 0, replicas: 5 },
    { name: "TYPE/NAME form scales the same object", argv: ["scale", "deploy/web", "--replicas=0"], stdout: "deployment.apps/web scaled\n", stderr: "", exitCode: 0, replicas: 0 },
    { name: "a matching --current-replicas precondition lets the scale happen", argv: ["scale", "deploy/web", "--replicas=1", "--current-replicas=3"], stdout: "deployment.apps/web scaled\n", stderr: "", exitCode: 0, replicas: 1 },
    {
      name: "a failing --current-replicas precondition prints scale.PreconditionError and changes nothing",
      argv: ["scale", "deploy/web", "--replicas=1", "--current-replicas=2"],
      stdout: "",
      stderr: "error: Expected replicas to be 2, was 3\n",
      exitCode: 1,
      replicas: 3,
    },
    { name: "--dry-run=client prints `scaled (dry run)` and changes nothing", argv: ["scale", "deploy/web", "--replicas=7", "--dry-run=client"], stdout: "deployment.apps/web scaled (dry run)\n", stderr: "", exitCode: 0, replicas: 3 },
    { name: "--dry-run=server prints `scaled (server dry run)` and changes nothing", argv: ["scale", "deploy/web", "--replicas=7", "--dry-run=server"], stdout: "deployment.apps/web scaled (server dry run)\n", stderr: "", exitCode: 0, replicas: 3 },
    { name: "-o name prints only the object's name", argv: ["scale", "deploy/web", "--replicas=2", "-o", "name"], stdout: "deployment.apps/web\n", stderr: "", exitCode: 0, replicas: 2 },
    {
      name: "a negative --replicas is refused by ScaleOptions.Validate",
      argv: ["scale", "deploy/web", "--replicas=-1"],
      stdout: "",
      stderr: "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n",
      exitCode: 1,
      replicas: 3,
    },
    {
      name: "--current-replicas below -1 is refused by ScaleOptions.Validate",
      argv: ["scale", "deploy/web", "--replicas=1", "--current-replicas=-2"],
      stdout: "",
      stderr: "error: The --current-replicas must specify an integer of -1 or greater\n",
      exitCode: 1,
      replicas: 3,
    },
    {
      name: "a missing object is reported through `no objects passed to scale` (wrapped, so not as a server error)",
      argv: ["scale", "deploy/nope", "--replicas=1"],
      stdout: "",
      stderr: 'error: no objects passed to scale deployments.apps "nope" not found\n',
      exitCode: 1,
      replicas: 3,
    },
    {
      name: "a failing --resource-version precondition names the resource version",
      argv: ["scale", "deploy/web", "--replicas=1", "--resource-version=1"],
      stdout: "",
      stderr: "RV",
      exitCode: 1,
      replicas: 3,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const w = await withDeployment();
      const rv = w.cluster.api.get(deployments, "default", "web").metadata.resourceVersion ?? "";
      const r = await w.kubectl(...c.argv);
      const stderr = c.stderr === "RV" ? `error: Expected resource version to be 1, was ${rv}\n` : c.stderr;
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, replicas: replicas(w) }).toEqual({ stdout: c.stdout, stderr, exitCode: c.exitCode, replicas: c.replicas });
    });
  }

  it("without --replicas cobra refuses the command (MarkFlagRequired)", async () => {
    const r = await testWorkstation().kubectl("scale", "deploy/web");
    expect(r.stderr).toBe('error: required flag(s) "replicas" not set\n');
  });

  it("a kind without a scale subresource fails with the bare NotFound of the /scale GET", async () => {
    const w = testWorkstation();
    await w.kubectl("create", "configmap", "c");
    const r = await w.kubectl("scale", "configmap/c", "--replicas=1");
    expect(r.stderr).toBe("Error from server (NotFound): the server could not find the requested resource\n");
  });

  it("--timeout waits until the ReplicaSet's pods report the new count in status.replicas", async () => {
    const w = await withDeployment();
    const r = await w.kubectl("scale", "deploy/web", "--replicas=2", "--timeout=2m");
    expect(r.stdout).toBe("deployment.apps/web scaled\n");
    expect((w.cluster.api.get(deployments, "default", "web").status as { replicas?: number }).replicas).toBe(2);
  });

  it("-o yaml prints the object as fetched before scaling (RunScale prints info.Object)", async () => {
    const w = await withDeployment();
    const r = await w.kubectl("scale", "deploy/web", "--replicas=4", "-o", "yaml");
    expect(r.stdout).toContain("  replicas: 3\n");
  });
});
