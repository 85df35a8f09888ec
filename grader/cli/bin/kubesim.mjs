#!/usr/bin/env node
// Starts kubesim from the bundle built at install (scripts/build-kubesim.mjs,
// into node_modules/.cache/kubesim: neither committed nor linted), rebuilding
// it first when a grader source file is newer (after a pull or an edit), or
// from the TypeScript sources through tsx when KUBESIM_FROM_SOURCE=1.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = new URL("../../../node_modules/.cache/kubesim/kubesim.mjs", import.meta.url);
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

if (process.env.KUBESIM_FROM_SOURCE === "1") {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("../process-entry.ts", import.meta.url).href);
} else {
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSourceMs(graderDir)) {
    await import(new URL("../../../scripts/build-kubesim.mjs", import.meta.url).href);
  }
  await import(bundle.href);
}
