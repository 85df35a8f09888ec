// The signed-in user of an API request, read straight from next-auth's session
// cookie. getServerSession runs next-auth's whole session endpoint on every
// call (a CSRF token, the decode, the callbacks, and a re-encoded cookie that a
// route handler then discards: two key derivations and two AES passes); an
// autosave once a second per candidate needs only the decode. A token that
// decoded once is remembered (bounded): the same encrypted bytes always hold
// the same claims, and only bytes that decrypted with the secret get in. Its
// expiry is still checked on every use.
import { cookies } from "next/headers";
import { decode, getToken, type JWT } from "next-auth/jwt";
import { serverEnv } from "../env";
import type { SessionUser } from "./session";

// next-auth's own tolerance when it checks a token's expiry.
const clockToleranceSeconds = 15;
const maxRemembered = 10_000;
const remembered = new Map<string, JWT>();

const expired = (token: JWT, nowMs: number) => typeof token.exp === "number" && nowMs / 1000 > token.exp + clockToleranceSeconds;

/** next-auth's decode, remembering tokens that decoded (most recently used kept). */
async function rememberingDecode({ token, secret }: { token?: string; secret: string | Buffer }): Promise<JWT | null> {
  if (!token) return null;
  const known = remembered.get(token);
  if (known && !expired(known, Date.now())) {
    remembered.delete(token); // re-inserted below: the Map's order is the recency
    remembered.set(token, known);
    return known;
  }
  remembered.delete(token);
  const claims = await decode({ token, secret }); // throws on a forged, foreign or expired token
  if (!claims) return null;
  remembered.set(token, claims);
  if (remembered.size > maxRemembered) remembered.delete(remembered.keys().next().value!);
  return claims;
}

/** The user a session token names, or null (no token, forged, signed with another secret, expired). */
export async function userOfSessionToken(cookieValues: Record<string, string>, secret: string): Promise<SessionUser | null> {
  // getToken finds the cookie under next-auth's name (secure or not, as NEXTAUTH_URL says) and joins a chunked one.
  // No headers: like getServerSession, a Bearer header is not a session.
  const request = { cookies: cookieValues, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
  const claims = await getToken({ req: request, secret, decode: rememberingDecode });
  if (!claims || typeof claims.uid !== "string" || claims.uid === "") return null;
  // The same user getServerSession gives, through the session callback of server/auth/options.ts.
  return { id: claims.uid, name: claims.name ?? "", email: claims.email ?? "", role: String(claims.role ?? "STUDENT") };
}

/** The signed-in user of the current route handler's request, or null. */
export async function requestSessionUser(): Promise<SessionUser | null> {
  const jar = await cookies();
  return userOfSessionToken(Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), serverEnv().NEXTAUTH_SECRET);
}
