// GET: the grades of a class's exam window as CSV (closed attempts, one row
// each, spreadsheet-safe). The class's instructor or an admin only; 404 otherwise.
import { db } from "@/server/db";
import { windowGradesCsv } from "@/server/queries/class-reports";
import { requestActor } from "../../../../_http/current-actor";
import { jsonError, signInRequired } from "../../../../_http/responses";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await requestActor();
  if (!actor) return signInRequired();
  const { id } = await params;
  const csv = await windowGradesCsv(db(), actor, id);
  if (!csv) return jsonError(404, "This exam window does not exist.");
  // The file name is ASCII by construction (class-reports slugs it).
  return new Response(csv.text, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csv.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
