// The JSON Schema of the task and exam files, generated from the zod schemas
// for editors (YAML language servers, the web editor). The files live in
// tasks/schema/ and a test fails when they are stale; regenerate with
// `npx tsx grader/tasks/write-json-schema.ts`.
import { z } from "zod";
import { examSchema } from "./exam-schema";
import { taskSchema } from "./task-schema";

export const jsonSchemaFiles = {
  task: "tasks/schema/task.schema.json",
  exam: "tasks/schema/exam.schema.json",
} as const;

function schemaText(schema: z.ZodType, title: string): string {
  // "input": what an author writes, so fields with defaults are optional.
  const json = { title, ...z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }) };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The generated files by repo-relative path, as they must be on disk. */
export function generatedJsonSchemas(): Record<string, string> {
  return {
    [jsonSchemaFiles.task]: schemaText(taskSchema, "Kubedojo task (tasks/<domain>/<slug>/task.yaml)"),
    [jsonSchemaFiles.exam]: schemaText(examSchema, "Kubedojo mock exam (tasks/exams/<id>.yaml)"),
  };
}
