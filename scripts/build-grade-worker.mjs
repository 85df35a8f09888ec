// Bundles the grading worker thread (server/grading/grade-worker-entry.ts and
// the grader) into one ES module, so each worker thread starts without
// compiling TypeScript: run from the root "postinstall", and again by the
// pool when a grader or worker source is newer than the bundle.
// As for kubesim, npm packages stay external except @kubernetes/client-node,
// of which only the generated models are bundled.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
export const gradeWorkerOutdir = `${root}/node_modules/.cache/grade-worker`;

const clientNodeModelsOnly = {
  name: "client-node-models-only",
  setup(b) {
    b.onResolve({ filter: /^@kubernetes\/client-node$/ }, () => ({ path: "client-node-models", namespace: "grade-worker" }));
    b.onLoad({ filter: /.*/, namespace: "grade-worker" }, () => ({
      contents: `export * from "@kubernetes/client-node/dist/gen/models/all.js";`,
      resolveDir: root,
      loader: "js",
    }));
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@kubernetes/client-node/dist/gen/") || args.path.startsWith("@kubedojo/grader") ? undefined : { path: args.path, external: true },
    );
  },
};

export async function buildGradeWorker() {
  rmSync(gradeWorkerOutdir, { recursive: true, force: true });
  await build({
    entryPoints: [`${root}/server/grading/grade-worker-entry.ts`],
    entryNames: "grade-worker",
    outdir: gradeWorkerOutdir,
    outExtension: { ".js": ".mjs" },
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    plugins: [clientNodeModelsOnly],
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: "warning",
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildGradeWorker();
