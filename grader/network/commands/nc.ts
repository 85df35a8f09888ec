// busybox nc as a client (networking/nc_bloaty.c, NC_110_COMPAT): -z, -v/-vv, -w SEC.
import { kernelConnectTimeoutMs, type NetworkCommand } from "./command";

export const nc: NetworkCommand = (args, ctx) => {
  let verbose = 0;
  let zero = false;
  let waitSeconds = 0;
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("-") || a === "-") {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === "v") verbose++;
      else if (c === "z") zero = true;
      else if (c === "w") {
        waitSeconds = Number(j + 1 < a.length ? a.slice(j + 1) : args[++i]);
        break;
      } else if (c === "n") continue;
    }
  }
  const [host, portText] = operands;
  const port = Number(portText);
  if (!host || !Number.isInteger(port)) return { stdout: "", stderr: "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n", exitCode: 1, elapsedMs: 0 };
  const resolved = ctx.network.resolve(ctx.origin, host);
  if (!resolved.ok) return { stdout: "", stderr: `nc: bad address '${host}'\n`, exitCode: 1, elapsedMs: 0 };
  const where = `${host} (${resolved.ip}:${port})`;
  const trailer = verbose > 1 ? "sent 0, rcvd 0\n" : "";
  const outcome = ctx.network.connectIP(ctx.origin, host, resolved.ip, port);
  if (outcome.kind === "connected") {
    // Without -z nc would relay stdin; an exec without -i has none, and it waits -w for the server.
    return { stdout: "", stderr: (verbose ? `${where} open\n` : "") + trailer, exitCode: 0, elapsedMs: zero ? 0 : waitSeconds * 1000 };
  }
  if (outcome.kind === "refused") {
    // One -v does not report refusals; -vv does.
    return { stdout: "", stderr: (verbose > 1 ? `nc: ${where}: Connection refused\n` : "") + trailer, exitCode: 1, elapsedMs: 0 };
  }
  const elapsedMs = waitSeconds > 0 ? Math.min(waitSeconds * 1000, kernelConnectTimeoutMs) : kernelConnectTimeoutMs;
  return { stdout: "", stderr: (verbose ? `nc: ${where}: Connection timed out\n` : "") + trailer, exitCode: 1, elapsedMs };
};
