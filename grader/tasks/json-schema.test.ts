import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { generatedJsonSchemas, jsonSchemaFiles } from "./json-schema";

const repoRoot = path.resolve(import.meta.dirname, "../..");

type SchemaNode = { properties?: Record<string, SchemaNode>; [key: string]: unknown };

// Every property below `node` that lacks a description, as dotted paths.
function undescribed(node: unknown, at: string, out: string[]): string[] {
  if (Array.isArray(node)) node.forEach((n, i) => undescribed(n, `${at}[${i}]`, out));
  else if (typeof node === "object" && node !== null) {
    const n = node as SchemaNode;
    for (const [name, prop] of Object.entries(n.properties ?? {})) {
      if (typeof prop.description !== "string" || prop.description === "") out.push(`${at}.${name}`);
    }
    for (const [key, child] of Object.entries(n)) undescribed(child, `${at}.${key}`, out);
  }
  return out;
}

describe("the generated JSON Schema of task and exam files", () => {
  it.each(Object.entries(generatedJsonSchemas()))(
    "%s on disk is what the zod schema generates (run `npx tsx grader/tasks/write-json-schema.ts` when this fails)",
    (file, generated) => {
      const onDisk = readFileSync(path.join(repoRoot, file), "utf8");
      expect(onDisk).toBe(generated);
    },
  );

  it.each(Object.values(jsonSchemaFiles))("%s describes every field, for editor tooltips", (file) => {
    const schema: unknown = JSON.parse(generatedJsonSchemas()[file]);
    expect(undescribed(schema, "", [])).toEqual([]);
  });

  it("rejects unknown keys everywhere (additionalProperties: false on every object of the task schema)", () => {
    const text = generatedJsonSchemas()[jsonSchemaFiles.task];
    const objects = text.match(/"type": "object"/g)?.length ?? 0;
    const closed = text.match(/"additionalProperties": false/g)?.length ?? 0;
    const openMaps = text.match(/"additionalProperties": \{/g)?.length ?? 0; // labels, selectors, match
    expect(closed + openMaps).toBe(objects);
    expect(closed).toBeGreaterThan(10);
  });
});
