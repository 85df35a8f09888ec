// POST { flagged }: marks a task of an exam for review, or clears the mark.
import { z } from "zod";
import { setFlag } from "@/server/services/attempts";
import { requestUser } from "../../../../../_http/current-user";
import { readJsonBody } from "../../../../../_http/read-json-body";
import { firstIssue, jsonError, serviceResponse, signInRequired } from "../../../../../_http/responses";
import { appServiceDeps } from "@/server/services/app-service-deps";

const bodySchema = z.object({ flagged: z.boolean({ error: "flagged must be true or false." }) });

export async function POST(request: Request, { params }: { params: Promise<{ id: string; taskVersionId: string }> }): Promise<Response> {
  const user = await requestUser();
  if (!user) return signInRequired();
  const body = await readJsonBody(request, 1024);
  if (!body.ok) return jsonError(body.status, body.message);
  const input = bodySchema.safeParse(body.value);
  if (!input.success) return jsonError(400, firstIssue(input.error));
  const { id, taskVersionId } = await params;
  return serviceResponse(await setFlag(appServiceDeps(), user.id, id, taskVersionId, input.data.flagged));
}
