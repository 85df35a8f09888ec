// One esbuild setup for the two programs that run the grader outside Next.js
// without compiling TypeScript at each start: the kubesim CLI and the grading
// worker thread. npm packages stay external, except @kubernetes/client-node:
// the grader uses only its generated models, and loading the whole client
// (HTTP, auth, its 700 model files one by one) would cost more than half a
// second per start. The grader itself (@kubedojo/grader) is always bundled.
import { build } from "esbuild";
import { existsSync, rmSync, writeFileSync } from "node:fs";
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

// just-bash (≈ 200 ms to load) behind synchronous stand-ins that load its CommonJS build on
// first use: the container runtime calls parse() synchronously, yet most commands of a short
// process (`kubesim kubectl get ...`) never start a shell. One copy serves every import.
const justBashOnDemandSource = `
import { createRequire } from "node:module";
let loaded;
const justBash = () => (loaded ??= createRequire(import.meta.url)("just-bash"));
export const parse = (...args) => justBash().parse(...args);
export const serialize = (...args) => justBash().serialize(...args);
export const defineCommand = (...args) => justBash().defineCommand(...args);
export const decodeBytesToUtf8 = (...args) => justBash().decodeBytesToUtf8(...args);
export class Bash { constructor(...args) { return new (justBash().Bash)(...args); } }
`;

function justBashOnDemand() {
  return {
    name: "just-bash-on-demand",
    setup(b) {
      b.onResolve({ filter: /^just-bash$/ }, () => ({ path: "just-bash-on-demand", namespace: "just-bash-on-demand" }));
      b.onLoad({ filter: /.*/, namespace: "just-bash-on-demand" }, () => ({ contents: justBashOnDemandSource, resolveDir: root, loader: "js" }));
    },
  };
}

/** The file beside a bundle that lists the project files it was built from (relative to the root). */
export const sourcesFileName = (name) => `${name}.sources.json`;

/**
 * Bundles `entry` (relative to the root) into `outdir`/`name`.mjs, replacing what was there,
 * and lists its project sources in `outdir`/`name`.sources.json (a launcher's staleness check).
 * `loadShellOnDemand`: just-bash loads at its first use (for a program that is mostly done before it needs it).
 */
export async function bundleGraderProgram({ entry, name, outdir, loadShellOnDemand = false }) {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: [`${root}/${entry}`],
    absWorkingDir: root,
    entryNames: name,
    outdir,
    outExtension: { ".js": ".mjs" },
    // What a command rarely needs (the shell, help texts, explain's descriptions, the task
    // format) loads on first use, in its own chunk.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    plugins: [...(loadShellOnDemand ? [justBashOnDemand()] : []), clientNodeModelsOnly(name)],
    // Less source to parse at every start; names are kept for readable stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: "warning",
    metafile: true,
  });
  const projectFiles = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith("node_modules/") && !p.includes(":"));
  const buildScripts = ["scripts/bundle-grader.mjs", `scripts/build-${name}.mjs`].filter((p) => existsSync(`${root}/${p}`));
  writeFileSync(`${outdir}/${sourcesFileName(name)}`, JSON.stringify([...projectFiles, ...buildScripts]));
}
