"use server";
// The exam form (components/instructor/ExamForm.tsx) as plain form posts:
// composing an exam — and, in the same step, opening it to one of the
// instructor's classes with a window — and editing one (a new version).
import { z } from "zod";
import { db } from "@/server/db";
import { composeExam, openExamWindow, updateExam } from "@/server/services/exam-windows";
import { pageActor } from "../../_auth/page-actor";
import { backWithError, backWithNotice } from "../../_actions/back-to";
import { orderedTaskSlugs } from "./exam-task-order";
import { utcDateTime } from "./utc-date-time";

const numberField = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label}: enter a number.`)
    .transform(Number)
    .refine((n) => Number.isFinite(n), `${label}: enter a number.`);

const formSchema = z.object({
  title: z.string().default(""),
  durationMinutes: numberField("Duration"),
  passPercent: numberField("Pass mark"),
  classId: z.string().trim().max(100).default(""),
});

export async function composeExamAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const back = "/instructor/exams/new";
  const fields = formSchema.safeParse({
    title: form.get("title") ?? "",
    durationMinutes: form.get("durationMinutes") ?? "",
    passPercent: form.get("passPercent") ?? "",
    classId: form.get("classId") ?? "",
  });
  if (!fields.success) backWithError(back, fields.error.issues.map((i) => i.message).join(" "));
  const taskSlugs = orderedTaskSlugs(form);
  const { title, durationMinutes, passPercent, classId } = fields.data;

  // Read the window first, so a bad date does not leave an exam behind.
  let window: { opensAt: Date; closesAt: Date } | null = null;
  if (classId) {
    const opensAt = utcDateTime(form.get("opensAt"));
    const closesAt = utcDateTime(form.get("closesAt"));
    if (!opensAt || !closesAt) backWithError(back, "To open the exam to a class, give the window's opening and closing (UTC).");
    if (closesAt.getTime() <= opensAt.getTime()) backWithError(back, "Closes at: the window must close after it opens.");
    window = { opensAt, closesAt };
  }

  const deps = { prisma: db() };
  const composed = await composeExam(deps, actor, { title, durationMinutes, passPercent, taskSlugs });
  if (!composed.ok) backWithError(back, composed.message);
  if (!window) backWithNotice("/instructor", `Exam “${title.trim()}” composed. Open it to a class from the class's page.`);
  const opened = await openExamWindow(deps, actor, { classId, examId: composed.value.examId, ...window });
  const classPage = `/instructor/classes/${encodeURIComponent(classId)}`;
  if (!opened.ok) backWithError(opened.status === 404 ? "/instructor" : classPage, `The exam was composed but not opened: ${opened.message}`);
  backWithNotice(classPage, `Exam “${title.trim()}” is scheduled for the class.`);
}

/** Saves the exam form over an exam the actor may edit: a new version for attempts started from now on. */
export async function updateExamAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const examId = z.string().trim().min(1).max(100).safeParse(form.get("examId"));
  if (!examId.success) backWithError("/instructor", "Choose an exam.");
  const examPage = `/instructor/exams/${encodeURIComponent(examId.data)}`;
  const back = `${examPage}/edit`;
  const fields = formSchema.safeParse({
    title: form.get("title") ?? "",
    durationMinutes: form.get("durationMinutes") ?? "",
    passPercent: form.get("passPercent") ?? "",
  });
  if (!fields.success) backWithError(back, fields.error.issues.map((i) => i.message).join(" "));
  const { title, durationMinutes, passPercent } = fields.data;
  const updated = await updateExam({ prisma: db() }, actor, examId.data, { title, durationMinutes, passPercent, taskSlugs: orderedTaskSlugs(form) });
  if (!updated.ok) backWithError(updated.status === 404 ? "/instructor" : back, updated.message);
  backWithNotice(examPage, "Saved. Attempts already started keep the version they started with; new attempts take this one.");
}
