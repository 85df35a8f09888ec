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

// -o after an edit (editoptions.go v0.34.5): editPrinterOptions prints the editor's file with -o,
// which only json and yaml can do (json: no header, a .json file); o.ToPrinter("edited"/"skipped")
// then prints each object with the same flags, a --template alone being a go-template.
describe("kubectl edit -o", () => {
  const getYaml = async (w: Awaited<ReturnType<typeof withDeployment>>, format = "yaml") => (await w.kubectl("get", "deploy", "web", "-o", format)).stdout;

  it("-o yaml prints the patched object instead of the edited line", async () => {
    const w = await withDeployment();
    const shown = scriptedEditor(w.io, [(t) => t.replace("replicas: 1", "replicas: 4")]);
    const r = await w.kubectl("edit", "deploy/web", "-o", "yaml");
    expect(shown[0].text.startsWith(`${header}apiVersion: apps/v1\n`)).toBe(true);
    expect(r).toEqual({ stdout: await getYaml(w), stderr: "", exitCode: 0 });
    expect(r.stdout).toContain("\n  replicas: 4\n");
  });

  it("-o json edits JSON without the header, in a .json file, and prints the patched object as JSON", async () => {
    const w = await withDeployment();
    const shown = scriptedEditor(w.io, [(t) => t.replace('"replicas": 1,', '"replicas": 3,')]);
    const r = await w.kubectl("edit", "deploy/web", "-o", "json");
    expect(shown[0].text.startsWith('{\n    "apiVersion": "apps/v1",\n    "kind": "Deployment",\n')).toBe(true);
    expect(shown[0].file).toMatch(/^\/tmp\/kubectl-edit-\d+\.json$/);
    expect(r).toEqual({ stdout: await getYaml(w, "json"), stderr: "", exitCode: 0 });
    expect(replicas(w)).toBe(3);
  });

  it("-o JSON prints JSON but keeps the header and the .yaml name (Complete compares -o as given)", async () => {
    const w = await withDeployment();
    const shown = scriptedEditor(w.io, [(t) => t]);
    await w.kubectl("edit", "deploy/web", "-o", "JSON");
    expect(shown[0].text.startsWith(`${header}{\n    "apiVersion": "apps/v1",\n`)).toBe(true);
    expect(shown[0].file).toMatch(/\.yaml$/);
  });

  it("an unchanged file prints Edit cancelled, no changes made. and nothing on stdout", async () => {
    const w = await withDeployment();
    scriptedEditor(w.io, [() => undefined]);
    expect(await w.kubectl("edit", "deploy/web", "-o", "yaml")).toEqual({ stdout: "", stderr: "Edit cancelled, no changes made.\n", exitCode: 0 });
  });

  it.each([
    { output: "name", stderr: 'error: unable to match a printer suitable for the output format "name", allowed formats are: json,yaml\n' },
    { output: "jsonpath={.spec.replicas}", stderr: 'error: unable to match a printer suitable for the output format "jsonpath={.spec.replicas}", allowed formats are: json,yaml\n' },
    { output: "go-template={{.kind}}", stderr: 'error: unable to match a printer suitable for the output format "go-template={{.kind}}", allowed formats are: json,yaml\n' },
  ])("-o $output cannot print the editor's file: the edit fails before the editor opens", async ({ output, stderr }) => {
    const w = await withDeployment();
    const shown = scriptedEditor(w.io, [(t) => t.replace("replicas: 1", "replicas: 4")]);
    expect(await w.kubectl("edit", "deploy/web", "-o", output)).toEqual({ stdout: "", stderr, exitCode: 1 });
    expect(shown).toEqual([]);
    expect(replicas(w)).toBe(1);
  });

  it("--template alone prints the patched object through the go-template", async () => {
    const w = await withDeployment();
    const shown = scriptedEditor(w.io, [(t) => t.replace("replicas: 1", "replicas: 4")]);
    expect(await w.kubectl("edit", "deploy/web", "--template={{.spec.replicas}}")).toEqual({ stdout: "4", stderr: "", exitCode: 0 });
    expect(shown[0].text.startsWith(`${header}apiVersion: apps/v1\n`)).toBe(true);
  });

  it("a --template that does not parse fails after the patch, keeping the file", async () => {
    const w = await withDeployment();
    const shown = scriptedEditor(w.io, [(t) => t.replace("replicas: 1", "replicas: 4")]);
    const r = await w.kubectl("edit", "deploy/web", "--template={{.spec");
    expect(r).toEqual({
      stdout: "",
      stderr: `A copy of your changes has been stored to "${shown[0].file}"\nerror: error parsing template {{.spec, template: output:1: unclosed action\n`,
      exitCode: 1,
    });
    expect(replicas(w)).toBe(4);
  });

  it("several objects print one after another, skipped ones too, without `---` (a printer per object)", async () => {
    const w = await withDeployment();
    await w.kubectl("create", "deployment", "api", "--image=nginx");
    scriptedEditor(w.io, [(t) => t.replace("replicas: 1", "replicas: 2")]);
    const r = await w.kubectl("edit", "deploy/api", "deploy/web", "-o", "yaml");
    const api = (await w.kubectl("get", "deploy", "api", "-o", "yaml")).stdout;
    expect(r.stdout).toBe(api + (await getYaml(w)));
    expect(r.stdout).not.toContain("---");
  });

  it("--output-patch prints the strategic merge patch before the result", async () => {
    const w = await withDeployment();
    scriptedEditor(w.io, [(t) => t.replace("replicas: 1", "replicas: 4")]);
    expect((await w.kubectl("edit", "deploy/web", "--output-patch")).stdout).toBe('Patch: {"spec":{"replicas":4}}\ndeployment.apps/web edited\n');
  });
});

describe("kubectl edit of several objects and of none", () => {
  it("several objects are edited as the v1 List editFn builds, with metadata {}", async () => {
    const w = await withDeployment();
    await w.kubectl("create", "deployment", "api", "--image=nginx");
    const shown = scriptedEditor(w.io, [(t) => t]);
    await w.kubectl("edit", "deploy/api", "deploy/web");
    expect(shown[0].text.startsWith(`${header}apiVersion: v1\nitems:\n- apiVersion: apps/v1\n`)).toBe(true);
    expect(shown[0].text.endsWith("kind: List\nmetadata: {}\n")).toBe(true);
  });

  it("no object selected is `edit cancelled, no objects found`", async () => {
    const w = testWorkstation();
    const shown = scriptedEditor(w.io, []);
    expect(await w.kubectl("edit", "deployments")).toEqual({ stdout: "", stderr: "error: edit cancelled, no objects found\n", exitCode: 1 });
    expect(shown).toEqual([]);
  });
});

describe("kubectl edit TYPE (ResourceTypeOrNameArgs with an empty selector allowed)", () => {
  it("edits every object of the type, as one List", async () => {
    const w = await withDeployment();
    await w.kubectl("create", "deployment", "api", "--image=nginx");
    const shown = scriptedEditor(w.io, [(t) => t.replace(/replicas: 1/g, "replicas: 2")]);
    expect((await w.kubectl("edit", "deployments")).stdout).toBe("deployment.apps/api edited\ndeployment.apps/web edited\n");
    expect(shown[0].text).toContain("kind: List\n");
    expect(replicas(w)).toBe(2);
  });
});
