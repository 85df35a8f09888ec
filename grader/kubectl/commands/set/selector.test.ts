// `--local -f` cases: goldens from kubectl v1.34.5 run offline on svc.yaml / d.yaml below.
// Server cases: k8s.io/kubectl/pkg/cmd/set/set_selector.go v0.34.5 (a patch of spec.selector,
// `selector updated`, the first error stops the visit).
import { describe, expect, it } from "vitest";
import { testWorkstation } from "../write-test-io";

const svc = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: old\n    tier: x\n  ports:\n  - port: 80\n";
const d =
  "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n";
const services = { group: "", version: "v1", resource: "services" };

describe("kubectl set selector --local (goldens from kubectl v1.34.5)", () => {
  const cases: { name: string; file?: string; argv: string[]; stdout: string; stderr: string; exitCode: number }[] = [
    { name: "an equality selector prints `selector updated`", argv: ["app=web"], stdout: "service/web selector updated\n", stderr: "", exitCode: 0 },
    { name: "--dry-run=client adds (dry run)", argv: ["app=web", "--dry-run=client"], stdout: "service/web selector updated (dry run)\n", stderr: "", exitCode: 0 },
    { name: "--dry-run=server with --local is not refused and says (server dry run)", argv: ["app=web", "--dry-run=server"], stdout: "service/web selector updated (server dry run)\n", stderr: "", exitCode: 0 },
    { name: "-o name prints only the name", argv: ["app=web", "-o", "name"], stdout: "service/web\n", stderr: "", exitCode: 0 },
    { name: "an empty selector is a valid (empty) selector", argv: [""], stdout: "service/web selector updated\n", stderr: "", exitCode: 0 },
    { name: "a set-based requirement is a match expression a Service cannot hold", argv: ["app in (a,b)"], stdout: "", stderr: "error: match expression [{app In [a b]}] not supported on this object\n", exitCode: 1 },
    { name: "`!key` is a DoesNotExist expression", argv: ["!app"], stdout: "", stderr: "error: match expression [{app DoesNotExist []}] not supported on this object\n", exitCode: 1 },
    {
      name: "several expressions are listed sorted by key",
      argv: ["tier,app notin (x)"],
      stdout: "",
      stderr: "error: match expression [{app NotIn [x]} {tier Exists []}] not supported on this object\n",
      exitCode: 1,
    },
    { name: "!= has no LabelSelector operator (ParseToLabelSelector)", argv: ["app!=web"], stdout: "", stderr: 'error: "!=" is not a valid label selector operator\n', exitCode: 1 },
    { name: "> is refused by ParseToLabelSelector", argv: ["app>1"], stdout: "", stderr: 'error: "gt" isn\'t supported in label selectors\n', exitCode: 1 },
    {
      name: "a selector that does not parse names the string",
      argv: ["a b"],
      stdout: "",
      stderr: 'error: couldn\'t parse the selector string "a b": unable to parse requirement: found \'b\', expected: in, notin, =, ==, !=, gt, lt\n',
      exitCode: 1,
    },
    { name: "a Deployment has no settable selector", file: "d.yaml", argv: ["app=web"], stdout: "", stderr: "error: setting a selector is only supported for Services\n", exitCode: 1 },
    { name: "no selector argument is refused by Validate", argv: [], stdout: "", stderr: "error: one selector is required\n", exitCode: 1 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await testWorkstation({ "svc.yaml": svc, "d.yaml": d }).kubectl("set", "selector", "--local", "-f", c.file ?? "svc.yaml", ...c.argv);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
    });
  }

  it("resources named with --local are refused (goldens from kubectl v1.34.5)", async () => {
    const r = await testWorkstation().kubectl("set", "selector", "--local", "svc/web", "app=web");
    expect(r.stderr).toBe("error: you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n");
  });

  it("a selector without resources is the builder's missing-resource error (goldens from kubectl v1.34.5)", async () => {
    const r = await testWorkstation().kubectl("set", "selector", "app=web");
    expect(r.stderr).toBe(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    );
  });
});

describe("kubectl set selector against the server", () => {
  const setup = async () => {
    const w = testWorkstation({ "svc.yaml": svc });
    await w.kubectl("create", "-f", "svc.yaml");
    return w;
  };
  const selectorOf = (w: Awaited<ReturnType<typeof setup>>) => (w.cluster.api.get(services, "default", "web").spec as { selector?: Record<string, string> }).selector;

  it("the new selector replaces the old one: keys not given are removed", async () => {
    const w = await setup();
    const r = await w.kubectl("set", "selector", "svc", "web", "app=web,env=prod");
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: "service/web selector updated\n", stderr: "", exitCode: 0 });
    expect(selectorOf(w)).toEqual({ app: "web", env: "prod" });
  });

  it("--dry-run=server sends the patch as a dry run: nothing changes", async () => {
    const w = await setup();
    const r = await w.kubectl("set", "selector", "service/web", "app=web", "--dry-run=server");
    expect(r.stdout).toBe("service/web selector updated (server dry run)\n");
    expect(selectorOf(w)).toEqual({ app: "old", tier: "x" });
  });

  it("-o yaml prints the patched Service from the server", async () => {
    const r = await (await setup()).kubectl("set", "selector", "svc/web", "app=new", "-o", "yaml");
    expect(r.stdout).toContain("  selector:\n    app: new\n");
    expect(r.stdout).not.toContain("tier: x");
  });

  it("a Deployment is refused with updateSelectorForObject's error", async () => {
    const w = await setup();
    await w.kubectl("create", "deployment", "web", "--image=nginx");
    const r = await w.kubectl("set", "selector", "deploy/web", "app=web");
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: "", stderr: "error: setting a selector is only supported for Services\n", exitCode: 1 });
  });

  it("a missing Service is NotFound", async () => {
    const r = await testWorkstation().kubectl("set", "selector", "svc/nope", "app=web");
    expect(r.stderr).toBe('Error from server (NotFound): services "nope" not found\n');
  });
});
