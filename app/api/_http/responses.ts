// The JSON answers of the app's route handlers: a value, or `{ message }` with a 4xx a person can read.
import type { z } from "zod";

export const jsonError = (status: number, message: string): Response => Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });

export const jsonOk = (value: unknown, status = 200): Response => Response.json(value, { status, headers: { "Cache-Control": "no-store" } });

export const signInRequired = (): Response => jsonError(401, "Sign in to continue: your session has ended.");

/** The first problem of a zod parse, worded for a person: `flagged: Expected boolean`. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue.message}`;
}

/** A ServiceResult as the HTTP answer. */
export function serviceResponse<T>(
  result: { ok: true; value: T } | { ok: false; status: number; message: string },
  map: (value: T) => unknown = (v) => v,
  okStatus = 200,
): Response {
  return result.ok ? jsonOk(map(result.value), okStatus) : jsonError(result.status, result.message);
}

/**
 * Runs a route's work; a database too busy to start a transaction in time
 * (Prisma P2028, after the client's maxWait) answers 503 with Retry-After, a
 * message the page shows, instead of a 500. Anything else is rethrown.
 */
export async function unavailableWhenBusy(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code !== "P2028") throw e;
    return Response.json(
      { message: "The server is busy right now and could not do this. Try again in a few seconds: nothing was lost." },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
    );
  }
}
