// Writes models.generated.ts: the field schema of every built-in kind, read from
// @kubernetes/client-node's generated models, with the Go type names that the
// models lost (named string types such as v1.RestartPolicy, and which strings
// are resource.Quantity) read from the Go sources of kubernetes/api.
//
//   npx tsx grader/apiserver/schema/generate-models.ts <kubernetes/api git dir> <kubernetes/apimachinery git dir>
//
// Both git dirs are read at the v0.34 tag below (git show), never checked out.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import * as allModels from "@kubernetes/client-node/dist/gen/models/all.js";
import { builtinKinds, goPackageOfApiVersion } from "./kinds";
import { defaultGoTypeName } from "./go-names";
import { attributeTypeExpr, referencedModel, reachableModels, type ModelClass } from "./model-source";

const goTag = "v0.34.9";
const [apiRepo, apimachineryRepo] = process.argv.slice(2);
if (!apiRepo || !apimachineryRepo) throw new Error("usage: generate-models.ts <kubernetes/api git dir> <kubernetes/apimachinery git dir>");

interface GoField {
  json: string;
  type: string;
  inline: boolean;
}
interface GoPackage {
  importPath: string;
  name: string;
  structs: Map<string, GoField[]>;
  named: Map<string, string>; // non-struct type definitions and aliases
  aliases: Set<string>; // `type A = B`
  imports: Map<string, string>; // alias → import path
}

function git(repo: string, ...args: string[]): string {
  return execFileSync("git", ["--git-dir", repo, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
}

function repoAndDir(importPath: string): [string, string] | undefined {
  if (importPath.startsWith("k8s.io/api/")) return [apiRepo, importPath.slice("k8s.io/api/".length)];
  if (importPath === "k8s.io/apimachinery/pkg/apis/meta/v1") return [apimachineryRepo, "pkg/apis/meta/v1"];
  return undefined;
}

const packages = new Map<string, GoPackage | undefined>();

function loadPackage(importPath: string): GoPackage | undefined {
  if (packages.has(importPath)) return packages.get(importPath);
  const where = repoAndDir(importPath);
  let pkg: GoPackage | undefined;
  if (where) {
    const [repo, dir] = where;
    pkg = { importPath, name: path.basename(importPath), structs: new Map(), named: new Map(), aliases: new Set(), imports: new Map() };
    const files = git(repo, "ls-tree", "--name-only", `${goTag}:${dir}`)
      .split("\n")
      .filter((f) => f.endsWith(".go") && !f.endsWith("_test.go") && !f.startsWith("zz_generated") && !f.startsWith("generated"));
    for (const f of files) parseGoFile(git(repo, "show", `${goTag}:${dir}/${f}`), pkg);
  }
  packages.set(importPath, pkg);
  return pkg;
}

function parseGoFile(src: string, pkg: GoPackage): void {
  const lines = src.split("\n").map((l) => l.replace(/^\s*\/\/.*$/, ""));
  let inImports = false;
  let struct: GoField[] | undefined;
  for (const line of lines) {
    if (/^import \($/.test(line)) inImports = true;
    else if (inImports && line === ")") inImports = false;
    const imp = /^(?:import )?\s*(\w+)?\s*"([^"]+)"$/.exec(line);
    if ((inImports || line.startsWith("import ")) && imp) {
      pkg.imports.set(imp[1] ?? path.basename(imp[2]), imp[2]);
      continue;
    }
    const start = /^type (\w+) struct \{$/.exec(line);
    if (start) {
      struct = [];
      pkg.structs.set(start[1], struct);
      continue;
    }
    if (struct && line === "}") {
      struct = undefined;
      continue;
    }
    if (struct) {
      const named = /^\s+\w+\s+([^\s`]+)\s+`json:"([^"]*)"/.exec(line);
      const embedded = /^\s+([*\w.]+)\s+`json:"([^"]*)"/.exec(line);
      const m = named ?? embedded;
      if (!m) continue;
      const [jsonName, ...opts] = m[2].split(",");
      if (jsonName === "-") continue;
      struct.push({ json: jsonName, type: m[1], inline: jsonName === "" && opts.includes("inline") });
      continue;
    }
    const def = /^type (\w+) (= )?(\S+)$/.exec(line);
    if (def) {
      pkg.named.set(def[1], def[3]);
      if (def[2]) pkg.aliases.add(def[1]);
    }
  }
}

/** The package and name of a possibly qualified Go type name as seen from `pkg`. */
function resolveName(expr: string, pkg: GoPackage): { pkg: GoPackage | undefined; importPath: string; name: string } {
  const dot = expr.indexOf(".");
  if (dot < 0) return { pkg, importPath: pkg.importPath, name: expr };
  const importPath = pkg.imports.get(expr.slice(0, dot)) ?? expr.slice(0, dot);
  return { pkg: loadPackage(importPath), importPath, name: expr.slice(dot + 1) };
}

const goBuiltins = new Set(["string", "bool", "int", "int32", "int64", "float64", "uint8"]);

/** reflect.Type.String() of a Go type expression written in `pkg`. */
function goTypeString(expr: string, pkg: GoPackage): string {
  if (expr.startsWith("*")) return "*" + goTypeString(expr.slice(1), pkg);
  if (expr.startsWith("[]")) return "[]" + goTypeString(expr.slice(2), pkg);
  if (expr.startsWith("map[")) {
    const close = expr.indexOf("]");
    return `map[${goTypeString(expr.slice(4, close), pkg)}]${goTypeString(expr.slice(close + 1), pkg)}`;
  }
  if (expr === "byte") return "uint8";
  if (goBuiltins.has(expr)) return expr;
  const r = resolveName(expr, pkg);
  // An alias (`type A = B`) prints as its target.
  if (r.pkg?.aliases.has(r.name)) return goTypeString(r.pkg.named.get(r.name)!, r.pkg);
  return `${path.basename(r.importPath)}.${r.name}`;
}

/** Whether a Go type expression is (a collection of) resource.Quantity: "", "[]", "{}" or undefined. */
function quantityShape(expr: string, pkg: GoPackage, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  if (expr.startsWith("*")) return quantityShape(expr.slice(1), pkg, depth + 1);
  if (expr.startsWith("[]")) {
    const inner = quantityShape(expr.slice(2), pkg, depth + 1);
    return inner === undefined ? undefined : "[]" + inner;
  }
  if (expr.startsWith("map[")) {
    const inner = quantityShape(expr.slice(expr.indexOf("]") + 1), pkg, depth + 1);
    return inner === undefined ? undefined : "{}" + inner;
  }
  if (goBuiltins.has(expr) || expr === "byte") return undefined;
  const r = resolveName(expr, pkg);
  if (r.importPath === "k8s.io/apimachinery/pkg/api/resource" && r.name === "Quantity") return "";
  const underlying = r.pkg?.named.get(r.name);
  return underlying && r.pkg ? quantityShape(underlying, r.pkg, depth + 1) : undefined;
}

/** The fields of a struct with inline embedded structs flattened, as encoding/json sees them. */
function structFields(pkg: GoPackage, name: string, depth = 0): Map<string, { field: GoField; pkg: GoPackage }> {
  const out = new Map<string, { field: GoField; pkg: GoPackage }>();
  for (const field of pkg.structs.get(name) ?? []) {
    if (field.inline) {
      const r = resolveName(field.type.replace(/^\*/, ""), pkg);
      if (r.pkg && depth < 4) for (const [k, v] of structFields(r.pkg, r.name, depth + 1)) if (!out.has(k)) out.set(k, v);
    } else if (!out.has(field.json)) {
      out.set(field.json, { field, pkg });
    }
  }
  return out;
}

const models = allModels as unknown as Record<string, ModelClass | undefined>;
const roots = builtinKinds.map((k) => k.model);
const modelNames = reachableModels(models, roots);
const exprs = new Map<string, string[][]>(
  modelNames.map((n) => [n, models[n]!.attributeTypeMap.map((a) => [a.baseName, attributeTypeExpr(a.type, a.format)])]),
);

// Walk models and Go structs in lockstep from each kind, annotating fields.
const visited = new Set<string>();
function walk(model: string, pkg: GoPackage, struct: string): void {
  if (visited.has(model)) return;
  visited.add(model);
  const fields = structFields(pkg, struct);
  if (!fields.size) console.warn(`no Go struct ${pkg.importPath}.${struct} for ${model}`);
  for (const entry of exprs.get(model) ?? []) {
    const [name, expr] = entry;
    const go = fields.get(name);
    if (!go) continue;
    const goExpr = go.field.type.replace(/^\*/, "");
    const q = quantityShape(goExpr, go.pkg);
    let typeExpr = expr;
    if (q !== undefined && expr.replace(/string$/, "") === q) typeExpr = q + "quantity";
    const display = goTypeString(goExpr, go.pkg);
    entry[1] = display === defaultGoTypeName(typeExpr) ? typeExpr : `${typeExpr}|${display}`;
    const ref = referencedModel(expr);
    if (ref) {
      const base = goExpr.replace(/^(\[\]|map\[[^\]]*\]|\*)+/, "");
      const r = resolveName(base, go.pkg);
      if (r.pkg) walk(ref, r.pkg, r.name);
    }
  }
}
for (const k of builtinKinds) {
  const importPath = goPackageOfApiVersion[k.apiVersion];
  const pkg = importPath && loadPackage("k8s.io/api/" + importPath);
  if (pkg) walk(k.model, pkg, k.kind);
}

const body = modelNames.map((n) => `  ${n}: ${JSON.stringify(exprs.get(n)!.map(([f, t]) => `${f}:${t}`).join(","))},`).join("\n");
const out = `// Generated by generate-models.ts from @kubernetes/client-node 1.4.0 (Kubernetes 1.34 OpenAPI)
// and the Go types of kubernetes/api ${goTag}. Do not edit; run the generator.
// Each model: "field:type" in the models' order; "|T" is Go's name for the type when it differs.
export const modelSources: Readonly<Record<string, string>> = {
${body}
};
`;
writeFileSync(new URL("./models.generated.ts", import.meta.url), out);
console.log(`${modelNames.length} models written`);
