// The signed-in user of the current request, for server components and actions,
// as the session's JWT has it (the role there dates from the sign-in: pages
// read server/auth/live-user.ts). Decoded straight from the session cookie, as
// route handlers do (server/auth/session-token.ts), not through
// getServerSession: that runs next-auth's whole session endpoint (a CSRF
// token, the callbacks, a re-encoded cookie a server component cannot even
// set) on every call. And once per render: the root layout, the signed-in
// layout and the page all ask (cache() is per request).
import { cache } from "react";
import { requestSessionUser } from "./session-token";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: string;
}

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  try {
    return await requestSessionUser();
  } catch {
    return null; // a malformed or foreign session cookie is simply no session
  }
});
