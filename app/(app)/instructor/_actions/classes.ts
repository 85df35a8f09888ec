"use server";
// The instructor's class management from plain forms: create, rename, rotate
// the invite code, remove a member, open an exam to the class and move a window.
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/server/db";
import { createClass, removeMember, renameClass, rotateInviteCode } from "@/server/services/classes";
import { openExamWindow, rescheduleExamWindow } from "@/server/services/exam-windows";
import { pageActor } from "../../_auth/page-actor";
import { backWithError, backWithNotice } from "../../_actions/back-to";
import { utcDateTime } from "./utc-date-time";

const idSchema = z.string().trim().min(1).max(100);
const classPage = (id: string) => `/instructor/classes/${encodeURIComponent(id)}`;

export async function createClassAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const created = await createClass({ prisma: db() }, actor, { name: form.get("name") ?? "" });
  if (!created.ok) backWithError("/instructor", created.message);
  redirect(`${classPage(created.value.id)}?notice=${encodeURIComponent(`Class created. Students join it with the code ${created.value.inviteCode}.`)}`);
}

function classIdOf(form: FormData): string {
  const id = idSchema.safeParse(form.get("classId"));
  if (!id.success) backWithError("/instructor", "Choose a class.");
  return id.data;
}

export async function renameClassAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const classId = classIdOf(form);
  const renamed = await renameClass({ prisma: db() }, actor, classId, { name: form.get("name") ?? "" });
  if (!renamed.ok) backWithError(renamed.status === 404 ? "/instructor" : classPage(classId), renamed.message);
  backWithNotice(classPage(classId), "Renamed.");
}

export async function rotateInviteCodeAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const classId = classIdOf(form);
  const rotated = await rotateInviteCode({ prisma: db() }, actor, classId);
  if (!rotated.ok) backWithError("/instructor", rotated.message);
  backWithNotice(classPage(classId), `New invite code: ${rotated.value.inviteCode}. The old one no longer works; members stay.`);
}

/** The class page at the members' search and page the form was sent from. */
function membersPage(classId: string, form: FormData): string {
  const params = new URLSearchParams();
  const q = form.get("q");
  const page = form.get("page");
  if (typeof q === "string" && q.trim()) params.set("q", q.trim().slice(0, 100));
  if (typeof page === "string" && /^\d{1,6}$/.test(page) && page !== "1") params.set("page", page);
  const query = params.toString();
  return query ? `${classPage(classId)}?${query}` : classPage(classId);
}

export async function removeMemberAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const classId = classIdOf(form);
  const back = membersPage(classId, form);
  const userId = idSchema.safeParse(form.get("userId"));
  if (!userId.success) backWithError(back, "Choose a member.");
  const removed = await removeMember({ prisma: db() }, actor, classId, userId.data);
  if (!removed.ok) backWithError(removed.status === 404 && removed.message.includes("class") ? "/instructor" : back, removed.message);
  backWithNotice(back, "Removed from the class; their past attempts stay on its reports.");
}

/** The window's two dates from the form (`2026-11-24T09:00`, read as UTC), or a refusal naming the field. */
function windowDates(form: FormData): { opensAt: Date; closesAt: Date } | string {
  const opensAt = utcDateTime(form.get("opensAt"));
  const closesAt = utcDateTime(form.get("closesAt"));
  if (!opensAt) return "Opens at: enter a date and time (UTC).";
  if (!closesAt) return "Closes at: enter a date and time (UTC).";
  return { opensAt, closesAt };
}

export async function openWindowAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const classId = classIdOf(form);
  const examId = idSchema.safeParse(form.get("examId"));
  if (!examId.success) backWithError(classPage(classId), "Choose an exam to open.");
  const dates = windowDates(form);
  if (typeof dates === "string") backWithError(classPage(classId), dates);
  const opened = await openExamWindow({ prisma: db() }, actor, { classId, examId: examId.data, ...dates });
  if (!opened.ok) backWithError(classPage(classId), opened.message);
  backWithNotice(classPage(classId), "The exam is scheduled for the class.");
}

export async function rescheduleWindowAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const classId = classIdOf(form);
  const windowId = idSchema.safeParse(form.get("windowId"));
  if (!windowId.success) backWithError(classPage(classId), "Choose an exam window.");
  let dates = windowDates(form);
  // "Close now": the window ends at the server's clock (an opening still ahead is brought to now, too).
  if (form.get("intent") === "close-now") {
    const now = new Date();
    const opensAt = typeof dates === "string" ? now : new Date(Math.min(dates.opensAt.getTime(), now.getTime() - 1000));
    dates = { opensAt, closesAt: now };
  }
  if (typeof dates === "string") backWithError(classPage(classId), dates);
  const moved = await rescheduleExamWindow({ prisma: db() }, actor, windowId.data, dates);
  if (!moved.ok) backWithError(classPage(classId), moved.message);
  backWithNotice(classPage(classId), form.get("intent") === "close-now" ? "The exam window is closed." : "The exam window moved.");
}
