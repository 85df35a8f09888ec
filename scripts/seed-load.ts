// `tsx scripts/seed-load.ts [--fresh]`: seeds DATABASE_URL with 10,000 students
// and 100,000 attempts (server/database/seed-load.ts) for the leaderboard and
// progress benchmarks. Migrates and syncs tasks/ first. Skips when the load is
// there already; --fresh seeds it again.
import { migrateDatabase } from "../server/database/migrate";
import { seedLoad } from "../server/database/seed-load";
import { createPrismaClient } from "../server/db";
import { describeSync, syncTaskBankFromDisk } from "../server/tasks/sync-task-bank";

const url = process.env.DATABASE_URL;
if (!url || !/^postgres(ql)?:\/\//.test(url)) {
  console.error("DATABASE_URL must be a postgresql:// URL (scripts/bench-leaderboards.ts seeds its own embedded database).");
  process.exit(1);
}
await migrateDatabase(url);
const prisma = createPrismaClient(url);
try {
  for (const line of describeSync(await syncTaskBankFromDisk(prisma))) console.log(line);
} finally {
  await prisma.$disconnect();
}
const summary = await seedLoad(url, undefined, { fresh: process.argv.includes("--fresh"), log: (l) => console.log(`  ${l}`) });
console.log(
  `${summary.skipped ? "Already seeded" : `Seeded in ${summary.seconds.toFixed(1)} s`}: ${summary.users} users, ${summary.attempts} attempts, ${summary.submissions} submissions, ${summary.grades} grades.`,
);
