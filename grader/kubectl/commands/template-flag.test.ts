// --template (cli-runtime KubeTemplatePrintFlags): with it, -o names a format alone and --template
// is its template; without -o it means -o go-template (PrintFlags.ToPrinter; get_flags.go when -o is
// empty). The writing commands' texts are from kubectl v1.34.5 (`kubectl create deployment x
// --image=nginx --dry-run=client ...`); get, events and rollout history follow the code of
// get_flags.go, events.go and rollout_history.go, which need a server.
import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster/cluster";
import { Workstation } from "../../shell";
import { testWorkstation } from "./write-test-io";

const allowed = "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml";
const create = ["create", "deployment", "x", "--image=nginx", "--dry-run=client"];

describe("--template on a writing command (kubectl v1.34.5)", () => {
  const cases: { name: string; flags: string[]; stdout: string; stderr?: string }[] = [
    { name: "alone, it is a go-template", flags: ["--template={{.metadata.name}}"], stdout: "x" },
    { name: "with -o template it is that format's template", flags: ["-o", "template", "--template={{.kind}}"], stdout: "Deployment" },
    { name: "with -o go-template", flags: ["-o", "go-template", "--template={{.kind}}"], stdout: "Deployment" },
    { name: "with -o jsonpath it is a JSONPath template", flags: ["-o", "jsonpath", "--template={.metadata.name}"], stdout: "x" },
    { name: "-o name wins over it", flags: ["-o", "name", "--template={{.kind}}"], stdout: "deployment.apps/x\n" },
    { name: "an empty -o given on the command line keeps the success line", flags: ["--output=", "--template={{.metadata.name}}"], stdout: "deployment.apps/x created (dry run)\n" },
    { name: "an empty --template is no template", flags: ["--template="], stdout: "deployment.apps/x created (dry run)\n" },
  ];
  it.each(cases)("$name", async ({ flags, stdout }) => {
    const r = await testWorkstation().kubectl(...create, ...flags);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout, stderr: "", exitCode: 0 });
  });

  const failures: { name: string; flags: string[]; stderr: string }[] = [
    {
      name: "-o format=template is not split when --template is given",
      flags: ["-o", "jsonpath={.kind}", "--template={.metadata.name}"],
      stderr: `error: unable to match a printer suitable for the output format "jsonpath={.kind}", allowed formats are: ${allowed}\n`,
    },
    { name: "-o yaml=x is no format either", flags: ["-o", "yaml=x", "--template=a"], stderr: `error: unable to match a printer suitable for the output format "yaml=x", allowed formats are: ${allowed}\n` },
    { name: "a template that does not parse", flags: ["--template={{.metadata.name"], stderr: "error: error parsing template {{.metadata.name, template: output:1: unclosed action\n" },
    { name: "-o jsonpath with an empty --template", flags: ["-o", "jsonpath", "--template="], stderr: "error: template format specified but no template given\n" },
    { name: "a missing template file", flags: ["-o", "go-template-file", "--template=/nonexist"], stderr: "error: error reading --template /nonexist, open /nonexist: no such file or directory\n" },
  ];
  it.each(failures)("$name", async ({ flags, stderr }) => {
    const r = await testWorkstation().kubectl(...create, ...flags);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: "", stderr, exitCode: 1 });
  });

  it("--allow-missing-template-keys=false applies to it", async () => {
    const r = await testWorkstation().kubectl(...create, "--template={{.metadata.nope}}", "--allow-missing-template-keys=false");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(`error: error executing template "{{.metadata.nope}}": template: output:1:11: executing "output" at <.metadata.nope>: map has no entry for key "nope"\n`);
  });

  it("a template file read through the workstation fails with os.ReadFile's text", async () => {
    const ws = new Workstation({ cluster: createCluster() });
    const r = await ws.run("mkdir d; kubectl create deployment x --image=nginx --dry-run=client -o go-template-file=nope.tmpl; kubectl create deployment x --image=nginx --dry-run=client -o go-template-file=d\n");
    expect(r.stderr).toBe("error: error reading --template nope.tmpl, open nope.tmpl: no such file or directory\nerror: error reading --template d, read d: is a directory\n");
  });
});

describe("--template on get, events and rollout history (get_flags.go, events.go, rollout_history.go)", () => {
  async function withConfigMaps() {
    const w = testWorkstation();
    await w.kubectl("create", "configmap", "a");
    return w;
  }

  it("get: alone it is a go-template over the object, or the List of several", async () => {
    const w = await withConfigMaps();
    expect((await w.kubectl("get", "cm", "a", "--template={{.metadata.name}}")).stdout).toBe("a");
    expect((await w.kubectl("get", "cm", "--template={{range .items}}{{.metadata.name}} {{end}}")).stdout).toBe("a kube-root-ca.crt ");
  });

  it("get: -o custom-columns and -o jsonpath take it as their spec", async () => {
    const w = await withConfigMaps();
    expect((await w.kubectl("get", "cm", "a", "-o", "custom-columns", "--template=NAME:.metadata.name")).stdout).toBe("NAME\na\n");
    expect((await w.kubectl("get", "cm", "a", "-o", "jsonpath", "--template={.kind}")).stdout).toBe("ConfigMap");
  });

  it("get: -o wide and -o yaml win over it", async () => {
    const w = await withConfigMaps();
    const wide = await w.kubectl("get", "cm", "a", "-o", "wide", "--template={{.kind}}");
    expect(wide.stdout).toMatch(/^NAME +DATA +AGE\na +0 +/);
    expect((await w.kubectl("get", "cm", "a", "-o", "yaml", "--template={{.kind}}")).stdout).toMatch(/^apiVersion: v1\n/);
  });

  it("events: alone it keeps the table (a printer only when -o is given); with -o jsonpath it is the template", async () => {
    const w = await withConfigMaps();
    await w.kubectl("run", "p", "--image=nginx");
    await w.cluster.settle();
    const table = await w.kubectl("events", "--template={{.kind}}");
    expect(table.stdout).toMatch(/^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE\n/);
    expect((await w.kubectl("events", "-o", "jsonpath", "--template={.kind}")).stdout).toBe("EventList");
  });

  it("rollout history: alone it prints the object itself; with -o go-template each revision", async () => {
    const w = testWorkstation();
    await w.kubectl("create", "deployment", "web", "--image=nginx");
    await w.cluster.settle();
    await w.kubectl("set", "image", "deploy/web", "nginx=nginx:1.27");
    await w.cluster.settle();
    expect((await w.kubectl("rollout", "history", "deploy/web", "--template={{.kind}}/{{.metadata.name}}")).stdout).toBe("Deployment/web");
    const revisions = await w.kubectl("rollout", "history", "deploy/web", "-o", "go-template", "--template={{index .metadata.annotations \"deployment.kubernetes.io/revision\"}};");
    expect(revisions.stdout).toBe("1;2;");
    const missing = await w.kubectl("rollout", "history", "deploy/web", "--revision=5", "--template={{.kind}}");
    expect(missing.stderr).toBe("error: unable to find the specified revision\n");
  });
});
