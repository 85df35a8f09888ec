// `--local -f` cases: outputs of kubectl v1.34.5 (run offline against pa.yaml below).
// Server cases: k8s.io/kubectl/pkg/cmd/label/label.go and annotate/annotate.go v0.34.5.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./write-test-io";

const pa = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  annotations:\n    a: b\n  labels:\n    app: web\nspec:\n  containers:\n  - name: c\n    image: nginx\n";

describe("kubectl label/annotate --local (goldens from kubectl v1.34.5)", () => {
  const cases: { name: string; argv: string[]; stdout: string; stderr: string }[] = [
    { name: "an existing annotation without --overwrite is refused", argv: ["annotate", "--local", "-f", "pa.yaml", "a=c"], stdout: "", stderr: "error: --overwrite is false but found the following declared annotation(s): 'a' already has a value (b)\n" },
    { name: "removing an annotation prints annotated", argv: ["annotate", "--local", "-f", "pa.yaml", "a-"], stdout: "pod/x annotated\n", stderr: "" },
    { name: "removing a label prints unlabeled", argv: ["label", "--local", "-f", "pa.yaml", "app-"], stdout: "pod/x unlabeled\n", stderr: "" },
    { name: "setting a label to its current value prints not labeled", argv: ["label", "--local", "-f", "pa.yaml", "app=web"], stdout: "pod/x not labeled\n", stderr: "" },
    { name: "removing an absent label locally prints not labeled", argv: ["label", "--local", "-f", "pa.yaml", "zz-"], stdout: "pod/x not labeled\n", stderr: "" },
    { name: "modifying and removing one label is refused", argv: ["label", "--local", "-f", "pa.yaml", "a=b", "a-"], stdout: "", stderr: "error: can not both modify and remove a label in the same command\n" },
    { name: "two equals signs are an invalid label spec", argv: ["label", "--local", "-f", "pa.yaml", "a=b=c"], stdout: "", stderr: "error: invalid label spec: a=b=c\n" },
    {
      name: "a label value starting with a dash is an invalid label value",
      argv: ["label", "--local", "-f", "pa.yaml", "a=-x"],
      stdout: "",
      stderr:
        "error: invalid label value: \"a=-x\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')\n",
    },
    { name: "no label change at all is refused", argv: ["label", "--local", "-f", "pa.yaml"], stdout: "", stderr: "error: at least one label update is required\n" },
    { name: "no annotation change at all is refused", argv: ["annotate", "--local", "-f", "pa.yaml"], stdout: "", stderr: "error: at least one annotation update is required\n" },
    { name: "--overwrite replaces a label", argv: ["label", "--local", "-f", "pa.yaml", "app=db", "--overwrite"], stdout: "pod/x labeled\n", stderr: "" },
    { name: "an existing label without --overwrite is refused", argv: ["label", "--local", "-f", "pa.yaml", "app=db"], stdout: "", stderr: "error: 'app' already has a value (web), and --overwrite is false\n" },
    { name: "-o name prints the object's name", argv: ["label", "--local", "-f", "pa.yaml", "tier=db", "app-", "-o", "name"], stdout: "pod/x\n", stderr: "" },
  ];
  it("-o yaml prints the relabelled manifest, keys sorted, nothing fetched", async () => {
    const r = await testWorkstation({ "pa.yaml": pa }).kubectl("label", "--local", "-f", "pa.yaml", "tier=db", "-o", "yaml");
    expect(r.stdout).toBe(
      "apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    a: b\n  labels:\n    app: web\n    tier: db\n  name: x\nspec:\n  containers:\n  - image: nginx\n    name: c\n",
    );
  });
  for (const c of cases) {
    it(c.name, async () => {
      const r = await testWorkstation({ "pa.yaml": pa }).kubectl(...c.argv);
      expect({ stdout: r.stdout, stderr: r.stderr }).toEqual({ stdout: c.stdout, stderr: c.stderr });
    });
  }
});

describe("kubectl label/annotate against the server", () => {
  const setup = async () => {
    const w = testWorkstation({ "pa.yaml": pa });
    await w.kubectl("create", "-f", "pa.yaml");
    return w;
  };
  const live = (w: Awaited<ReturnType<typeof setup>>) => w.cluster.api.get({ group: "", version: "v1", resource: "pods" }, "default", "x").metadata;

  it("adds a label and prints `pod/x labeled`", async () => {
    const w = await setup();
    expect((await w.kubectl("label", "pod", "x", "tier=db")).stdout).toBe("pod/x labeled\n");
    expect(live(w).labels).toEqual({ app: "web", tier: "db" });
  });
  it("removing an absent label says `label \"zz\" not found.` then `not labeled`", async () => {
    const w = await setup();
    expect((await w.kubectl("label", "pod", "x", "zz-")).stdout).toBe('label "zz" not found.\npod/x not labeled\n');
  });
  it("--overwrite changes the value on the server", async () => {
    const w = await setup();
    await w.kubectl("label", "pods/x", "app=db", "--overwrite");
    expect(live(w).labels).toEqual({ app: "db" });
  });
  it("annotate removes an annotation on the server", async () => {
    const w = await setup();
    expect((await w.kubectl("annotate", "pod", "x", "a-")).stdout).toBe("pod/x annotated\n");
    // Upstream the emptied map is dropped on decoding (omitempty); here only the key's absence is checked.
    expect(live(w).annotations?.a).toBeUndefined();
  });
  it("--all labels every pod of the namespace", async () => {
    const w = await setup();
    expect((await w.kubectl("label", "pods", "--all", "x=y")).stdout).toBe("pod/x labeled\n");
  });
  it("a resource after a label change is refused (cmdutil.GetResourcesAndPairs)", async () => {
    expect((await testWorkstation().kubectl("label", "pod", "a=b", "x")).stderr).toBe("error: all resources must be specified before label changes: x\n");
  });
  it("no resource at all is refused", async () => {
    expect((await testWorkstation().kubectl("label", "a=b")).stderr).toBe("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n");
  });
});
