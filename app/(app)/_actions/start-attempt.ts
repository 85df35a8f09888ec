"use server";
// Starting a practice or a mock exam from a plain form (works without JavaScript):
// the service decides, then the browser goes to the attempt — or back with the reason.
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentUser } from "@/server/auth/session";
import { startExam, startPractice } from "@/server/services/attempts";
import { appServiceDeps } from "@/server/services/app-service-deps";

const slugSchema = z.string().trim().min(1).max(200);

async function start(kind: "practice" | "exam", form: FormData, back: (slug: string) => string): Promise<never> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  const slug = slugSchema.safeParse(form.get("slug"));
  if (!slug.success) redirect(`${kind === "exam" ? "/exams" : "/tasks"}?error=${encodeURIComponent("Choose what to start.")}`);
  const deps = appServiceDeps();
  const result = kind === "exam" ? await startExam(deps, user.id, slug.data) : await startPractice(deps, user.id, slug.data);
  if (!result.ok) redirect(`${back(slug.data)}?error=${encodeURIComponent(result.message)}`);
  redirect(`/attempts/${encodeURIComponent(result.value.attemptId)}`);
}

export async function startPracticeAction(form: FormData): Promise<void> {
  await start("practice", form, (slug) => `/tasks/${slug}`);
}

export async function startExamAction(form: FormData): Promise<void> {
  await start("exam", form, () => "/exams");
}
