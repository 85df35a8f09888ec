// What the attempt and grading services need from the outside: the database,
// the grading queue, and the clock (the server's; tests inject one). The
// browser's clock is never consulted: deadlines are compared with `now()` here.
import type { PrismaClient } from "@/generated/prisma/client";
import type { GradingQueue } from "../grading/grading-queue";

export interface ServiceDeps {
  prisma: PrismaClient;
  queue: GradingQueue;
  /** The server's clock; defaults to the system time. */
  now?: () => Date;
}

export const clockOf = (deps: Pick<ServiceDeps, "now">): Date => (deps.now ? deps.now() : new Date());
