// `npm run worker`: grading workers alone, against DATABASE_URL, so grading
// scales out on other machines beside the web instances (pg-boss hands each
// job to one worker). KUBEDOJO_WORKERS sets the threads (default one per core).
import { migrateDatabase } from "../server/database/migrate";
import { startGradingRuntime } from "../server/grading/grading-runtime";

function log(message: string) {
  console.log(`[kubedojo-worker] ${message}`);
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new Error("DATABASE_URL must be the postgresql:// URL of the app's database.");
  await migrateDatabase(url);
  const runtime = await startGradingRuntime(url);
  log(`Grading with ${runtime.workers.pool?.size ?? 0} worker thread(s); Ctrl-C stops.`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing the jobs in hand and stopping.`);
    await runtime.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((e: unknown) => {
  console.error(`[kubedojo-worker] Could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
