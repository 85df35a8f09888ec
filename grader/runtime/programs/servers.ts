// Long-running servers of the catalog images: their start-up logs, what they
// listen on and what they answer (nginx reads its configuration: nginx/).
import { formatDateCommand } from "../userland/date-format";
import type { HttpResponse, Program, ProgramContext } from "./program";


/** nginx's access-log time: 01/Jan/2026:00:00:05 +0000 */
function clfTime(ms: number): string {
  return formatDateCommand(ms, "%d/%b/%Y:%H:%M:%S %z");
}

function serveFile(ctx: ProgramContext, root: string, path: string, index: string): HttpResponse {
  const clean = path.split("?")[0];
  const target = clean.endsWith("/") ? `${root}${clean}${index}` : `${root}${clean}`;
  const node = ctx.fs.node(target);
  if (node?.kind === "file") return { status: 200, body: node.content };
  if (node?.kind === "dir") return { status: 301, body: "" };
  return { status: 404, body: "" };
}

export const httpd: Program = function* (ctx) {
  const t = ctx.now();
  const apacheTime = formatDateCommand(t, "%a %b %d %H:%M:%S.000000 %Y");
  ctx.write("stderr", "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 10.244.0.5. Set the 'ServerName' directive globally to suppress this message\n");
  ctx.write("stderr", "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 10.244.0.5. Set the 'ServerName' directive globally to suppress this message\n");
  ctx.write("stderr", `[${apacheTime}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/${ctx.image.version} (Unix) configured -- resuming normal operations\n`);
  ctx.write("stderr", `[${apacheTime}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'\n`);
  ctx.setMemory(6 * 1024 * 1024);
  ctx.listen(80, {
    tcpOnly: false,
    http: (req) => {
      const res = serveFile(ctx, "/usr/local/apache2/htdocs", req.path, "index.html");
      const out =
        res.status === 404
          ? { status: 404, body: `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n` }
          : res;
      ctx.write("stdout", `${req.clientIp} - - [${clfTime(ctx.now())}] "${req.method} ${req.path} HTTP/1.1" ${out.status} ${Buffer.byteLength(out.body)}\n`);
      return out;
    },
  });
  yield { kind: "forever" };
  return 0;
};

/** python -m http.server [port]: serves the working directory (default port 8000). */
export const python: Program = function* (ctx) {
  const args = ctx.argv.slice(1);
  const m = args.indexOf("-m");
  if (m >= 0 && args[m + 1] === "http.server") {
    const port = Number(args.slice(m + 2).find((a) => /^\d+$/.test(a)) ?? 8000);
    ctx.write("stdout", `Serving HTTP on 0.0.0.0 port ${port} (http://0.0.0.0:${port}/) ...\n`);
    ctx.setMemory(12 * 1024 * 1024);
    ctx.listen(port, {
      tcpOnly: false,
      http: (req) => {
        const res = serveFile(ctx, ctx.cwd === "/" ? "" : ctx.cwd, req.path, "index.html");
        const date = formatDateCommand(ctx.now(), "%d/%b/%Y %H:%M:%S");
        ctx.write("stderr", `${req.clientIp} - - [${date}] "${req.method} ${req.path} HTTP/1.1" ${res.status} -\n`);
        return res;
      },
    });
    yield { kind: "forever" };
    return 0;
  }
  // The REPL without a terminal reads EOF and exits; a script we cannot run is an error.
  if (args.length === 0) return 0;
  ctx.write("stderr", `python3: can't open file '${ctx.cwd === "/" ? "" : ctx.cwd}/${args[0]}': [Errno 2] No such file or directory\n`);
  return 2;
};

export const redisServer: Program = function* (ctx) {
  const t = ctx.now();
  const stamp = `1:C ${formatDateCommand(t, "%d %b %Y %H:%M:%S")}.000`;
  ctx.write("stdout", `${stamp} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n`);
  ctx.write("stdout", `${stamp} * Redis version=${ctx.image.version}, bits=64, commit=00000000, modified=1, pid=1, just started\n`);
  ctx.write("stdout", `1:M ${formatDateCommand(t, "%d %b %Y %H:%M:%S")}.000 * Ready to accept connections tcp\n`);
  ctx.setMemory(4 * 1024 * 1024);
  ctx.listen(6379, { tcpOnly: true });
  yield { kind: "forever" };
  return 0;
};

export const redisEntrypoint: Program = function* (ctx) {
  return yield* ctx.execArgv(ctx.argv.slice(1));
};

function mysqlLog(ctx: ProgramContext, type: "Note" | "ERROR", text: string): void {
  const t = formatDateCommand(ctx.now(), "%F %T+00:00");
  ctx.write(type === "ERROR" ? "stderr" : "stdout", `${t} [${type}] [Entrypoint]: ${text}\n`);
}

/** docker-library/mysql docker-entrypoint.sh: refuses to initialise without a password option. */
export const mysqlEntrypoint: Program = function* (ctx) {
  const rest = ctx.argv.slice(1);
  if (rest[0] !== "mysqld") return yield* ctx.execArgv(rest);
  const started = `Entrypoint script for MySQL Server ${ctx.image.version}-1.el9 started.`;
  mysqlLog(ctx, "Note", started);
  if (ctx.user.uid === 0) {
    mysqlLog(ctx, "Note", "Switching to dedicated user 'mysql'");
    mysqlLog(ctx, "Note", started);
  }
  const e = ctx.env;
  if (!e.MYSQL_ROOT_PASSWORD && !e.MYSQL_ALLOW_EMPTY_PASSWORD && !e.MYSQL_RANDOM_ROOT_PASSWORD) {
    mysqlLog(
      ctx,
      "ERROR",
      "Database is uninitialized and password option is not specified\n\tYou need to specify one of the following as an environment variable:\n\t- MYSQL_ROOT_PASSWORD\n\t- MYSQL_ALLOW_EMPTY_PASSWORD\n\t- MYSQL_RANDOM_ROOT_PASSWORD",
    );
    return 1;
  }
  mysqlLog(ctx, "Note", "Initializing database files");
  mysqlLog(ctx, "Note", "Database files initialized");
  mysqlLog(ctx, "Note", "MySQL init process done. Ready for start up.");
  return yield* ctx.execArgv(rest);
};

export const mysqld: Program = function* (ctx) {
  const t = formatDateCommand(ctx.now(), "%FT%T.000000Z");
  ctx.write("stderr", `${t} 0 [System] [MY-015015] [Server] MySQL Server - start.\n`);
  ctx.write("stderr", `${t} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '${ctx.image.version}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.\n`);
  ctx.setMemory(360 * 1024 * 1024);
  ctx.listen(3306, { tcpOnly: true });
  ctx.listen(33060, { tcpOnly: true });
  yield { kind: "forever" };
  return 0;
};

/** docker-library/postgres docker-entrypoint.sh: refuses to initialise without POSTGRES_PASSWORD. */
export const postgresEntrypoint: Program = function* (ctx) {
  const rest = ctx.argv.slice(1);
  if (rest[0] !== "postgres") return yield* ctx.execArgv(rest);
  if (!ctx.env.POSTGRES_PASSWORD && ctx.env.POSTGRES_HOST_AUTH_METHOD !== "trust") {
    ctx.write(
      "stderr",
      [
        "Error: Database is uninitialized and superuser password is not specified.",
        "       You must specify POSTGRES_PASSWORD to a non-empty value for the",
        '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
        "",
        '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
        "       connections without a password. This is *not* recommended.",
        "",
        '       See PostgreSQL documentation about "trust":',
        "       https://www.postgresql.org/docs/current/auth-trust.html",
        "",
      ].join("\n"),
    );
    return 1;
  }
  ctx.write("stdout", "PostgreSQL init process complete; ready for start up.\n\n");
  return yield* ctx.execArgv(rest);
};

export const postgres: Program = function* (ctx) {
  const t = formatDateCommand(ctx.now(), "%F %T.000 UTC");
  ctx.write("stderr", `${t} [1] LOG:  starting PostgreSQL ${ctx.image.version} on x86_64-pc-linux-gnu\n`);
  ctx.write("stderr", `${t} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432\n`);
  ctx.write("stderr", `${t} [1] LOG:  database system is ready to accept connections\n`);
  ctx.setMemory(30 * 1024 * 1024);
  ctx.listen(5432, { tcpOnly: true });
  yield { kind: "forever" };
  return 0;
};

