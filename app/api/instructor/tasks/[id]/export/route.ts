// GET: an authored task as a task.yaml download, to commit under tasks/<id>/
// (?version=published for the published text; the draft by default).
// Its author or an admin only; anyone else gets 404, as for a task that does not exist.
import { db } from "@/server/db";
import { exportTaskYaml } from "@/server/services/authored-tasks";
import { requestActor } from "../../../../_http/current-actor";
import { jsonError, signInRequired } from "../../../../_http/responses";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await requestActor();
  if (!actor) return signInRequired();
  const version = new URL(request.url).searchParams.get("version") ?? "draft";
  if (version !== "draft" && version !== "published") return jsonError(400, "version must be draft or published.");
  const { id } = await params;
  const exported = await exportTaskYaml(db(), actor, id, version);
  if (!exported.ok) return jsonError(exported.status, exported.message);
  return new Response(exported.value.text, {
    headers: {
      "Content-Type": "application/yaml; charset=utf-8",
      "Content-Disposition": 'attachment; filename="task.yaml"',
      // Where the file goes in a task bank, for scripts that save it.
      "X-Task-Path": exported.value.path,
      "Cache-Control": "no-store",
    },
  });
}
