"use server";
// An admin sets a user's role; the service records who, whose, from, to and why.
import { z } from "zod";
import { db } from "@/server/db";
import { changeRole } from "@/server/services/roles";
import { pageActor } from "../../_auth/page-actor";
import { backWithError, backWithNotice } from "../../_actions/back-to";

const idSchema = z.string().trim().min(1).max(100);

export async function changeRoleAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const q = form.get("q");
  const back = `/admin/users${typeof q === "string" && q.trim() ? `?q=${encodeURIComponent(q.trim().slice(0, 100))}` : ""}`;
  const userId = idSchema.safeParse(form.get("userId"));
  if (!userId.success) backWithError(back, "Choose a user.");
  const changed = await changeRole({ prisma: db() }, actor, userId.data, { role: form.get("role"), reason: form.get("reason") ?? "" });
  if (!changed.ok) backWithError(back, changed.message);
  const { fromRole, toRole, changed: didChange } = changed.value;
  backWithNotice(back, didChange ? `Role changed from ${fromRole.toLowerCase()} to ${toRole.toLowerCase()}.` : `The user already is ${toRole.toLowerCase()}.`);
}
