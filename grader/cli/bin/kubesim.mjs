#!/usr/bin/env node
// Starts kubesim from the bundle built at install (scripts/build-kubesim.mjs,
// into node_modules/.cache/kubesim: neither committed nor linted), rebuilding
// it first when one of its sources is newer (after a pull or an edit), or
// from the TypeScript sources through tsx when KUBESIM_FROM_SOURCE=1.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundleDir = new URL("../../../node_modules/.cache/kubesim/", import.meta.url);
const bundle = new URL("kubesim.mjs", bundleDir);
const rootDir = fileURLToPath(new URL("../../../", import.meta.url));
const graderDir = fileURLToPath(new URL("../../", import.meta.url));

/** The newest modification time of the grader's TypeScript sources (a few ms for the whole tree). */
function newestSourceMs(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMs(full));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Whether the bundle is older than a source: the files the build listed beside it (what it
 * was made of, build scripts included: a stat each, no directory walk), or every grader
 * source for a bundle without that list. A listed file that is gone means stale too.
 */
function bundleIsStale() {
  if (!existsSync(bundle)) return true;
  const builtMs = statSync(bundle).mtimeMs;
  let sources;
  try {
    sources = JSON.parse(readFileSync(new URL("kubesim.sources.json", bundleDir), "utf8"));
  } catch {
    return builtMs < newestSourceMs(graderDir);
  }
  return sources.some((file) => !(statSync(rootDir + file, { throwIfNoEntry: false })?.mtimeMs <= builtMs));
}

if (process.env.KUBESIM_FROM_SOURCE === "1") {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("../process-entry.ts", import.meta.url).href);
} else {
  if (bundleIsStale()) await import(new URL("../../../scripts/build-kubesim.mjs", import.meta.url).href);
  await import(bundle.href);
}
