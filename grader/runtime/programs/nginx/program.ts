// The nginx binary of the nginx images and their docker-entrypoint.sh: nginx
// reads /etc/nginx/nginx.conf (and what it includes) at start, exits 1 with
// its [emerg] message when the configuration is wrong, else serves what the
// configuration says; `nginx -t`/`-T` test it, `nginx -s reload|stop|quit`
// signals the running master (through /run/nginx.pid), `-v`/`-V` print the version.
import { packagedDefaultConf } from "../../images/nginx";
import type { ContainerFs } from "../../vfs/container-fs";
import type { Program, ProgramContext } from "../program";
import { defaultConfPath, nginxPrefix, type HostResolver, type LoadResult } from "./conf";
import { loadNginxConfigCached } from "./conf-cache";
import { handleRequest, nginxTime, type NginxState } from "./http";

const defaultConfPathD = "/etc/nginx/conf.d/default.conf";

/** 10-listen-on-ipv6-by-default.sh (docker-nginx entrypoint/), on the container's files. */
function listenOnIpv6(ctx: ProgramContext, log: (line: string) => void): void {
  const me = "10-listen-on-ipv6-by-default.sh";
  const fs = ctx.fs;
  if (fs.node(defaultConfPathD)?.kind !== "file") return log(`${me}: info: ${defaultConfPathD} is not a file or does not exist`);
  try {
    fs.appendFile(defaultConfPathD, ""); // touch
  } catch {
    return log(`${me}: info: can not modify ${defaultConfPathD} (read-only file system?)`);
  }
  const text = fs.readFile(defaultConfPathD);
  if (/listen {2}\[::\]:80;/.test(text)) return log(`${me}: info: IPv6 listen already enabled`);
  log(`${me}: info: Getting the checksum of ${defaultConfPathD}`);
  if (text !== packagedDefaultConf) return log(`${me}: info: ${defaultConfPathD} differs from the packaged version`);
  fs.writeFile(defaultConfPathD, text.replace("listen       80;", "listen       80;\n    listen  [::]:80;"));
  log(`${me}: info: Enabled listen on IPv6 in ${defaultConfPathD}`);
}

export const nginxEntrypoint: Program = function* (ctx) {
  const [, ...rest] = ctx.argv;
  if (rest[0] === "nginx" || rest[0] === "nginx-debug") {
    const log = (line: string) => ctx.write("stdout", line + "\n");
    log("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration");
    log("/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/");
    log("/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh");
    listenOnIpv6(ctx, log);
    log("/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh");
    log("/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh");
    log("/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh");
    log("/docker-entrypoint.sh: Configuration complete; ready for start up");
  }
  return yield* ctx.execArgv(rest);
};

/** The running master of a container, for `nginx -s` from an exec session (same files, same /run/nginx.pid). */
const masters = new WeakMap<ContainerFs, (signal: string, from: string) => void>();

function resolverFor(ctx: ProgramContext): HostResolver {
  return (host) => {
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return host;
    if (ctx.network?.resolveHost) return ctx.network.resolveHost(host);
    return host === "localhost" ? "127.0.0.1" : undefined;
  };
}

interface Options {
  test: boolean;
  dump: boolean;
  quiet: boolean;
  signal?: string;
  conf: string;
  globals: string;
  version?: "v" | "V";
  error?: string;
}

function parseArgs(args: string[]): Options {
  const o: Options = { test: false, dump: false, quiet: false, conf: defaultConfPath, globals: "" };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("-")) {
      o.error = `invalid option: "${a}"`;
      return o;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      const value = () => {
        const v = a.slice(j + 1) || args[++i];
        j = a.length;
        return v;
      };
      if (c === "t") o.test = true;
      else if (c === "T") o.test = o.dump = true;
      else if (c === "q") o.quiet = true;
      else if (c === "v" || c === "V") o.version = c;
      else if (c === "?" || c === "h") o.version = "V";
      else if (c === "s") {
        const v = value();
        if (!v) return { ...o, error: '"-s" requires parameter' };
        if (!["stop", "quit", "reopen", "reload"].includes(v)) return { ...o, error: `invalid option: "-s ${v}"` };
        o.signal = v;
      } else if (c === "c") {
        const v = value();
        if (!v) return { ...o, error: '"-c" requires file name' };
        o.conf = v.startsWith("/") ? v : `${nginxPrefix}${v}`;
      } else if (c === "g") {
        const v = value();
        if (!v) return { ...o, error: '"-g" requires parameter' };
        o.globals = v;
      } else if (c === "p" || c === "e") value();
      else return { ...o, error: `invalid option: "${c}"` };
    }
  }
  return o;
}

/** An [emerg] as nginx writes it while reading its configuration: the error log line, then the stderr copy. */
function emerg(ctx: ProgramContext, pid: number, message: string): void {
  ctx.write("stderr", `${nginxTime(ctx.now())} [emerg] ${pid}#${pid}: ${message}\n`);
  ctx.write("stderr", `nginx: [emerg] ${message}\n`);
}

// eslint-disable-next-line require-yield -- a Program is a generator even when it never waits
function* control(ctx: ProgramContext, o: Options, pid: number): Generator<never, number, unknown> {
  if (o.version) {
    ctx.write("stderr", `nginx version: nginx/${ctx.image.version}\n`);
    if (o.version === "V") ctx.write("stderr", `built by gcc 12.2.0 (Debian 12.2.0-14) \nbuilt with OpenSSL 3.0.15 3 Sep 2024\nTLS SNI support enabled\nconfigure arguments: --prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --pid-path=/run/nginx.pid --user=nginx --group=nginx --with-http_ssl_module --with-http_v2_module --with-stream\n`);
    if (!o.test && !o.signal) return 0;
  }
  if (o.test) {
    const loaded = loadNginxConfigCached(ctx.fs, o.conf, resolverFor(ctx), o.globals);
    if (!loaded.ok) {
      emerg(ctx, pid, loaded.message);
      ctx.write("stderr", `nginx: configuration file ${o.conf} test failed\n`);
      return 1;
    }
    if (!o.quiet) {
      ctx.write("stderr", `nginx: the configuration file ${o.conf} syntax is ok\n`);
      ctx.write("stderr", `nginx: configuration file ${o.conf} test is successful\n`);
    }
    if (o.dump) for (const f of loaded.config.files) ctx.write("stdout", `# configuration file ${f.path}:\n${f.text}${f.text.endsWith("\n") ? "" : "\n"}\n`);
    return 0;
  }
  // -s: the master's pid from /run/nginx.pid, then kill(pid, signal).
  const pidFile = "/run/nginx.pid";
  if (!ctx.fs.exists(pidFile)) {
    ctx.write("stderr", `${nginxTime(ctx.now())} [notice] ${pid}#${pid}: signal process started\n`);
    ctx.write("stderr", `${nginxTime(ctx.now())} [error] ${pid}#${pid}: open() "${pidFile}" failed (2: No such file or directory)\n`);
    ctx.write("stderr", `nginx: [error] open() "${pidFile}" failed (2: No such file or directory)\n`);
    return 1;
  }
  ctx.write("stderr", `${nginxTime(ctx.now())} [notice] ${pid}#${pid}: signal process started\n`);
  masters.get(ctx.fs)?.(o.signal!, String(pid));
  return 0;
}

export const nginx: Program = function* (ctx) {
  const o = parseArgs(ctx.argv.slice(1));
  const pid = ctx.session === "main" ? 1 : 47;
  if (o.error) {
    ctx.write("stderr", `nginx: ${o.error}\n`);
    return 1;
  }
  if (o.version || o.test || o.signal) return yield* control(ctx, o, pid);
  const version = ctx.image.version;
  const loaded: LoadResult = loadNginxConfigCached(ctx.fs, o.conf, resolverFor(ctx), o.globals);
  if (!loaded.ok) {
    emerg(ctx, pid, loaded.message);
    return 1;
  }
  const note = (text: string) => ctx.write("stderr", `${nginxTime(ctx.now())} [notice] ${pid}#${pid}: ${text}\n`);
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
  const state: NginxState = { config: loaded.config, ctx, version, connections: 0, rr: new Map() };
  const listening = new Set<number>();
  const listenAll = () => {
    for (const server of state.config.servers) {
      for (const l of server.listens) {
        if (listening.has(l.port)) continue;
        listening.add(l.port);
        ctx.listen(l.port, { tcpOnly: false, http: (req) => handleRequest(state, l.port, req) });
      }
    }
  };
  listenAll();
  try {
    if (!ctx.fs.exists("/run")) ctx.fs.mkdir("/run", true);
    ctx.fs.writeFile("/run/nginx.pid", `${pid}\n`);
  } catch {
    // a read-only root filesystem: nginx itself would fail on its pid file; the model keeps serving
  }
  if (ctx.session === "main") {
    masters.set(ctx.fs, (signal, from) => {
      if (signal === "reload") {
        note(`signal 1 (SIGHUP) received from ${from}, reconfiguring`);
        note("reconfiguring");
        const next = loadNginxConfigCached(ctx.fs, o.conf, resolverFor(ctx), o.globals);
        if (!next.ok) {
          ctx.write("stderr", `${nginxTime(ctx.now())} [emerg] ${pid}#${pid}: ${next.message}\n`);
          return;
        }
        state.config = next.config;
        state.rr.clear();
        listenAll();
        note("start worker processes");
        note("start worker process 31");
      } else if (signal === "reopen") {
        note(`signal 10 (SIGUSR1) received from ${from}, reopening logs`);
        note("reopening logs");
      }
      // stop and quit are not modelled: the master keeps running (a container stop ends it).
    });
  }
  yield { kind: "forever" };
  return 0;
};
