// The actor of a route handler's request: the session's user with the role
// the database has now, or null (anonymous, or an account that is gone).
import type { Actor } from "@/server/auth/authorization";
import { actorOf } from "@/server/auth/actor";
import { db } from "@/server/db";
import { requestUser } from "./current-user";

export async function requestActor(): Promise<Actor | null> {
  return actorOf(db(), await requestUser());
}
