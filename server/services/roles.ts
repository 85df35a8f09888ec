// Admin-only role changes, each recorded in role_changes (who, whose, from,
// to, why, when). The last admin cannot be demoted: someone must remain who
// can undo a mistake.
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { canChangeRoles, type MaybeActor, type Role } from "../auth/authorization";
import { plausibleId } from "./plausible-id";
import { clockOf } from "./service-deps";
import { refuse, succeed, type ServiceResult } from "./service-result";
import { zodRefusal } from "./zod-refusal";

export interface RoleDeps {
  prisma: PrismaClient;
  now?: () => Date;
}

export interface RoleChanged {
  userId: string;
  fromRole: Role;
  toRole: Role;
  /** False when the user already had the role (nothing written). */
  changed: boolean;
}

const changeRoleSchema = z.object({
  role: z.enum(["STUDENT", "INSTRUCTOR", "ADMIN"], { error: "The role must be STUDENT, INSTRUCTOR or ADMIN." }),
  reason: z.string({ error: "The reason must be text." }).trim().max(500, "Keep the reason under 500 characters.").default(""),
});

export const lastAdminMessage = "This is the last admin: make someone else an admin first, so someone can still manage roles.";

/** Sets a user's role (admin only), recording the change; a no-op when the role is already that. */
export async function changeRole(
  deps: RoleDeps,
  actor: MaybeActor,
  userId: string,
  input: { role: unknown; reason?: unknown },
): Promise<ServiceResult<RoleChanged>> {
  if (!actor || !canChangeRoles(actor)) return refuse(403, "Only an admin can change roles.");
  const parsed = changeRoleSchema.safeParse(input ?? {});
  if (!parsed.success) return zodRefusal(parsed.error);
  if (!plausibleId(userId)) return refuse(404, "No user has this id.");
  const { role, reason } = parsed.data;
  const now = clockOf(deps);
  return deps.prisma.$transaction(async (tx): Promise<ServiceResult<RoleChanged>> => {
    // Lock every admin row, so two admins demoting each other at once cannot leave none.
    const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`;
    const [user] = await tx.$queryRaw<{ id: string; role: Role }[]>`SELECT id, role::text AS role FROM users WHERE id = ${userId} FOR UPDATE`;
    if (!user) return refuse(404, "No user has this id.");
    if (user.role === role) return succeed({ userId, fromRole: user.role, toRole: role, changed: false });
    if (user.role === "ADMIN" && admins.length <= 1) return refuse(409, lastAdminMessage);
    await tx.user.update({ where: { id: userId }, data: { role } });
    await tx.roleChange.create({ data: { userId, changedById: actor.id, fromRole: user.role, toRole: role, reason, createdAt: now } });
    return succeed({ userId, fromRole: user.role, toRole: role, changed: true });
  });
}
