// Bundles the grading worker thread (server/grading/grade-worker-entry.ts and
// the grader) into one ES module, so each worker thread starts without
// compiling TypeScript: run from the root "postinstall", and again by the
// pool when a grader or worker source is newer than the bundle.
import { fileURLToPath } from "node:url";
import { bundleGraderProgram, root } from "./bundle-grader.mjs";

export const gradeWorkerOutdir = `${root}/node_modules/.cache/grade-worker`;

export async function buildGradeWorker() {
  await bundleGraderProgram({ entry: "server/grading/grade-worker-entry.ts", name: "grade-worker", outdir: gradeWorkerOutdir });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildGradeWorker();
