// k8s.io/kubectl/pkg/cmd/util/editor/editoptions.go v0.34.5 (editHeader.writeTo,
// the edit loop, editResults.addError, preservedFile).
import { describe, expect, it } from "vitest";
import type { KubectlIO } from "./command";
import { testWorkstation } from "./write-test-io";

const header =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

/** An editor that answers each session with the next function of `steps`, recording what it was shown. */
function scriptedEditor(io: KubectlIO, steps: ((text: string) => string | undefined)[]) {
  const shown: { text: string; file: string }[] = [];
  io.edit = async (text, file) => {
    shown.push({ text, file });
    const step = steps[shown.length - 1];
    return step ? step(text) : text;
  };
  return shown;
}

async function withDeployment() {
  const w = testWorkstation();
  await w.kubectl("create", "deployment", "web", "--image=nginx");
  return w;
}
const replicas = (w: Awaited<ReturnType<typeof withDeployment>>) => (w.cluster.api.get({ group: "apps", version: "v1", resource: "deployments" }, "default", "web").spec as { replicas: number }).replicas;

describe("kubectl edit", () => {
  it("shows the object under upstream's header, in a kubectl-edit-*.yaml file", async () => {
    const w = await withDeployment();
    const shown = scriptedEditor(w.io, [(t) => t]);
    await w.kubectl("edit", "deployment", "web");
    expect(shown[0].text.startsWith(`${header}apiVersion: apps/v1\nkind: Deployment\nmetadata:\n`)).toBe(true);
    expect(shown[0].file).toMatch(/^\/tmp\/kubectl-edit-\d+\.yaml$/);
  });
  it("a saved change is patched and prints `deployment.apps/web edited`", async () => {
    const w = await withDeployment();
    scriptedEditor(w.io, [(t) => t.replace("replicas: 1", "replicas: 4")]);
    expect(await w.kubectl("edit", "deploy/web")).toEqual({ stdout: "deployment.apps/web edited\n", stderr: "", exitCode: 0 });
    expect(replicas(w)).toBe(4);
  });
  it("closing the editor without a change prints Edit cancelled, no changes made.", async () => {
    const w = await withDeployment();
    scriptedEditor(w.io, [() => undefined]);
    expect(await w.kubectl("edit", "deploy/web")).toEqual({ stdout: "", stderr: "Edit cancelled, no changes made.\n", exitCode: 0 });
  });
  it("an emptied file aborts the edit", async () => {
    const w = await withDeployment();
    scriptedEditor(w.io, [() => "# nothing\n"]);
    expect((await w.kubectl("edit", "deploy/web")).stderr).toBe("Edit cancelled, saved file was empty.\n");
  });
  it("an invalid edit reopens the editor with the reasons; quitting keeps the file under /tmp", async () => {
    const w = await withDeployment();
    const shown = scriptedEditor(w.io, [(t) => t.replace("replicas: 1", "replicas: -1"), (t) => t]);
    const r = await w.kubectl("edit", "deploy/web");
    const file = shown[0].file;
    expect(r).toEqual({
      stdout: "",
      stderr: `error: deployments.apps "web" is invalid\nA copy of your changes has been stored to "${file}"\nerror: Edit cancelled, no valid changes were saved.\n`,
      exitCode: 1,
    });
    expect(shown[1].text.startsWith(`${header}# deployments.apps "web" was not valid:\n# * spec.replicas: Invalid value: -1: must be greater than or equal to 0\n#\napiVersion: apps/v1\n`)).toBe(true);
    expect(shown[1].text).toContain("replicas: -1");
    expect(replicas(w)).toBe(1);
  });
  it("fixing the edit in the reopened editor saves it", async () => {
    const w = await withDeployment();
    scriptedEditor(w.io, [(t) => t.replace("replicas: 1", "replicas: -1"), (t) => t.replace("replicas: -1", "replicas: 2")]);
    const r = await w.kubectl("edit", "deploy/web");
    expect(r).toEqual({ stdout: "deployment.apps/web edited\n", stderr: 'error: deployments.apps "web" is invalid\n', exitCode: 0 });
    expect(replicas(w)).toBe(2);
  });
  it("a syntax error reopens the editor with the parse error in the header", async () => {
    const w = await withDeployment();
    const shown = scriptedEditor(w.io, [(t) => t.replace("kind: Deployment", "kind: Deployment\n  bad: [x"), (t) => t]);
    const r = await w.kubectl("edit", "deploy/web");
    expect(shown[1].text.startsWith(`${header}# The edited file had a syntax error: error parsing edited-file: error converting YAML to JSON: yaml:`)).toBe(true);
    expect(r.stderr.endsWith("error: Edit cancelled, no valid changes were saved.\n")).toBe(true);
  });
  it("changing the name is refused and the file kept", async () => {
    const w = await withDeployment();
    const shown = scriptedEditor(w.io, [(t) => t.replace("name: web\n  namespace", "name: other\n  namespace")]);
    const r = await w.kubectl("edit", "deploy/web");
    expect(r.stderr).toBe(`A copy of your changes has been stored to "${shown[0].file}"\nerror: At least one of apiVersion, kind and name was changed\n`);
  });
  it("a missing object is NotFound", async () => {
    const w = testWorkstation();
    scriptedEditor(w.io, []);
    expect((await w.kubectl("edit", "deploy/nope")).stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
  });
});
