// POST { taskVersionId? }: freezes a practice answer and queues its grading; answers { submissionId }.
import { z } from "zod";
import { submitPractice } from "@/server/services/attempts";
import { requestUser } from "../../../_http/current-user";
import { readJsonBody } from "../../../_http/read-json-body";
import { firstIssue, jsonError, serviceResponse, signInRequired, unavailableWhenBusy } from "../../../_http/responses";
import { appServiceDeps } from "@/server/services/app-service-deps";

const bodySchema = z.object({ taskVersionId: z.string().min(1).max(100).optional() });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await requestUser();
  if (!user) return signInRequired();
  const body = await readJsonBody(request, 1024);
  if (!body.ok) return jsonError(body.status, body.message);
  const input = bodySchema.safeParse(body.value);
  if (!input.success) return jsonError(400, firstIssue(input.error));
  const { id } = await params;
  return unavailableWhenBusy(async () => serviceResponse(await submitPractice(appServiceDeps(), user.id, id, input.data.taskVersionId), (v) => v, 202));
}
