"use server";
// How the user appears on public leaderboards: by a display name, or anonymous.
import { db } from "@/server/db";
import { updateBoardProfile } from "@/server/services/profile";
import { pageActor } from "../../_auth/page-actor";
import { backWithError, backWithNotice } from "../../_actions/back-to";

export async function updateBoardIdentityAction(form: FormData): Promise<void> {
  const actor = await pageActor();
  const back = typeof form.get("back") === "string" && /^\/leaderboards(\/|$|\?)/.test(form.get("back") as string) ? (form.get("back") as string) : "/leaderboards";
  const name = form.get("displayName");
  const identity = form.get("boardIdentity");
  const displayName = typeof name === "string" && name.trim() ? name : null;
  const updated = await updateBoardProfile({ prisma: db() }, actor, { boardIdentity: identity, displayName });
  if (!updated.ok) backWithError(back, updated.message);
  const v = updated.value;
  backWithNotice(back, v.boardIdentity === "DISPLAY_NAME" ? `You appear on public boards as “${v.displayName}”.` : "You appear on public boards as Anonymous.");
}
