// -o jsonpath / jsonpath-as-json / jsonpath-file on the writing commands (cli-runtime PrintFlags:
// JSONPathPrintFlags; the printer is built in Complete, before anything is written). Error texts
// from kubectl v1.34.5 (`kubectl create deployment web --image=nginx --dry-run=client -o ...`).
import { describe, expect, it } from "vitest";
import { testWorkstation, type TestWorkstation } from "./write-test-io";

const deployments = { group: "apps", version: "v1", resource: "deployments" };
const allowed = "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml";

const manifests = `apiVersion: v1
kind: ConfigMap
metadata:
  name: a
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: b
`;

async function workstation(): Promise<TestWorkstation> {
  const w = testWorkstation({ "two.yaml": manifests, "name.jsonpath": "{.metadata.name}" });
  await w.kubectl("create", "deployment", "web", "--image=nginx", "--replicas=2");
  await w.kubectl("run", "box", "--image=busybox");
  return w;
}

describe("writing commands print -o jsonpath templates", () => {
  const cases: { name: string; argv: string[]; stdout: string }[] = [
    { name: "create prints the created object's field, without a newline", argv: ["create", "deployment", "api", "--image=nginx", "-o", "jsonpath={.metadata.name}"], stdout: "api" },
    { name: "create --dry-run=client prints the generated object", argv: ["create", "configmap", "cfg", "--from-literal=a=b", "--dry-run=client", "-o", "jsonpath={.data.a}"], stdout: "b" },
    { name: "create -f prints each object in turn", argv: ["create", "-f", "two.yaml", "-o", "jsonpath={.metadata.name}{\"\\n\"}"], stdout: "a\nb\n" },
    { name: "apply prints several objects once, as a v1 List (apply.go printObjects)", argv: ["apply", "-f", "two.yaml", "-o", "jsonpath={.kind}:{.items[*].metadata.name}"], stdout: "List:a b" },
    { name: "run prints the pod", argv: ["run", "web2", "--image=nginx:1.27", "-o", "jsonpath={.spec.containers[0].image}"], stdout: "nginx:1.27" },
    { name: "scale prints the object as it read it, before scaling (scale.go prints info.Object)", argv: ["scale", "deploy/web", "--replicas=4", "-o", "jsonpath={.spec.replicas}"], stdout: "2" },
    { name: "label prints the labelled object", argv: ["label", "pod", "box", "tier=db", "-o", "jsonpath={.metadata.labels.tier}"], stdout: "db" },
    { name: "annotate prints the annotated object", argv: ["annotate", "pod", "box", "note=hi", "-o", "jsonpath={.metadata.annotations.note}"], stdout: "hi" },
    { name: "set image prints the updated template", argv: ["set", "image", "deploy/web", "nginx=nginx:1.27", "-o", "jsonpath={.spec.template.spec.containers[0].image}"], stdout: "nginx:1.27" },
    { name: "patch prints the patched object", argv: ["patch", "deploy", "web", "-p", '{"spec":{"replicas":5}}', "-o", "jsonpath={.spec.replicas}"], stdout: "5" },
    { name: "expose prints the created Service", argv: ["expose", "deploy", "web", "--port=80", "-o", "jsonpath={.spec.ports[0].port}"], stdout: "80" },
    { name: "jsonpath-as-json prints the results as a JSON array", argv: ["create", "deployment", "api", "--image=nginx", "--dry-run=client", "-o", "jsonpath-as-json={.metadata.name}"], stdout: '[\n    "api"\n]\n' },
    { name: "jsonpath-file reads the template from the workstation", argv: ["create", "deployment", "api", "--image=nginx", "-o", "jsonpath-file=name.jsonpath"], stdout: "api" },
  ];
  it.each(cases)("$name", async ({ argv, stdout }) => {
    const w = await workstation();
    const r = await w.kubectl(...argv);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout, stderr: "", exitCode: 0 });
  });
});

describe("an -o the writing commands cannot print fails before anything is written", () => {
  const cases: { name: string; output: string; stderr: string }[] = [
    { name: "-o wide is get's table printer only", output: "wide", stderr: `error: unable to match a printer suitable for the output format "wide", allowed formats are: ${allowed}\n` },
    { name: "-o custom-columns is get's only", output: "custom-columns=A:.x", stderr: `error: unable to match a printer suitable for the output format "custom-columns=A:.x", allowed formats are: ${allowed}\n` },
    { name: "a jsonpath that does not parse", output: "jsonpath={.metadata.name", stderr: "error: error parsing jsonpath {.metadata.name, unclosed action\n" },
    { name: "-o jsonpath without a template", output: "jsonpath", stderr: "error: template format specified but no template given\n" },
  ];
  it.each(cases)("$name", async ({ output, stderr }) => {
    const w = await workstation();
    const r = await w.kubectl("create", "deployment", "api", "--image=nginx", "-o", output);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: "", stderr, exitCode: 1 });
    expect(() => w.cluster.api.get(deployments, "default", "api")).toThrow('deployments.apps "api" not found');
  });

  it("a missing -o jsonpath-file is reported as kubectl reads it (jsonpath_flags.go)", async () => {
    const w = await workstation();
    const r = await w.kubectl("scale", "deploy/web", "--replicas=4", "-o", "jsonpath-file=nope.txt");
    expect(r.stderr).toBe('error: error reading --template nope.txt, open nope.txt: no such file or directory\n');
    expect((w.cluster.api.get(deployments, "default", "web").spec as { replicas: number }).replicas).toBe(2);
  });
});
