// The actor of a page or server action, with the role as the database has it
// now (server/auth/live-user.ts: the same read as the header's, once per
// request). Every page of issue 8 asks here itself rather than trusting the
// signed-in layout: a page is also an endpoint.
import { notFound, redirect } from "next/navigation";
import type { Actor } from "@/server/auth/authorization";
import { liveUser } from "@/server/auth/live-user";

/** The signed-in actor; anyone else is sent to sign in. */
export async function pageActor(): Promise<Actor> {
  const user = await liveUser();
  if (!user) redirect("/signin");
  return { id: user.id, role: user.role };
}

/** An instructor or an admin; a student gets the page that does not exist. */
export async function staffActor(): Promise<Actor> {
  const actor = await pageActor();
  if (actor.role !== "INSTRUCTOR" && actor.role !== "ADMIN") notFound();
  return actor;
}

/** An admin; anyone else gets the page that does not exist. */
export async function adminActor(): Promise<Actor> {
  const actor = await pageActor();
  if (actor.role !== "ADMIN") notFound();
  return actor;
}
