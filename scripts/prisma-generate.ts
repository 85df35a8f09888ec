// Generates the Prisma client into generated/prisma.
// Prisma's CLI insists on downloading its native schema engine before any
// command, even `generate`, which only needs the WebAssembly engine it ships.
// Where that download is not possible (offline machines, like ours), pointing
// PRISMA_SCHEMA_ENGINE_BINARY at a harmless executable lets `generate` run;
// migrations never go through the CLI (see server/database/migrate.ts).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync("/bin/false")) env.PRISMA_SCHEMA_ENGINE_BINARY = "/bin/false";
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
