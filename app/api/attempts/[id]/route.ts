// GET: whether an attempt is still open and its deadline by the server's clock (the exam page polls it near the end).
import { db } from "@/server/db";
import { attemptState } from "@/server/queries/attempt-runner";
import { requestUser } from "../../_http/current-user";
import { jsonError, jsonOk, signInRequired } from "../../_http/responses";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await requestUser();
  if (!user) return signInRequired();
  const { id } = await params;
  const state = await attemptState(db(), user.id, id);
  return state ? jsonOk(state) : jsonError(404, "This attempt does not exist.");
}
