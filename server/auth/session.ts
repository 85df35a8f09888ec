// The signed-in user of the current request, for server components and actions.
import { getServerSession } from "next-auth";
import { authOptions } from "./options";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: string;
}

export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  const u = session?.user;
  if (!u?.id) return null;
  return { id: u.id, name: u.name ?? "", email: u.email ?? "", role: u.role };
}
