// Expected texts come from kubectl v1.34.5 (`kubectl apply -f FILE --dry-run=client`
// with no server) and k8s.io/cli-runtime/pkg/resource/{visitor,mapper,builder}.go.
import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster/cluster";
import type { KubectlIO } from "../commands/command";
import { mapObjects, readManifests, splitYamlDocuments } from ".";

function ioWith(files: Record<string, string>, dirs: Record<string, string[]> = {}, stdin = ""): KubectlIO {
  return {
    cluster: createCluster(),
    namespace: "default",
    stdin,
    readFile: (p) => {
      if (!(p in files)) throw new Error(`the path "${p}" does not exist`);
      return files[p];
    },
    listDir: (p) => dirs[p],
  };
}

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: c\n    image: nginx\n`;

describe("readManifests errors (texts from kubectl v1.34.5)", () => {
  const cases: { name: string; file: string; text: string; error: string }[] = [
    {
      name: "binary garbage is refused by go-yaml's reader, without a line (kubectl v1.34.5 apply --dry-run=client)",
      file: "garbage.bin",
      text: String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i)).repeat(4),
      error: "error parsing garbage.bin: error converting YAML to JSON: yaml: control characters are not allowed",
    },
    {
      name: "a control character without a NUL is refused alike (kubectl v1.34.5)",
      file: "ctl.yaml",
      text: "apiVersion: v1\nkind: ConfigMap\x01\n",
      error: "error parsing ctl.yaml: error converting YAML to JSON: yaml: control characters are not allowed",
    },
    {
      name: "an alias bomb is refused as go-yaml refuses it (checked with kubectl v1.34.5 apply --dry-run=client)",
      file: "bomb.yaml",
      text:
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n  labels: {a: &a [x,x,x,x,x,x,x,x,x], " +
        "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a], c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b], d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c], " +
        "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d], f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e], g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f], " +
        "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]}\n",
      error: "error parsing bomb.yaml: error converting YAML to JSON: yaml: document contains excessive aliasing",
    },
    {
      name: "a key indented less than its siblings is `did not find expected key` on the line before",
      file: "bad.yaml",
      text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n labels: a\n",
      error: "error parsing bad.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key",
    },
    {
      name: "a mis-indented key inside a container is reported at go-yaml's line",
      file: "bad2.yaml",
      text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: c\n    image: nginx\n   foo: 1\n",
      error: "error parsing bad2.yaml: error converting YAML to JSON: yaml: line 8: did not find expected key",
    },
    {
      name: "two colons on one line are `mapping values are not allowed in this context`",
      file: "t2.yaml",
      text: "kind: Pod\na: b: c\n",
      error: "error parsing t2.yaml: error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context",
    },
    {
      name: "a tab in the indentation is `found character that cannot start any token`",
      file: "t1.yaml",
      text: "a:\n\tb: 1\n",
      error: "error parsing t1.yaml: error converting YAML to JSON: yaml: line 2: found character that cannot start any token",
    },
    {
      name: "an unclosed flow sequence is `did not find expected ',' or ']'`",
      file: "t3.yaml",
      text: "kind: Pod\na: [1, 2\n",
      error: "error parsing t3.yaml: error converting YAML to JSON: yaml: line 2: did not find expected ',' or ']'",
    },
    {
      name: "truncated JSON is `unexpected EOF`",
      file: "bad.json",
      text: '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x"',
      error: "error parsing bad.json: unexpected EOF",
    },
    {
      name: "a document without kind fails validation",
      file: "nokind.yaml",
      text: "apiVersion: v1\nmetadata:\n  name: x\n",
      error:
        'error validating "nokind.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false',
    },
    {
      name: "a document without apiVersion fails validation (duplicate keys are accepted, the last wins)",
      file: "t6.yaml",
      text: "kind: Pod\na: 1\na: 2\n",
      error:
        'error validating "t6.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = readManifests([c.file], ioWith({ [c.file]: c.text }));
      expect(result.errors.map((e) => e.message)).toEqual([c.error]);
    });
  }

  it("a missing file is `the path \"x.yaml\" does not exist`", () => {
    expect(readManifests(["x.yaml"], ioWith({})).errors.map((e) => e.message)).toEqual(['the path "x.yaml" does not exist']);
  });
});

describe("readManifests documents", () => {
  it("splits multi-document YAML at `---` lines, skipping empty documents and comments", () => {
    const text = `# pods\n---\n${pod("a")}--- # second\n${pod("b")}---\n`;
    const result = readManifests(["p.yaml"], ioWith({ "p.yaml": text }));
    expect(result.objects.map((o) => `${o.source}:${o.object.metadata.name}`)).toEqual(["p.yaml:a", "p.yaml:b"]);
  });
  it("a line starting with --- followed by text is not a separator", () => {
    expect(splitYamlDocuments("a: 1\n---x\nb: 2\n")).toHaveLength(1);
  });
  it("a directory reads its .yaml/.yml/.json files in lexical order and skips others", () => {
    const io = ioWith({ "d/b.yaml": pod("b"), "d/a.yml": pod("a"), "d/c.json": JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name: "c" } }), "d/readme.md": "x" }, { d: ["c.json", "b.yaml", "readme.md", "a.yml"] });
    expect(readManifests(["d"], io).objects.map((o) => o.source)).toEqual(["d/a.yml", "d/b.yaml", "d/c.json"]);
  });
  it("`-f -` reads standard input, named STDIN", () => {
    const result = readManifests(["-"], ioWith({}, {}, pod("s")));
    expect(result.objects.map((o) => `${o.source}:${o.object.metadata.name}`)).toEqual(["STDIN:s"]);
  });
  it("a v1 List is expanded into its items", () => {
    const list = JSON.stringify({ apiVersion: "v1", kind: "List", items: [{ apiVersion: "v1", kind: "Pod", metadata: { name: "a" } }, { apiVersion: "v1", kind: "Service", metadata: { name: "b" } }] });
    expect(readManifests(["l.json"], ioWith({ "l.json": list })).objects.map((o) => o.object.kind)).toEqual(["Pod", "Service"]);
  });
});

describe("mapObjects", () => {
  it("a removed version fails with the resource mapping text and `ensure CRDs are installed first` (cli-runtime mapper.go)", () => {
    const io = ioWith({ "pdb.yaml": "apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: x\n" });
    const read = readManifests(["pdb.yaml"], io);
    const mapped = mapObjects(read.objects, io, { namespace: "default", enforce: false });
    expect(mapped.errors.map((e) => e.message)).toEqual([
      'resource mapping not found for name: "x" namespace: "" from "pdb.yaml": no matches for kind "PodDisruptionBudget" in version "policy/v1beta1"\nensure CRDs are installed first',
    ]);
  });
  it("an object in another namespace than -n is refused (builder.go)", () => {
    const io = ioWith({ "p.yaml": pod("a").replace("name: a", "name: a\n  namespace: prod") });
    const mapped = mapObjects(readManifests(["p.yaml"], io).objects, io, { namespace: "dev", enforce: true });
    expect(mapped.errors.map((e) => e.message)).toEqual([
      `the namespace from the provided object "prod" does not match the namespace "dev". You must pass '--namespace=prod' to perform this operation.`,
    ]);
  });
  it("an object without a namespace gets the context's namespace; a cluster-scoped one gets none", () => {
    const io = ioWith({ "p.yaml": `${pod("a")}---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n` });
    const mapped = mapObjects(readManifests(["p.yaml"], io).objects, io, { namespace: "dev", enforce: false });
    expect(mapped.infos.map((i) => [i.name, i.namespace, i.object.metadata.namespace])).toEqual([
      ["a", "dev", "dev"],
      ["n", "", undefined],
    ]);
  });
});
