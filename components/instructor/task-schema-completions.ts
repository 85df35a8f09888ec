// What to offer at the cursor of a task.yaml: the fields the task JSON Schema
// (tasks/schema/task.schema.json, generated from the grader's zod schema)
// allows at the cursor's path, with their descriptions, and the allowed values
// of enum and boolean fields. Pure (schema + text + offset in, options out),
// on the same indentation reader as the manifest completions.
import { yamlCursorContext } from "@/components/editor/yaml-context";

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  required?: string[];
  description?: string;
}

export interface TaskCompletion {
  label: string;
  apply: string;
  detail?: string;
  info?: string;
  type: "property" | "constant";
  boost?: number;
}

export interface TaskCompletions {
  from: number;
  options: TaskCompletion[];
}

// Fields whose value is a block of text (bash, markdown, YAML, a transcript).
const blockTextFields = new Set(["prompt", "explanation", "setup", "manifests", "transcript", "script"]);

// The order a task file is written in, offered first at the top.
const rootOrder = ["uuid", "id", "title", "domain", "points", "suggestedMinutes", "difficulty", "tags", "prompt", "checks", "solution", "alternatives", "nearMisses", "explanation"];

const alternativesOf = (s: JsonSchema): JsonSchema[] => {
  const alts = s.anyOf ?? s.oneOf;
  return alts ? alts.flatMap(alternativesOf) : [s];
};

const typesOf = (s: JsonSchema): string[] => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);

/** Steps through arrays to their items (a mapping inside `- ` items is the items' schema). */
function throughArrays(schemas: JsonSchema[]): JsonSchema[] {
  return schemas.flatMap(alternativesOf).flatMap((s) => (s.items ? throughArrays([s.items]) : [s]));
}

/** Every schema the value at `path` may have. */
export function schemasAt(root: JsonSchema, path: readonly string[]): JsonSchema[] {
  let current = [root];
  for (const key of path) {
    current = throughArrays(current).flatMap((s) => (s.properties?.[key] ? [s.properties[key]] : []));
    if (current.length === 0) break;
  }
  return current;
}

function typeLabel(s: JsonSchema): string {
  const alts = alternativesOf(s);
  if (alts.length > 1) return alts.map(typeLabel).join(" | ");
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.items) return `[]${typeLabel(s.items)}`;
  return typesOf(s).join(" | ") || "any";
}

function applyFor(name: string, s: JsonSchema, column: number): string {
  const child = " ".repeat(column + 2);
  if (blockTextFields.has(name) && typesOf(s).includes("string")) return `${name}: |\n${child}`;
  const alts = alternativesOf(s);
  if (alts.some((a) => a.items)) return `${name}:\n${child}- `;
  if (alts.every((a) => typesOf(a).includes("object")) && alts.some((a) => a.properties)) return `${name}:\n${child}`;
  return `${name}: `;
}

export function taskSchemaCompletions(root: JsonSchema, text: string, offset: number): TaskCompletions | undefined {
  const ctx = yamlCursorContext(text, offset);
  if (!ctx) return undefined;
  if (ctx.position === "value") {
    const values = schemasAt(root, [...ctx.path, ctx.key!]).flatMap(alternativesOf);
    const options: TaskCompletion[] = [];
    for (const s of values) {
      for (const v of s.enum ?? []) options.push({ label: String(v), apply: typeof v === "string" && /[:#,[\]{}]/.test(v) ? JSON.stringify(v) : String(v), type: "constant" });
      if (typesOf(s).includes("boolean")) options.push({ label: "true", apply: "true", type: "constant" }, { label: "false", apply: "false", type: "constant" });
    }
    return options.length ? { from: ctx.from, options } : undefined;
  }
  const owners = throughArrays(schemasAt(root, ctx.path));
  const seen = new Set(ctx.siblings);
  const options: TaskCompletion[] = [];
  for (const owner of owners) {
    for (const [name, s] of Object.entries(owner.properties ?? {})) {
      if (seen.has(name)) continue;
      seen.add(name);
      const required = owner.required?.includes(name) ?? false;
      const order = ctx.path.length === 0 ? rootOrder.indexOf(name) : -1;
      options.push({
        label: name,
        apply: applyFor(name, s, ctx.column),
        detail: `${typeLabel(s)}${required ? " · required" : ""}`,
        info: s.description,
        type: "property",
        boost: order >= 0 ? 20 - order : required ? 5 : 0,
      });
    }
  }
  return options.length ? { from: ctx.from, options } : undefined;
}
