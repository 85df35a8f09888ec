// One esbuild setup for the two programs that run the grader outside Next.js
// without compiling TypeScript at each start: the kubesim CLI and the grading
// worker thread. npm packages stay external, except @kubernetes/client-node:
// the grader uses only its generated models, and loading the whole client
// (HTTP, auth, its 700 model files one by one) would cost more than half a
// second per start. The grader itself (@kubedojo/grader) is always bundled.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

function clientNodeModelsOnly(namespace) {
  return {
    name: "client-node-models-only",
    setup(b) {
      b.onResolve({ filter: /^@kubernetes\/client-node$/ }, () => ({ path: "client-node-models", namespace }));
      b.onLoad({ filter: /.*/, namespace }, () => ({
        contents: `export * from "@kubernetes/client-node/dist/gen/models/all.js";`,
        resolveDir: root,
        loader: "js",
      }));
      b.onResolve({ filter: /^[^./]/ }, (args) =>
        args.path.startsWith("@kubernetes/client-node/dist/gen/") || args.path.startsWith("@kubedojo/grader") ? undefined : { path: args.path, external: true },
      );
    },
  };
}

/** Bundles `entry` (relative to the root) into `outdir`/`name`.mjs, replacing what was there. */
export async function bundleGraderProgram({ entry, name, outdir }) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [`${root}/${entry}`],
    entryNames: name,
    outdir,
    outExtension: { ".js": ".mjs" },
    // just-bash (the shell) loads on first use, in its own chunk.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    plugins: [clientNodeModelsOnly(name)],
    // Less source to parse at every start; names are kept for readable stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: "warning",
  });
}
