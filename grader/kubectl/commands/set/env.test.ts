// `--local -f` cases: goldens from kubectl v1.34.5 run offline on d.yaml below.
// Server cases: k8s.io/kubectl/pkg/cmd/set/set_env.go v0.34.5.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "../write-test-io";

const d =
  "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      initContainers:\n      - name: init\n        image: busybox\n      containers:\n      - name: nginx\n        image: nginx\n        env:\n        - name: OLD\n          value: o\n      - name: side\n        image: busybox\n";
const deployments = { group: "apps", version: "v1", resource: "deployments" };
const updated = "deployment.apps/web env updated\n";

describe("kubectl set env --local (goldens from kubectl v1.34.5)", () => {
  const cases: { name: string; argv: string[]; stdout: string; stderr: string; exitCode: number }[] = [
    { name: "a new variable prints `env updated`", argv: ["A=1"], stdout: updated, stderr: "", exitCode: 0 },
    { name: "-o name prints only the name", argv: ["A=1", "-o", "name"], stdout: "deployment.apps/web\n", stderr: "", exitCode: 0 },
    { name: "removing a variable with NAME- is an update", argv: ["OLD-"], stdout: updated, stderr: "", exitCode: 0 },
    { name: "removing an absent variable changes nothing and prints nothing", argv: ["X-"], stdout: "", stderr: "", exitCode: 0 },
    { name: "the same value on the one container having it prints nothing", argv: ["OLD=o", "-c", "nginx"], stdout: "", stderr: "", exitCode: 0 },
    { name: "-e works like a positional pair", argv: ["-e", "X=y"], stdout: updated, stderr: "", exitCode: 0 },
    { name: "a container selector matching nothing warns and exits 0", argv: ["A=1", "-c", "nope"], stdout: "", stderr: 'Warning: Deployment/web does not have any containers matching "nope"\n', exitCode: 0 },
    { name: "--list prints every container's variables, init containers last", argv: ["--list"], stdout: "# Deployment web, container nginx\nOLD=o\n# Deployment web, container side\n# Deployment web, container init\n", stderr: "", exitCode: 0 },
    { name: "--list with pairs shows the variables after the change", argv: ["-c", "side", "--list", "OLD=x"], stdout: "# Deployment web, container side\nOLD=x\n", stderr: "", exitCode: 0 },
    {
      name: "an invalid name is refused with IsEnvVarName's message",
      argv: ["1A=b"],
      stdout: "",
      stderr:
        "error: \"1A\" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')\n",
      exitCode: 1,
    },
    { name: "setting and removing one name is refused", argv: ["A=1", "A-"], stdout: "", stderr: "error: can not both modify and remove the same environment variable in the same command\n", exitCode: 1 },
    {
      name: "--overwrite=false refuses to replace a value",
      argv: ["OLD=p", "--overwrite=false"],
      stdout: "",
      stderr: "error: deployment.apps/web\n 'OLD' already has a value (o), and --overwrite is false\n",
      exitCode: 1,
    },
    { name: "a word that is not a pair is a resource the local builder ignores", argv: ["A"], stdout: "", stderr: "", exitCode: 0 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await testWorkstation({ "d.yaml": d }).kubectl("set", "env", "--local", "-f", "d.yaml", ...c.argv);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
    });
  }
});

describe("kubectl set env against the server (set_env.go)", () => {
  const setup = async () => {
    const w = testWorkstation({ "d.yaml": d });
    await w.kubectl("create", "-f", "d.yaml");
    return w;
  };
  const envOf = (w: Awaited<ReturnType<typeof setup>>, i: number) =>
    (w.cluster.api.get(deployments, "default", "web").spec as { template: { spec: { containers: { env?: unknown[] }[] } } }).template.spec.containers[i].env;

  it("sets a variable on one container of the deployment", async () => {
    const w = await setup();
    expect(await w.kubectl("set", "env", "deployment/web", "-c", "side", "A=1")).toEqual({ stdout: updated, stderr: "", exitCode: 0 });
    expect(envOf(w, 1)).toEqual([{ name: "A", value: "1" }]);
  });
  it("--from=configmap/x adds configMapKeyRef variables, names upper-cased with a warning", async () => {
    const w = await setup();
    await w.kubectl("create", "configmap", "cfg", "--from-literal=db.host=h", "--from-literal=PORT=1");
    const r = await w.kubectl("set", "env", "deploy/web", "-c", "nginx", "--from=configmap/cfg");
    expect(r).toEqual({ stdout: updated, stderr: "Warning: key db.host transferred to DB_HOST\n", exitCode: 0 });
    expect(envOf(w, 0)).toEqual([
      { name: "OLD", value: "o" },
      { name: "PORT", valueFrom: { configMapKeyRef: { name: "cfg", key: "PORT" } } },
      { name: "DB_HOST", valueFrom: { configMapKeyRef: { name: "cfg", key: "db.host" } } },
    ]);
    const list = await w.kubectl("set", "env", "deploy/web", "-c", "nginx", "--list");
    expect(list.stdout).toBe("# Deployment web, container nginx\nOLD=o\n# PORT from configmap cfg, key PORT\n# DB_HOST from configmap cfg, key db.host\n");
  });
  it("a resource after a pair is refused (envutil.SplitEnvironmentFromResources)", async () => {
    const r = await (await setup()).kubectl("set", "env", "deploy", "A=1", "web");
    expect(r.stderr).toBe("error: all resources must be specified before environment changes: deploy A=1 web\n");
  });
  it("no resource at all is refused by Validate", async () => {
    const r = await (await setup()).kubectl("set", "env", "A=1");
    expect(r.stderr).toBe("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n");
  });
});
