// Writes descriptions.generated.ts: what `kubectl explain` prints about every model
// reachable from the built-in kinds — the type's and each field's description, the
// required fields, and the values of enum fields — as the API server's OpenAPI v3
// document has them.
//
//   npx tsx grader/apiserver/schema/generate-descriptions.ts <kubernetes/api git dir> \
//     <kubernetes/apimachinery git dir> <kubernetes/apiextensions-apiserver git dir>
//
// Sources: descriptions come from the swagger docs generated beside the Go types
// (types_swagger_doc_generated.go: the same comment text, paragraphs kept, that the
// OpenAPI carries; @kubernetes/client-node's JSDoc lost paragraph breaks and every
// description of a field whose type is a struct); required-ness comes from
// @kubernetes/client-node's model declarations (a field without `?`); enums come
// from the Go sources (a `+enum` string type and its typed constants), worded as
// kube-openapi's generator words them ("Possible enum values:").
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as allModels from "@kubernetes/client-node/dist/gen/models/all.js";
import { builtinKinds } from "./kinds";
import { goNameOfModel } from "./go-names";
import { reachableModels, type ModelClass } from "./model-source";
import { modelSources } from "./models.generated";

const tag = "v0.34.5";
const [apiRepo, apimachineryRepo, apiextensionsRepo] = process.argv.slice(2);
if (!apiRepo || !apimachineryRepo || !apiextensionsRepo) {
  throw new Error("usage: generate-descriptions.ts <kubernetes/api git dir> <kubernetes/apimachinery git dir> <kubernetes/apiextensions-apiserver git dir>");
}

const git = (repo: string, ...args: string[]): string =>
  execFileSync("git", ["--git-dir", repo, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });

interface GoDir {
  /** How client-node prefixes a model of this package when names collide: "Core", "Apiextensions". */
  group: string;
  version: string;
  repo: string;
  dir: string;
}

const apiDirs = ["core/v1", "apps/v1", "batch/v1", "autoscaling/v1", "autoscaling/v2", "policy/v1", "networking/v1", "rbac/v1", "storage/v1", "scheduling/v1", "discovery/v1", "coordination/v1", "events/v1", "authentication/v1"];
const goDirs: GoDir[] = [
  ...apiDirs.map((d) => ({ group: d.split("/")[0], version: d.split("/")[1], repo: apiRepo, dir: d })),
  { group: "meta", version: "v1", repo: apimachineryRepo, dir: "pkg/apis/meta/v1" },
  { group: "apiextensions", version: "v1", repo: apiextensionsRepo, dir: "pkg/apis/apiextensions/v1" },
];

interface GoPackageDocs {
  dir: GoDir;
  /** Struct name → field (json name, "" for the type) → description. */
  swagger: Map<string, Map<string, string>>;
  /** `+enum` string types → value → the constant's comment. */
  enums: Map<string, { name: string; value: string; comment: string }[]>;
  /** Struct name → the structs it embeds inline (`metav1.TypeMeta` → "TypeMeta"). */
  embedded: Map<string, string[]>;
}

/** A Go interpreted string literal's value (the swagger docs use \" \\ \n \t only). */
function goUnquote(literal: string): string {
  return JSON.parse(literal.replace(/\\x([0-9a-fA-F]{2})/g, "\\u00$1")) as string;
}

function parseSwaggerDocs(src: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of src.split("\n")) {
    const start = /^var map_(\w+) = map\[string\]string\{$/.exec(line);
    if (start) {
      current = new Map();
      out.set(start[1], current);
      continue;
    }
    if (line === "}") current = undefined;
    const entry = current && /^\t("(?:[^"\\]|\\.)*"):\s+("(?:[^"\\]|\\.)*"),$/.exec(line);
    if (current && entry) current.set(goUnquote(entry[1]), goUnquote(entry[2]));
  }
  return out;
}

/** Comment lines as go/ast's CommentGroup.Text() gives them: `//` and one space removed. */
function commentText(line: string): string {
  const body = line.replace(/^\s*\/\//, "");
  return body.startsWith(" ") ? body.slice(1) : body;
}

function parseEnums(src: string, enums: GoPackageDocs["enums"]): void {
  const lines = src.split("\n");
  let comment: string[] = [];
  for (const line of lines) {
    if (/^\s*\/\//.test(line)) {
      comment.push(commentText(line));
      continue;
    }
    const type = /^type (\w+) string$/.exec(line);
    if (type && comment.some((c) => c.trim() === "+enum")) enums.set(type[1], enums.get(type[1]) ?? []);
    const constant = /^\s*(?:const\s+)?(\w+)\s+(\w+)\s*=\s*("(?:[^"\\]|\\.)*")/.exec(line);
    if (constant) {
      const values = enums.get(constant[2]) ?? [];
      enums.set(constant[2], values);
      const value = { name: constant[1], value: goUnquote(constant[3]), comment: comment.join(" ") };
      // kube-openapi keeps one constant per value: the longer comment wins.
      const existing = values.findIndex((v) => v.value === value.value);
      if (existing < 0) values.push(value);
      else if (values[existing].comment.length < value.comment.length) values[existing] = value;
    }
    comment = [];
  }
}

function loadPackage(dir: GoDir): GoPackageDocs {
  const files = git(dir.repo, "ls-tree", "--name-only", `${tag}:${dir.dir}`).split("\n").filter((f) => f.endsWith(".go") && !f.endsWith("_test.go"));
  const pkg: GoPackageDocs = { dir, swagger: new Map(), enums: new Map(), embedded: new Map() };
  const enumCandidates: GoPackageDocs["enums"] = new Map();
  for (const f of files) {
    const src = git(dir.repo, "show", `${tag}:${dir.dir}/${f}`);
    if (f === "types_swagger_doc_generated.go") for (const [k, v] of parseSwaggerDocs(src)) pkg.swagger.set(k, v);
    else if (!f.startsWith("zz_generated") && !f.startsWith("generated")) parseEnums(src, enumCandidates);
  }
  // Only types declared with +enum are enums; constants of other types were collected too.
  const enumTypes = new Set<string>();
  for (const f of files.filter((f) => !f.startsWith("zz_generated") && !f.startsWith("generated") && f !== "types_swagger_doc_generated.go")) {
    const src = git(dir.repo, "show", `${tag}:${dir.dir}/${f}`);
    let comment: string[] = [];
    let struct: string[] | undefined;
    for (const line of src.split("\n")) {
      const start = /^type (\w+) struct \{$/.exec(line);
      if (start) pkg.embedded.set(start[1], (struct = []));
      else if (line === "}") struct = undefined;
      const embed = struct && /^\t\*?(?:\w+\.)?(\w+)\s+`json:",inline/.exec(line);
      if (struct && embed) struct.push(embed[1]);
      if (/^\s*\/\//.test(line)) comment.push(commentText(line).trim());
      else {
        const type = /^type (\w+) string$/.exec(line);
        if (type && comment.includes("+enum")) enumTypes.add(type[1]);
        comment = [];
      }
    }
  }
  for (const t of enumTypes) pkg.enums.set(t, enumCandidates.get(t) ?? []);
  return pkg;
}

/** kube-openapi's generateDescription over a type's Go doc comment. */
function openAPIDescription(commentLines: string[]): string {
  let buffer = "";
  const dropLast = () => {
    buffer = buffer.slice(0, -1);
  };
  for (const raw of commentLines) {
    if (raw === "---") break;
    const line = raw.replace(/ +$/, "");
    const leading = line.replace(/^ +/, "");
    if (line.length === 0) {
      dropLast();
      buffer += "\n\n";
    } else if (leading.startsWith("TODO") || leading.startsWith("+")) {
      continue;
    } else if (line.startsWith(" ") || line.startsWith("\t")) {
      dropLast();
      buffer += "\n" + line + "\n";
    } else buffer += line + " ";
  }
  return buffer.trim();
}

/** The doc comment above `type <name> ` in a Go file. */
function typeComment(repo: string, file: string, name: string): string[] {
  const lines = git(repo, "show", `${tag}:${file}`).split("\n");
  const at = lines.findIndex((l) => l.startsWith(`type ${name} `));
  const out: string[] = [];
  for (let i = at - 1; i >= 0 && /^\s*\/\//.test(lines[i]); i--) out.unshift(commentText(lines[i]));
  return out;
}

const packages = goDirs.map(loadPackage);

const metaPackage = packages.find((p) => p.dir.group === "meta")!;

/** A struct's swagger docs with those of the structs it embeds inline (TypeMeta's apiVersion and kind). */
function structDocs(pkg: GoPackageDocs, name: string, depth = 0): Map<string, string> {
  const own = pkg.swagger.get(name) ?? new Map<string, string>();
  const out = new Map(own);
  for (const embedded of depth < 4 ? pkg.embedded.get(name) ?? [] : []) {
    const home = pkg.swagger.has(embedded) ? pkg : metaPackage;
    for (const [k, v] of structDocs(home, embedded, depth + 1)) if (k !== "" && !out.has(k)) out.set(k, v);
  }
  return out;
}

/** The Go package of a model: of those with a struct of that name, the one whose docs cover most model fields (a field without a comment has none). */
function packageOf(model: string, fields: string[]): GoPackageDocs | undefined {
  const { pkg: version, name } = goNameOfModel(model);
  const prefix = /^([A-Z][a-z]+)V\d/.exec(model)?.[1]?.toLowerCase();
  const candidates = packages.filter((p) => p.dir.version === version && (!prefix || p.dir.group === prefix) && p.swagger.has(name));
  const coverage = (p: GoPackageDocs) => fields.filter((f) => structDocs(p, name).has(f)).length;
  return candidates.sort((a, b) => coverage(b) - coverage(a))[0];
}

/** Fields declared required: client-node writes them without `?`. */
function requiredFields(model: string): string[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve(`@kubernetes/client-node/dist/gen/models/${model}.js`).replace(/\.js$/, ".d.ts");
  const src = readFileSync(file, "utf8");
  return [...src.matchAll(/^ {4}'([^']+)': /gm)].map((m) => m[1]);
}

function enumDescription(values: { name: string; value: string; comment: string }[]): string {
  const lines = values
    .map((v) => {
      const comment = v.comment.trim().replace(new RegExp(`^${v.name}`), "").trim().replace(/\s+/g, " ");
      return ` - \`${JSON.stringify(v.value)}\` ${comment}`.replace(/ +$/, "");
    })
    .sort();
  return `\n\nPossible enum values:\n${lines.join("\n")}`;
}

const models = allModels as unknown as Record<string, ModelClass | undefined>;
const modelNames = reachableModels(models, builtinKinds.map((k) => k.model));

const texts: string[] = [];
const textIndex = new Map<string, number>();
const text = (s: string): number => {
  let i = textIndex.get(s);
  if (i === undefined) {
    i = texts.length;
    texts.push(s);
    textIndex.set(s, i);
  }
  return i;
};

const entries: string[] = [];
for (const model of modelNames) {
  const attrs = models[model]!.attributeTypeMap.map((a) => a.baseName);
  const pkg = packageOf(model, attrs);
  if (!pkg) {
    console.warn(`no swagger docs for ${model}`);
    continue;
  }
  const docs = structDocs(pkg, goNameOfModel(model).name);
  const goTypes = new Map((modelSources[model] ?? "").split(",").filter(Boolean).map((e) => {
    const colon = e.indexOf(":");
    const bar = e.indexOf("|", colon);
    return [e.slice(0, colon), bar < 0 ? "" : e.slice(bar + 1)] as const;
  }));
  const fieldParts: string[] = [];
  const enumParts: string[] = [];
  for (const field of attrs) {
    let description = docs.get(field) ?? "";
    const goType = goTypes.get(field) ?? "";
    const enumValues = /^\w+\.(\w+)$/.test(goType) ? pkg.enums.get(goType.split(".")[1]) ?? packages.find((p) => p.enums.has(goType.split(".")[1]))?.enums.get(goType.split(".")[1]) : undefined;
    if (enumValues && enumValues.length > 0) {
      description = description + enumDescription(enumValues);
      enumParts.push(`${JSON.stringify(field)}: ${JSON.stringify(enumValues.map((v) => v.value).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)))}`);
    }
    if (description) fieldParts.push(`${JSON.stringify(field)}: ${text(description)}`);
  }
  const required = requiredFields(model);
  const parts = [`d: ${text(docs.get("") ?? "")}`, `f: { ${fieldParts.join(", ")} }`];
  if (required.length) parts.push(`r: ${JSON.stringify(required)}`);
  if (enumParts.length) parts.push(`e: { ${enumParts.join(", ")} }`);
  entries.push(`  ${model}: { ${parts.join(", ")} },`);
}

// Types that are not structs in the models (quantities, times, raw JSON) keep their own descriptions.
const scalarTypes: [string, string, string, string][] = [
  ["resource.Quantity", apimachineryRepo, "pkg/api/resource/quantity.go", "Quantity"],
  ["intstr.IntOrString", apimachineryRepo, "pkg/util/intstr/intstr.go", "IntOrString"],
  ["v1.Time", apimachineryRepo, "pkg/apis/meta/v1/time.go", "Time"],
  ["v1.MicroTime", apimachineryRepo, "pkg/apis/meta/v1/micro_time.go", "MicroTime"],
  ["runtime.RawExtension", apimachineryRepo, "pkg/runtime/types.go", "RawExtension"],
  ["v1.FieldsV1", apimachineryRepo, "pkg/apis/meta/v1/types.go", "FieldsV1"],
  ["v1.JSON", apiextensionsRepo, "pkg/apis/apiextensions/v1/types_jsonschema.go", "JSON"],
];
const scalarEntries = scalarTypes.map(([goType, repo, file, name]) => `  ${JSON.stringify(goType)}: ${text(openAPIDescription(typeComment(repo, file, name)))},`);

const out = `// Generated by generate-descriptions.ts from the swagger docs and Go types of kubernetes/api,
// apimachinery and apiextensions-apiserver ${tag} and @kubernetes/client-node 1.4.0. Do not edit; run the generator.
// Per model: d = the type's description, f = field → description, r = required fields, e = enum values;
// numbers index descriptionTexts.
export interface ModelDocSource {
  d: number;
  f: Readonly<Record<string, number>>;
  r?: readonly string[];
  e?: Readonly<Record<string, readonly string[]>>;
}
export const descriptionTexts: readonly string[] = ${JSON.stringify(texts, null, 0).replace(/","/g, '",\n  "')};
export const modelDocSources: Readonly<Record<string, ModelDocSource>> = {
${entries.join("\n")}
};
/** Descriptions of the types the models hold as scalars, by Go type name. */
export const scalarTypeDocs: Readonly<Record<string, number>> = {
${scalarEntries.join("\n")}
};
`;
writeFileSync(new URL("./descriptions.generated.ts", import.meta.url), out);
console.log(`${entries.length} models, ${texts.length} texts written`);
