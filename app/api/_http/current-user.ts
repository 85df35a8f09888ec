// The signed-in user of a route handler's request (the session cookie), or null.
import { currentUser, type SessionUser } from "@/server/auth/session";

export async function requestUser(): Promise<SessionUser | null> {
  try {
    return await currentUser();
  } catch {
    return null; // a malformed or foreign session cookie is simply no session
  }
}
