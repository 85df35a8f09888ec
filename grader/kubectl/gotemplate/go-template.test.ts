// -o go-template against kubectl v1.34.5: every case of testdata/create-deployment-dry-run.json
// was produced by the real binary (`kubectl create deployment web --image=nginx --replicas=3
// --dry-run=client -o go-template=TEMPLATE`, client-side, no server), stdout, stderr and exit code.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { testWorkstation } from "../commands/write-test-io";
import { parseTemplate, templateFunctionNames, executeTemplate } from ".";

interface GoldenCase {
  template: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

const golden = JSON.parse(readFileSync(new URL("./testdata/create-deployment-dry-run.json", import.meta.url), "utf8")) as { cases: GoldenCase[] };

describe("kubectl -o go-template prints what kubectl v1.34.5 prints", () => {
  const w = testWorkstation();
  it.each(golden.cases.map((c) => [c.template, c] as const))("%s", async (_, c) => {
    const r = await w.kubectl("create", "deployment", "web", "--image=nginx", "--replicas=3", "--dry-run=client", "-o", `go-template=${c.template}`);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
  });
});

describe("the other spellings of the template printer", () => {
  it("template=, go-template-file= and templatefile= print the same, on get's server objects too", async () => {
    const w = testWorkstation({ "t.tmpl": "{{.metadata.name}}:{{.spec.replicas}}" });
    await w.kubectl("create", "deployment", "web", "--image=nginx", "--replicas=2");
    for (const o of ["template={{.metadata.name}}:{{.spec.replicas}}", "go-template-file=t.tmpl", "templatefile=t.tmpl"]) {
      expect((await w.kubectl("get", "deployment", "web", "-o", o)).stdout).toBe("web:2");
    }
  });

  it("a list of objects is one List given to the template", async () => {
    const w = testWorkstation();
    await w.kubectl("create", "configmap", "a");
    await w.kubectl("create", "configmap", "b");
    const r = await w.kubectl("get", "configmaps", "-o", `go-template={{range .items}}{{.metadata.name}} {{end}}{{.kind}}`);
    expect(r.stdout).toBe("a b kube-root-ca.crt List");
  });

  it("a missing file and an empty template fail as kubectl does", async () => {
    const w = testWorkstation();
    expect((await w.kubectl("get", "pods", "-o", "go-template-file=nope.tmpl")).stderr).toBe('error: error reading --template nope.tmpl, open nope.tmpl: no such file or directory\n');
    expect((await w.kubectl("get", "pods", "-o", "go-template=")).stderr).toBe("error: template format specified but no template given\n");
  });

  it("--allow-missing-template-keys=false makes a missing key an error", async () => {
    const w = testWorkstation();
    await w.kubectl("create", "configmap", "a");
    const r = await w.kubectl("get", "configmap", "a", "--allow-missing-template-keys=false", "-o", "go-template={{.data.x}}");
    expect(r.stderr).toBe('error: error executing template "{{.data.x}}": template: output:1:7: executing "output" at <.data.x>: map has no entry for key "data"\n');
  });
});

describe("the template engine", () => {
  const run = (t: string, data: unknown): string => executeTemplate(parseTemplate(t, templateFunctionNames), "output", data, { missingKeyError: false });

  it("ranges over map keys in sorted order and over integers", () => {
    expect(run("{{range $k, $v := .}}{{$k}}={{$v}},{{end}}", { b: 2, a: 1, c: "x" })).toBe("a=1,b=2,c=x,");
    expect(run("{{range $i := 3}}{{$i}}{{end}}", {})).toBe("012");
  });

  it("prints floats as Go's %v does and keeps a JSON null as no value", () => {
    expect(run("{{.a}} {{.b}} {{.c}}", { a: 1.5, b: 1e21, c: null })).toBe("1.5 1e+21 <no value>");
  });
});
