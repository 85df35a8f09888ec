// An answer to a task: manifests (applied as `kubectl apply -f`) or a
// transcript (bash typed on the workstation).
import { z } from "zod";

const answerFields = {
  manifests: z
    .string()
    .min(1)
    .optional()
    .describe("One or more YAML documents separated by `---`, applied as `kubectl apply -f`."),
  transcript: z
    .string()
    .min(1)
    .optional()
    .describe("Bash run on the workstation, line by line, as a candidate would type it; files it writes are part of the end state."),
};

function exactlyOneForm(answer: { manifests?: string; transcript?: string }, ctx: z.RefinementCtx): void {
  if ((answer.manifests === undefined) === (answer.transcript === undefined)) {
    ctx.addIssue({ code: "custom", message: "needs exactly one of manifests, transcript" });
  }
}

export const answerSchema = z
  .strictObject(answerFields)
  .superRefine(exactlyOneForm, { when: () => true })
  .describe("A reference answer: manifests or a transcript.");

export const alternativeSchema = z
  .strictObject({
    description: z.string().min(1).describe("What makes this answer different: `a native sidecar (init container with restartPolicy: Always)`."),
    ...answerFields,
  })
  .superRefine(exactlyOneForm, { when: () => true })
  .describe("Another correct answer; it must score full marks.");

export const nearMissSchema = z
  .strictObject({
    description: z.string().min(1).describe("The mistake: `the sidecar mounts the volume at /var/log instead of /var/log/app`."),
    ...answerFields,
    failsChecks: z
      .array(z.string().min(1))
      .min(1)
      .describe("The ids of exactly the checks this answer must fail; every other check must pass."),
  })
  .superRefine(exactlyOneForm, { when: () => true })
  .describe("A wrong answer and the checks it must fail.");

export type Answer = z.infer<typeof answerSchema>;
export type Alternative = z.infer<typeof alternativeSchema>;
export type NearMiss = z.infer<typeof nearMissSchema>;
