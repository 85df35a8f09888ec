// GET: where a submission's grading is (queued → grading → done/failed), polled by the page that waits for it.
import { db } from "@/server/db";
import { submissionProgress } from "@/server/queries/submission-progress";
import { requestUser } from "../../_http/current-user";
import { jsonError, jsonOk, signInRequired } from "../../_http/responses";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await requestUser();
  if (!user) return signInRequired();
  const { id } = await params;
  const progress = await submissionProgress(db(), user.id, id);
  return progress ? jsonOk(progress) : jsonError(404, "This submission does not exist.");
}
