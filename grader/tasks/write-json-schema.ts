// Writes tasks/schema/*.schema.json from the zod schemas:
// `npx tsx grader/tasks/write-json-schema.ts` from the repository root.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generatedJsonSchemas } from "./json-schema";

const repoRoot = path.resolve(import.meta.dirname, "../..");
for (const [file, text] of Object.entries(generatedJsonSchemas())) {
  const target = path.join(repoRoot, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${file}`);
}
