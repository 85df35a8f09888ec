// Long-running servers of the catalog images: their start-up logs, what they
// listen on and what they answer.
import { formatDateCommand } from "../userland/date-format";
import type { HttpRequest, HttpResponse, Program, ProgramContext } from "./program";


/** nginx's error-log time: 2026/01/01 00:00:00 */
function nginxTime(ms: number): string {
  return formatDateCommand(ms, "%Y/%m/%d %H:%M:%S");
}

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

function nginxNotFoundPage(version: string): string {
  return `<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
}

export const nginxEntrypoint: Program = function* (ctx) {
  const [, ...rest] = ctx.argv;
  if (rest[0] === "nginx" || rest[0] === "nginx-debug") {
    const log = (line: string) => ctx.write("stdout", line + "\n");
    log("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration");
    log("/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/");
    log("/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh");
    log("10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf");
    log("10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf");
    log("/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh");
    log("/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh");
    log("/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh");
    log("/docker-entrypoint.sh: Configuration complete; ready for start up");
  }
  return yield* ctx.execArgv(rest);
};

export const nginx: Program = function* (ctx) {
  const version = ctx.image.version;
  const note = (text: string) => ctx.write("stderr", `${nginxTime(ctx.now())} [notice] 1#1: ${text}\n`);
  note(`using the "epoll" event method`);
  note(`nginx/${version}`);
  // 1.29 is built on Debian trixie (gcc 14), older lines on bookworm (gcc 12).
  const debianGcc = version.startsWith("1.29") ? "built by gcc 14.2.0 (Debian 14.2.0-19) " : "built by gcc 12.2.0 (Debian 12.2.0-14) ";
  note(ctx.userland === "busybox" ? "built by gcc 14.2.0 (Alpine 14.2.0) " : debianGcc);
  note("OS: Linux 6.8.0-87-generic");
  note("getrlimit(RLIMIT_NOFILE): 1048576:1048576");
  note("start worker processes");
  note("start worker process 29");
  note("start worker process 30");
  ctx.setMemory(8 * 1024 * 1024);
  const http = (req: HttpRequest): HttpResponse => {
    let res = serveFile(ctx, "/usr/share/nginx/html", req.path, "index.html");
    if (res.status === 404) {
      const missing = `/usr/share/nginx/html${req.path.split("?")[0]}`;
      ctx.write("stderr", `${nginxTime(ctx.now())} [error] 29#29: *1 open() "${missing}" failed (2: No such file or directory), client: ${req.clientIp}, server: localhost, request: "${req.method} ${req.path} HTTP/1.1", host: "${req.clientIp}"\n`);
      res = { status: 404, body: nginxNotFoundPage(version) };
    }
    ctx.write("stdout", `${req.clientIp} - - [${clfTime(ctx.now())}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${Buffer.byteLength(res.body)} "-" "${req.userAgent}" "-"\n`);
    return res;
  };
  ctx.listen(80, { tcpOnly: false, http });
  yield { kind: "forever" };
  return 0;
};

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

