// `npm run bench` runs the grader's benchmarks on the code as it ships: bundled
// by the same esbuild setup as the kubesim CLI and the grading worker (see
// scripts/bundle-grader.mjs), not through tsx. tsx transforms each file with
// esbuild's keepNames, which gives every named closure a defineProperty call
// at creation — a cost (10–20% of a settle) no user's grade ever pays.
//
// usage: node bench/as-shipped.mjs bench/run.ts [more entries…]  (paths relative to grader/)
// Each entry is bundled into grader/.bench/ — as deep as grader/bench/, so an
// entry's import.meta.dirname paths still resolve — run, and the next replaces it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { bundleGraderProgram, root } from "../../scripts/bundle-grader.mjs";

const outdir = path.join(root, "grader/.bench");

for (const entry of process.argv.slice(2)) {
  const name = path.basename(entry).replace(/\.ts$/, "");
  await bundleGraderProgram({ entry: path.join("grader", entry), name, outdir });
  const run = spawnSync(process.execPath, [path.join(outdir, `${name}.mjs`)], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`${entry} failed (exit ${run.status ?? run.signal})`);
    process.exit(1);
  }
}
