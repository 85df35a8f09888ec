// The import boundaries of ARCHITECTURE.md, as a checker the tests run:
// - grader/ is a pure package: nothing from app/, server/, components/, the
//   generated Prisma client, Next.js, React, next-auth or Prisma;
// - only server/ reaches the database and server-side auth: Prisma (and its
//   generated client) and next-auth are imported nowhere else, except the
//   browser half of next-auth (`next-auth/react`) in client components.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface BoundaryViolation {
  file: string; // relative to the root
  specifier: string;
  rule: string;
}

const sourceExtensions = /\.(ts|tsx|js|mjs|cjs|jsx)$/;
const skippedDirs = new Set(["node_modules", ".next", ".data", "generated", ".git", "test-results", "playwright-report"]);

export function listSourceFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (skippedDirs.has(entry)) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listSourceFiles(root, full));
    else if (sourceExtensions.test(entry)) out.push(full);
  }
  return out;
}

export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

const isPackage = (spec: string, names: string[]) =>
  names.some((n) => spec === n || spec.startsWith(n + "/"));
const prismaPackages = ["@prisma", "prisma"];

/** Where an import points inside the repository (relative to root), or undefined for a package. */
function resolveInRepo(root: string, file: string, spec: string): string | undefined {
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith(".")) return path.relative(root, path.resolve(path.dirname(file), spec));
  return undefined;
}

const under = (rel: string | undefined, dir: string) => rel !== undefined && (rel === dir || rel.startsWith(dir + "/"));

export function checkFile(root: string, file: string, source: string): BoundaryViolation[] {
  const rel = path.relative(root, file).split(path.sep).join("/");
  const violations: BoundaryViolation[] = [];
  const inGrader = under(rel, "grader");
  const inServer = under(rel, "server");
  for (const spec of importsOf(source)) {
    const target = resolveInRepo(root, file, spec)?.split(path.sep).join("/");
    if (inGrader) {
      if (["app", "server", "components", "generated"].some((d) => under(target, d)))
        violations.push({ file: rel, specifier: spec, rule: "grader/ may not import the app, server/, components/ or the Prisma client" });
      else if (isPackage(spec, ["next", "next-auth", "react", "react-dom", ...prismaPackages]))
        violations.push({ file: rel, specifier: spec, rule: "grader/ may not import Next.js, React, next-auth or Prisma" });
    }
    if (!inServer && rel !== "prisma.config.ts") {
      if (isPackage(spec, prismaPackages) || under(target, "generated/prisma"))
        violations.push({ file: rel, specifier: spec, rule: "only server/ may import Prisma" });
      const browserAuth = spec === "next-auth/react" && under(rel, "components");
      if (isPackage(spec, ["next-auth"]) && !browserAuth)
        violations.push({ file: rel, specifier: spec, rule: "only server/ may import next-auth (components/ may use next-auth/react)" });
    }
  }
  return violations;
}

export function checkRepository(root: string): BoundaryViolation[] {
  return listSourceFiles(root).flatMap((f) => checkFile(root, f, readFileSync(f, "utf8")));
}
