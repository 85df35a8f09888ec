// POST { text }: saves the attempt's notepad.
import { z } from "zod";
import { saveNotepad } from "@/server/services/attempts";
import { requestUser } from "../../../_http/current-user";
import { readJsonBody, size } from "../../../_http/read-json-body";
import { firstIssue, jsonError, serviceResponse, signInRequired } from "../../../_http/responses";
import { appServiceDeps } from "@/server/services/app-service-deps";

const bodySchema = z.object({ text: z.string({ error: "text must be text." }) });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await requestUser();
  if (!user) return signInRequired();
  const body = await readJsonBody(request, 256 * 1024, (bytes) => `The notepad is ${size(bytes)}; the limit is 64 KB. It was not saved.`);
  if (!body.ok) return jsonError(body.status, body.message);
  const input = bodySchema.safeParse(body.value);
  if (!input.success) return jsonError(400, firstIssue(input.error));
  const { id } = await params;
  const result = await saveNotepad(appServiceDeps(), user.id, id, input.data.text);
  return serviceResponse(result, (v) => ({ savedAt: v.savedAt.toISOString() }));
}
