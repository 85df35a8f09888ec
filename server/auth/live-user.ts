// The signed-in user as the database has them now: the session's JWT names
// the user, but its copy of the role (and name) is as old as the sign-in, up to
// 30 days. Pages and the header read this instead, so an admin's role change
// shows on the user's next page load. One primary-key read per request: React's
// cache() shares it between the layouts and the page of one render.
import { cache } from "react";
import { db } from "../db";
import type { Role } from "./authorization";
import { currentUser, type SessionUser } from "./session";

export interface LiveUser extends SessionUser {
  role: Role;
}

/** The session's user with their current name, email and role; null when signed out or the account is gone. */
export const liveUser = cache(async (): Promise<LiveUser | null> => {
  const session = await currentUser().catch(() => null);
  if (!session?.id || session.id.length > 100) return null;
  return db().user.findUnique({ where: { id: session.id }, select: { id: true, name: true, email: true, role: true } });
});
