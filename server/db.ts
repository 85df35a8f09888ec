// The one Prisma client of the server, on the `pg` driver adapter.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { serverEnv } from "./env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl }),
    // In a burst (100 candidates autosaving on 2 cores), a transaction may wait for a pooled
    // connection longer than Prisma's 2 s default; waiting beats failing the submit. Past these,
    // the route answers 503 (app/api/_http/responses.ts unavailableWhenBusy).
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}

/** Shared across hot reloads in development so connections are not leaked. */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(serverEnv().DATABASE_URL);
  return globalForPrisma.prisma;
}
