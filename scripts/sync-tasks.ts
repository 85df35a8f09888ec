// `npm run tasks:sync`: syncs tasks/ into the database at DATABASE_URL (npm
// start does it at every start). Exits 1, printing every problem, when the
// bank has problems; the database then keeps the last good bank.
import { migrateDatabase } from "../server/database/migrate";
import { createPrismaClient } from "../server/db";
import { describeSync, syncTaskBankFromDisk } from "../server/tasks/sync-task-bank";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error("DATABASE_URL must be a postgresql:// URL (npm start syncs the embedded database by itself).");
  }
  await migrateDatabase(url);
  const prisma = createPrismaClient(url);
  try {
    const result = await syncTaskBankFromDisk(prisma);
    for (const line of describeSync(result)) (result.ok ? console.log : console.error)(line);
    process.exitCode = result.ok ? 0 : 1;
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(`tasks:sync failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
