// The actor of a request as the authorization rules see it: the session's
// user with the role read from the database now (the JWT's copy of the role
// can be up to 30 days old; an admin's change must take effect at once).
import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "./authorization";

/** The user as an Actor, or null (anonymous) when there is no session or the account is gone. */
export async function actorOf(prisma: PrismaClient, sessionUser: { id: string } | null | undefined): Promise<Actor | null> {
  if (!sessionUser?.id || sessionUser.id.length > 100) return null;
  const user = await prisma.user.findUnique({ where: { id: sessionUser.id }, select: { id: true, role: true } });
  return user ? { id: user.id, role: user.role } : null;
}
