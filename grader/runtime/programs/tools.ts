// Small programs: stress (memory), pause, agnhost, node, nc -l, tail -f, sleep.
import { formatDateCommand } from "../userland/date-format";
import { resolveAgainst } from "../vfs/container-fs";
import { runNetworkTool } from "./network-tools";
import type { Program } from "./program";

/** stress's size suffixes are binary: 250M = 250 × 1024². */
function parseStressBytes(text: string): number {
  const m = /^(\d+)([bBkKmMgG]?)$/.exec(text);
  if (!m) return NaN;
  const unit = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as "" | "b" | "k" | "m" | "g"];
  return Number(m[1]) * unit;
}

export const stress: Program = function* (ctx) {
  const args = ctx.argv.slice(1);
  const opt = (long: string, short: string) => {
    const i = args.findIndex((a) => a === long || a === short);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (args.length === 0 || args.includes("--help")) {
    ctx.write("stdout", "`stress' imposes certain types of compute stress on your system\n\nUsage: stress [OPTION [ARG]] ...\n");
    return args.length === 0 ? 1 : 0;
  }
  const vm = Number(opt("--vm", "-m") ?? 0);
  const cpu = Number(opt("--cpu", "-c") ?? 0);
  const io = Number(opt("--io", "-i") ?? 0);
  const hdd = Number(opt("--hdd", "-d") ?? 0);
  const vmBytes = parseStressBytes(opt("--vm-bytes", "--vm-bytes") ?? "256M");
  const timeout = opt("--timeout", "-t");
  ctx.write("stdout", `stress: info: [1] dispatching hogs: ${cpu} cpu, ${io} io, ${vm} vm, ${hdd} hdd\n`);
  ctx.setMemory(1024 * 1024 + vm * vmBytes);
  if (timeout) {
    const seconds = parseInt(timeout, 10);
    yield { kind: "sleep", ms: seconds * 1000 };
    ctx.write("stdout", `stress: info: [1] successful run completed in ${seconds}s\n`);
    return 0;
  }
  yield { kind: "forever" };
  return 0;
};

export const pause: Program = function* () {
  yield { kind: "forever" };
  return 0;
};

/** agnhost subcommands used in Kubernetes examples: netexec, serve-hostname, pause. */
export const agnhost: Program = function* (ctx) {
  const [sub, ...args] = ctx.argv.slice(1);
  const flag = (name: string, fallback: number) => {
    const a = args.find((x) => x.startsWith(`--${name}=`));
    return a ? Number(a.split("=")[1]) : fallback;
  };
  if (sub === "netexec") {
    const port = flag("http-port", 8080);
    ctx.write("stderr", `I0101 00:00:00.000000       1 log.go:245] Started HTTP server on port ${port}\n`);
    ctx.listen(port, {
      tcpOnly: false,
      http: (req) => (req.path.startsWith("/hostname") ? { status: 200, body: ctx.hostname } : { status: 200, body: `NOW: ${formatDateCommand(ctx.now(), "%F %T")}` }),
    });
    ctx.listen(flag("udp-port", 8081), { tcpOnly: true });
    yield { kind: "forever" };
    return 0;
  }
  if (sub === "serve-hostname") {
    const port = flag("port", 9376);
    ctx.write("stderr", `I0101 00:00:00.000000       1 log.go:245] Serving on port ${port}.\n`);
    ctx.listen(port, { tcpOnly: false, http: () => ({ status: 200, body: ctx.hostname }) });
    yield { kind: "forever" };
    return 0;
  }
  if (sub === "pause") {
    ctx.write("stdout", "Paused\n");
    yield { kind: "forever" };
    return 0;
  }
  ctx.write("stderr", `Error: unknown command "${sub ?? ""}" for "agnhost"\nRun 'agnhost --help' for usage.\n`);
  return 1;
};

/** node: the REPL exits at once without a TTY; a script path we do not model fails like node does. */
// eslint-disable-next-line require-yield -- a Program is a generator even when it never waits
export const node: Program = function* (ctx) {
  const args = ctx.argv.slice(1);
  if (args.length === 0) return 0;
  if (args[0] === "-e" || args[0] === "--eval") return 0;
  const path = resolveAgainst(ctx.cwd, args[0]);
  ctx.write("stderr", `node:internal/modules/cjs/loader:1386\n  throw err;\n  ^\n\nError: Cannot find module '${path}'\n`);
  return 1;
};

/** docker-entrypoint.sh of node (and curl's entrypoint): run "$@", prefixing the program when given flags. */
export const execArgs: Program = function* (ctx) {
  return yield* ctx.execArgv(ctx.argv.slice(1));
};

export const nodeEntrypoint: Program = function* (ctx) {
  const rest = ctx.argv.slice(1);
  // `docker run node -v`: a leading flag means "node -v".
  if (rest[0]?.startsWith("-")) return yield* ctx.execArgv(["node", ...rest]);
  return yield* ctx.execArgv(rest);
};

/** curl: through the pod network when the container has one; without it no host resolves, as curl reports it. */
export const curl: Program = function* (ctx) {
  const args = ctx.argv.slice(1);
  if (ctx.network) return yield* runNetworkTool(ctx.network, "curl", args, ctx, ctx.write);
  if (args.length === 0) {
    ctx.write("stderr", "curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const url = args.find((a) => !a.startsWith("-")) ?? "";
  const host = url.replace(/^[a-z]+:\/\//, "").split(/[/:]/)[0];
  ctx.write("stderr", `curl: (6) Could not resolve host: ${host}\n`);
  return 6;
};
