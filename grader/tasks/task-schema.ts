// The format of tasks/<domain>/<slug>/task.yaml: a strict zod schema (unknown
// keys rejected) with a description on every field, after PrairieLearn's
// info files. Rules that span fields (check ids unique, near misses naming
// real checks) are refinements here; rules that need the file's place on disk
// (id = folder) are the loader's.
import { z } from "zod";
import { checkSchema } from "../checks/check-schema";
import { alternativeSchema, answerSchema, nearMissSchema } from "./answer-schema";
import { ckadDomainNames } from "./domains";
import { topologySchema } from "./topology-schema";

export const defaultHorizonSeconds = 300;

/** A path segment of lowercase words joined by dashes. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const taskIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;

export const taskSchema = z
  .strictObject({
    uuid: z.uuid().describe("A fixed uuid (`uuidgen`), so renaming the folder keeps the task's history."),
    id: z
      .string()
      .regex(taskIdPattern, "must be <domain-folder>/<slug> in lowercase words joined by dashes")
      .describe("The folder path below tasks/: `application-design-and-build/logging-sidecar`."),
    title: z.string().min(1).describe("A short title: `Add a logging sidecar`."),
    domain: z.enum(ckadDomainNames).describe("The CKAD curriculum domain the task belongs to."),
    points: z.int().min(1).describe("The task's weight in an exam."),
    suggestedMinutes: z.int().min(1).max(120).describe("How long a prepared candidate needs."),
    difficulty: z.enum(["easy", "medium", "hard"]).describe("How hard the task is for a prepared candidate."),
    tags: z.array(z.string().regex(slugPattern, "must be lowercase words joined by dashes")).default([]).describe("Topics, for search: `sidecar`, `emptydir`."),
    topology: topologySchema.optional(),
    setup: z.string().default("").describe("Bash run on the workstation before the candidate starts (kubectl is there)."),
    prompt: z.string().min(1).describe("The task as the candidate reads it (markdown)."),
    checks: z.array(checkSchema).min(1).describe("What is graded, in the order the candidate sees it."),
    solution: answerSchema,
    alternatives: z.array(alternativeSchema).default([]).describe("Other correct answers; each must score full marks."),
    nearMisses: z.array(nearMissSchema).default([]).describe("Wrong answers, each with the checks it must fail."),
    explanation: z.string().min(1).describe("Shown after grading (markdown, with links to the Kubernetes docs)."),
    horizon: z
      .int()
      .min(1)
      .max(24 * 3600)
      .default(defaultHorizonSeconds)
      .describe("Virtual seconds the cluster lives after the answer before the checks run."),
  })
  // Runs even when fields fail, so an author sees these along with the rest; hence it reads the raw input warily.
  .superRefine((task, ctx) => crossFieldIssues(task, ctx), { when: () => true })
  .describe("A Kubedojo CKAD task: tasks/<domain>/<slug>/task.yaml.");

export type Task = z.infer<typeof taskSchema>;

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const field = (v: unknown, key: string): unknown =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;

/** Check ids are unique; near misses name checks that exist. */
function crossFieldIssues(task: unknown, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  asArray(field(task, "checks")).forEach((check, i) => {
    const id = field(check, "id");
    if (typeof id !== "string") return;
    if (seen.has(id)) ctx.addIssue({ code: "custom", path: ["checks", i, "id"], message: `duplicate check id ${JSON.stringify(id)}` });
    seen.add(id);
  });
  asArray(field(task, "nearMisses")).forEach((miss, i) => {
    asArray(field(miss, "failsChecks")).forEach((id, j) => {
      if (typeof id === "string" && !seen.has(id)) {
        ctx.addIssue({ code: "custom", path: ["nearMisses", i, "failsChecks", j], message: `no check has the id ${JSON.stringify(id)}` });
      }
    });
  });
}
