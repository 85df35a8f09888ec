// Bundles the kubesim CLI (grader/cli) into one ES module so `npx kubesim`
// starts without compiling TypeScript: run from the root "postinstall".
// npm packages stay external, except @kubernetes/client-node: the grader uses
// only its generated models, and loading the whole client (HTTP, auth, its
// 700 model files one by one) would cost more than half a second per start.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}/node_modules/.cache/kubesim`;

const clientNodeModelsOnly = {
  name: "client-node-models-only",
  setup(b) {
    b.onResolve({ filter: /^@kubernetes\/client-node$/ }, () => ({ path: "client-node-models", namespace: "kubesim" }));
    b.onLoad({ filter: /.*/, namespace: "kubesim" }, () => ({
      contents: `export * from "@kubernetes/client-node/dist/gen/models/all.js";`,
      resolveDir: root,
      loader: "js",
    }));
    // Everything else from node_modules stays an import.
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@kubernetes/client-node/dist/gen/") ? undefined : { path: args.path, external: true }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [`${root}/grader/cli/process-entry.ts`],
  entryNames: "kubesim",
  outdir,
  outExtension: { ".js": ".mjs" },
  // just-bash (the shell) loads on first use, in its own chunk.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  plugins: [clientNodeModelsOnly],
  // Less source to parse at every start; names are kept for readable stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
});
