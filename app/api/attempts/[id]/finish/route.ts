// POST: ends an exam now and queues the grading of every answer; answers { closeReason, resultsUrl }.
import { finishExam } from "@/server/services/attempts";
import { requestUser } from "../../../_http/current-user";
import { serviceResponse, signInRequired, unavailableWhenBusy } from "../../../_http/responses";
import { appServiceDeps } from "@/server/services/app-service-deps";

export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await requestUser();
  if (!user) return signInRequired();
  const { id } = await params;
  return unavailableWhenBusy(async () => {
    const result = await finishExam(appServiceDeps(), user.id, id);
    return serviceResponse(result, (v) => ({ closeReason: v.closeReason, resultsUrl: `/attempts/${encodeURIComponent(id)}/results` }));
  });
}
