// The dependencies of the write services in the running app: the one Prisma
// client, the process's grading queue, the server's clock.
import { db } from "../db";
import { gradingQueue } from "../grading/shared-grading-queue";
import type { ServiceDeps } from "./service-deps";

export function appServiceDeps(): ServiceDeps {
  return { prisma: db(), queue: gradingQueue() };
}
