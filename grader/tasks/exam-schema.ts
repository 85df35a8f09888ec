// The format of tasks/exams/<id>.yaml: a mock exam as an ordered list of task ids.
import { z } from "zod";
import { slugPattern } from "./task-schema";

export const examSchema = z
  .strictObject({
    id: z.string().regex(slugPattern, "must be lowercase words joined by dashes").describe("The file name without `.yaml`: `mock-1`."),
    title: z.string().min(1).describe("The exam's title: `CKAD mock exam 1`."),
    durationMinutes: z.int().min(1).max(600).describe("Time allowed; the real CKAD gives 120 minutes."),
    passPercent: z.number().min(0).max(100).describe("The pass mark in percent of the points; the real CKAD's is 66."),
    tasks: z
      .array(z.string().min(1))
      .min(1)
      .describe("Task ids (folder paths below tasks/) in the order the candidate sees them."),
  })
  .superRefine((exam, ctx) => {
    const seen = new Set<string>();
    exam.tasks.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: "custom", path: ["tasks", i], message: `task ${JSON.stringify(id)} is listed twice` });
      seen.add(id);
    });
  })
  .describe("A Kubedojo mock exam: tasks/exams/<id>.yaml.");

export type Exam = z.infer<typeof examSchema>;
