// k8s.io/kubectl/pkg/cmd/describe/describe.go v0.34.5 (Run, DescribeMatchingResources).
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./write-test-io";

const podYaml = (name: string, app: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n    app: ${app}\nspec:\n  containers:\n  - name: c\n    image: nginx\n`;

async function setup() {
  const w = testWorkstation({ "a.yaml": podYaml("web-1", "web"), "b.yaml": podYaml("web-2", "web"), "c.yaml": podYaml("db", "db") });
  for (const f of ["a.yaml", "b.yaml", "c.yaml"]) await w.kubectl("create", "-f", f);
  return w;
}

const names = (stdout: string) => stdout.split("\n").filter((l) => l.startsWith("Name:")).map((l) => l.replace(/^Name:\s+/, ""));

describe("kubectl describe", () => {
  it("describes one pod by TYPE NAME, starting with its Name line", async () => {
    const r = await (await setup()).kubectl("describe", "pod", "db");
    expect(r.stdout.startsWith("Name:             db\nNamespace:        default\n")).toBe(true);
    expect(r.exitCode).toBe(0);
  });
  it("separates objects with a blank line: each text after the first is preceded by two newlines", async () => {
    const r = await (await setup()).kubectl("describe", "pods");
    expect(names(r.stdout)).toEqual(["db", "web-1", "web-2"]);
    expect(r.stdout.split("\n\nName:").length).toBe(3);
  });
  it("-l selects the pods by label", async () => {
    const r = await (await setup()).kubectl("describe", "pods", "-l", "app=web");
    expect(names(r.stdout)).toEqual(["web-1", "web-2"]);
  });
  it("TYPE/NAME names one object", async () => {
    expect(names((await (await setup()).kubectl("describe", "pod/web-2")).stdout)).toEqual(["web-2"]);
  });
  it("a name that is not found describes every object whose name starts with it, each followed by a newline", async () => {
    const r = await (await setup()).kubectl("describe", "pod", "web");
    expect(names(r.stdout)).toEqual(["web-1", "web-2"]);
    expect(r.stdout.endsWith("\n\n")).toBe(true);
  });
  it("a name no object starts with is the server's NotFound error", async () => {
    const r = await (await setup()).kubectl("describe", "pod", "nope");
    expect(r).toEqual({ stdout: "", stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
  });
  it("an empty namespace says `No resources found in NS namespace.` on stderr", async () => {
    const r = await (await setup()).kubectl("describe", "pods", "-n", "kube-public");
    expect(r).toEqual({ stdout: "", stderr: "No resources found in kube-public namespace.\n", exitCode: 0 });
  });
  it("--show-events=false leaves the Events section out", async () => {
    const r = await (await setup()).kubectl("describe", "pod", "db", "--show-events=false");
    expect(r.stdout).not.toContain("Events:");
    expect(r.stdout).toContain("Tolerations:");
  });
});
