// Bundles the kubesim CLI (grader/cli) into one ES module so `npx kubesim`
// starts without compiling TypeScript: run from the root "postinstall", and by
// the launcher (grader/cli/bin/kubesim.mjs) when a grader source is newer.
import { bundleGraderProgram, root } from "./bundle-grader.mjs";

await bundleGraderProgram({ entry: "grader/cli/process-entry.ts", name: "kubesim", outdir: `${root}/node_modules/.cache/kubesim`, loadShellOnDemand: true });
