// A zod failure as a ServiceFailure: every problem with its field, in one readable message.
import type { z } from "zod";
import { refuse, type ServiceFailure, type ServiceStatus } from "./service-result";

export function zodRefusal(error: z.ZodError, status: ServiceStatus = 400): ServiceFailure {
  const message = error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
  return refuse(status, message);
}
