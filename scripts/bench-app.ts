// The production app as the benches start it (scripts/start.ts, as `npm start`
// does) and a session cookie from next-auth's credentials endpoint, as the
// sign-in page gets one. Shared by the HTTP load bench and the page bench.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../server/database/embedded";

const root = process.cwd();

export interface AppOptions {
  /** Where the embedded database and the session secret live (ignored for the database when databaseUrl is set). */
  dataDir: string;
  /** Start from nothing (KUBEDOJO_FRESH_DATA=1). */
  fresh: boolean;
  /** An existing database instead of the embedded one. */
  databaseUrl?: string;
  /** KUBEDOJO_WORKERS for the app (default: one per core). */
  workers?: number;
  /** Extra node flags for the app, e.g. "--cpu-prof". */
  nodeArgs?: string[];
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

export interface RunningApp {
  pid: number;
  /** The first error lines the app printed (a route that threw), for the report. */
  errors: string[];
  baseUrl: string;
  databaseUrl: string;
  gradingThreads: number;
  stop(): Promise<void>;
}

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    KUBEDOJO_DATA_DIR: options.dataDir,
    KUBEDOJO_FRESH_DATA: options.fresh ? "1" : "0",
    NODE_ENV: "production",
  };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.workers !== undefined) env.KUBEDOJO_WORKERS = String(options.workers);
  delete env.NEXTAUTH_URL;
  delete env.NEXTAUTH_SECRET;
  // Node with tsx's loader directly (not the tsx CLI, which would put a second process between us and the app).
  const nodeArgs = options.nodeArgs ?? [];
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", path.join(root, "scripts", "start.ts")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const appErrors: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise<{ dbPort: number; threads: number }>((resolve, reject) => {
    let dbPort = 0;
    let threads = 0;
    const onLine = (line: string) => {
      output.push(line);
      if (output.length > 200) output.shift();
      if (/⨯|\bError\b/.test(line) && appErrors.length < 20) appErrors.push(line.slice(0, 300));
      const db = /PostgreSQL is up on 127\.0\.0\.1:(\d+)/.exec(line);
      if (db) dbPort = Number(db[1]);
      const grading = /Grading with (\d+) worker thread/.exec(line);
      if (grading) threads = Number(grading[1]);
      if (/next build|building the app/i.test(line)) console.log(`  ${line}`);
      if (line.includes("Kubedojo is ready")) {
        if (!dbPort && !options.databaseUrl) reject(new Error("The app started without its embedded PostgreSQL (is DATABASE_URL set?)."));
        else resolve({ dbPort, threads });
      }
    };
    for (const stream of [child.stdout!, child.stderr!]) {
      let rest = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        const lines = (rest + chunk).split("\n");
        rest = lines.pop()!;
        lines.forEach(onLine);
      });
    }
    void exited.then((code) => reject(new Error(`The app exited (code ${code}) before it was ready:\n${output.slice(-30).join("\n")}`)));
  });
  const stop = () => stopChild(child, exited);
  try {
    const { dbPort, threads } = await withTimeout(ready, 10 * 60_000, "The app was not ready within 10 minutes.");
    return {
      pid: child.pid!,
      errors: appErrors,
      baseUrl: `http://127.0.0.1:${port}`,
      // start.ts's embedded PostgreSQL (server/database/embedded.ts: user and password "kubedojo", database "kubedojo").
      databaseUrl: options.databaseUrl ?? `postgresql://kubedojo:kubedojo@127.0.0.1:${dbPort}/kubedojo`,
      gradingThreads: threads,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** SIGINT, as Ctrl-C: start.ts stops the server, the workers and PostgreSQL, then exits. */
export async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGINT");
  const code = await Promise.race([exited, sleep(20_000).then(() => "timeout" as const)]);
  if (code === "timeout") {
    child.kill("SIGKILL");
    await exited;
  }
}


function setCookies(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** Signs in through next-auth's credentials endpoint, as the sign-in page does; returns the session cookie. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = setCookies(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/tasks`, json: "true" }),
  });
  await response.arrayBuffer();
  const session = setCookies(response).find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`Signing in ${email} gave no session cookie (HTTP ${response.status}).`);
  return session;
}

