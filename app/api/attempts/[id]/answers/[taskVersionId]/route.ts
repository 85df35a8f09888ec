// PUT: autosave one task's answer. The body is limited while it streams in;
// the service decides the rest (owner, open attempt, the server's deadline, revision).
import { z } from "zod";
import { saveAnswer } from "@/server/services/attempts";
import { requestUser } from "../../../../_http/current-user";
import { readJsonBody, size } from "../../../../_http/read-json-body";
import { firstIssue, jsonError, serviceResponse, signInRequired, unavailableWhenBusy } from "../../../../_http/responses";
import { appServiceDeps } from "@/server/services/app-service-deps";

// An answer is at most 1 MB of text; its JSON (escaped newlines, quotes) gets room on top.
const maxBodyBytes = 2 * 1024 * 1024;

const bodySchema = z.object({
  form: z.enum(["MANIFESTS", "TRANSCRIPT"], { error: "form must be MANIFESTS or TRANSCRIPT." }),
  content: z.string({ error: "content must be text." }),
  revision: z.int({ error: "revision must be a whole number." }).min(0).optional(),
});

export async function PUT(request: Request, { params }: { params: Promise<{ id: string; taskVersionId: string }> }): Promise<Response> {
  const user = await requestUser();
  if (!user) return signInRequired();
  const body = await readJsonBody(request, maxBodyBytes, (bytes) => `This answer is ${size(bytes)}; the limit is 1.0 MB. It was not saved.`);
  if (!body.ok) return jsonError(body.status, body.message);
  const input = bodySchema.safeParse(body.value);
  if (!input.success) return jsonError(400, firstIssue(input.error));
  const { id, taskVersionId } = await params;
  return unavailableWhenBusy(async () => {
    // A save after the deadline closes the attempt (a transaction).
    const result = await saveAnswer(appServiceDeps(), user.id, id, taskVersionId, input.data);
    return serviceResponse(result, (v) => ({ revision: v.revision, savedAt: v.savedAt.toISOString() }));
  });
}
