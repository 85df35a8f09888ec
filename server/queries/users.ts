// Reads of user accounts.
import type { PrismaClient } from "@/generated/prisma/client";
import { verifyPassword } from "../auth/password";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: "STUDENT" | "INSTRUCTOR" | "ADMIN";
}

/** The user whose email and password match, or null; the same answer whether the email or the password is wrong. */
export async function findUserByCredentials(
  db: PrismaClient,
  email: string,
  password: string,
): Promise<AuthenticatedUser | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user?.passwordHash) return null;
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
