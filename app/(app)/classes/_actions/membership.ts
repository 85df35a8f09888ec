"use server";
// A student's side of a class from plain forms: join with the invite code,
// leave, and start the class's exam inside its window (the server's clock decides).
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/server/db";
import { appServiceDeps } from "@/server/services/app-service-deps";
import { joinClass, leaveClass } from "@/server/services/classes";
import { startWindowExam } from "@/server/services/exam-windows";
import { pageActor } from "../../_auth/page-actor";
import { backWithError, backWithNotice } from "../../_actions/back-to";

const idSchema = z.string().trim().min(1).max(100);

export async function joinClassAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const code = form.get("code");
  const joined = await joinClass({ prisma: db() }, actor, typeof code === "string" ? code : "");
  const back = `/classes/join${typeof code === "string" && code.length <= 40 ? `?code=${encodeURIComponent(code)}` : ""}`;
  if (!joined.ok) backWithError(back, joined.message);
  const { classId, name, alreadyMember } = joined.value;
  redirect(`/classes/${encodeURIComponent(classId)}?notice=${encodeURIComponent(alreadyMember ? `You are already in ${name}.` : `Welcome to ${name}!`)}`);
}

export async function leaveClassAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const classId = idSchema.safeParse(form.get("classId"));
  if (!classId.success) backWithError("/classes", "Choose a class.");
  const left = await leaveClass({ prisma: db() }, actor, classId.data);
  if (!left.ok) backWithError("/classes", left.message);
  backWithNotice("/classes", "You left the class. Your past attempts stay in My attempts.");
}

export async function startWindowExamAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const windowId = idSchema.safeParse(form.get("windowId"));
  const classId = idSchema.safeParse(form.get("classId"));
  const back = classId.success ? `/classes/${encodeURIComponent(classId.data)}` : "/classes";
  if (!windowId.success) backWithError(back, "Choose an exam.");
  const started = await startWindowExam(appServiceDeps(), actor, windowId.data);
  if (!started.ok) backWithError(back, started.message);
  redirect(`/attempts/${encodeURIComponent(started.value.attemptId)}`);
}
