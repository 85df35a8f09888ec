// The signed-in user of a route handler's request (the session cookie), or null.
// Decoded directly (server/auth/session-token.ts) rather than through
// getServerSession: route handlers answer autosaves every second per candidate.
import type { SessionUser } from "@/server/auth/session";
import { requestSessionUser } from "@/server/auth/session-token";

export async function requestUser(): Promise<SessionUser | null> {
  try {
    return await requestSessionUser();
  } catch {
    return null; // a malformed or foreign session cookie is simply no session
  }
}
