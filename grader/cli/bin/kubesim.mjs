#!/usr/bin/env node
// Starts kubesim from the bundle built at install (scripts/build-kubesim.mjs,
// into node_modules/.cache/kubesim: neither committed nor linted),
// or from the TypeScript sources through tsx when there is no bundle or
// KUBESIM_FROM_SOURCE=1 (slower start-up, always current).
import { existsSync } from "node:fs";

const bundle = new URL("../../../node_modules/.cache/kubesim/kubesim.mjs", import.meta.url);
if (existsSync(bundle) && process.env.KUBESIM_FROM_SOURCE !== "1") {
  await import(bundle.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("../process-entry.ts", import.meta.url).href);
}
