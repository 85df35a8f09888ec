// The admin's view of users and roles: who has which role, and every change with who made it.
import type { PrismaClient } from "@/generated/prisma/client";
import { canListUsers, type MaybeActor, type Role } from "../auth/authorization";

export interface UserWithRole {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: string;
}

/** Users by name, optionally filtered by a search on name or email (admin only). */
export async function usersWithRoles(db: PrismaClient, actor: MaybeActor, search = "", take = 100): Promise<UserWithRole[] | null> {
  if (!actor || !canListUsers(actor)) return null;
  const q = search.trim().slice(0, 100);
  const users = await db.user.findMany({
    where: q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] } : {},
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: Math.min(Math.max(take, 1), 500),
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
  return users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }));
}

export interface RoleChangeRow {
  id: string;
  userId: string;
  userName: string;
  fromRole: Role;
  toRole: Role;
  reason: string;
  changedByName: string | null;
  at: string;
}

/** The audit trail of role changes, newest first (one user's, or everyone's). */
export async function roleChanges(db: PrismaClient, actor: MaybeActor, userId?: string): Promise<RoleChangeRow[] | null> {
  if (!actor || !canListUsers(actor)) return null;
  const rows = await db.roleChange.findMany({
    where: userId ? { userId } : {},
    orderBy: { createdAt: "desc" },
    take: 500,
    select: { id: true, userId: true, fromRole: true, toRole: true, reason: true, createdAt: true, user: { select: { name: true } }, changedBy: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    userId: r.userId,
    userName: r.user.name,
    fromRole: r.fromRole,
    toRole: r.toRole,
    reason: r.reason,
    changedByName: r.changedBy?.name ?? null,
    at: r.createdAt.toISOString(),
  }));
}
