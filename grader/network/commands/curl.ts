// curl 8.11–8.17 (lib/cf-ip-happy.c, lib/hostip.c, lib/multi.c wording):
// -s, -S, -o FILE, -m SEC, --connect-timeout SEC, -I, -f, -X, -w FORMAT, -v (connect lines only).
import { parseHttpUrl } from "../cluster-network";
import { dnsTimeoutPerNameMs, kernelConnectTimeoutMs, statusLine, writeDownload, type NetworkCommand, type NetworkCommandResult } from "./command";

interface CurlOptions {
  silent: boolean;
  showError: boolean;
  output?: string;
  maxTimeMs?: number;
  head: boolean;
  fail: boolean;
  method?: string;
  writeOut?: string;
  verbose: boolean;
  url?: string;
}

const shortWithArgument: Record<string, string> = { o: "output", m: "max-time", X: "request", w: "write-out", H: "header", d: "data", u: "user", A: "user-agent", e: "referer" };

function parseCurlArgs(args: string[]): CurlOptions {
  const o: CurlOptions = { silent: false, showError: false, head: false, fail: false, verbose: false };
  const set = (name: string, value: string) => {
    if (name === "output") o.output = value;
    else if (name === "max-time" || name === "connect-timeout") o.maxTimeMs = Math.min(o.maxTimeMs ?? Infinity, Number(value) * 1000);
    else if (name === "request") o.method = value;
    else if (name === "write-out") o.writeOut = value;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--")) {
      const name = a.slice(2);
      if (name === "silent") o.silent = true;
      else if (name === "show-error") o.showError = true;
      else if (name === "head") o.head = true;
      else if (name === "fail") o.fail = true;
      else if (name === "verbose") o.verbose = true;
      else if (["output", "max-time", "connect-timeout", "request", "write-out", "header", "data", "user-agent"].includes(name)) set(name, args[++i] ?? "");
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (shortWithArgument[c]) {
          set(shortWithArgument[c], j + 1 < a.length ? a.slice(j + 1) : (args[++i] ?? ""));
          break;
        }
        if (c === "s") o.silent = true;
        else if (c === "S") o.showError = true;
        else if (c === "I") o.head = true;
        else if (c === "f") o.fail = true;
        else if (c === "v") o.verbose = true;
      }
      continue;
    }
    o.url ??= a;
  }
  return o;
}

/** -w: %{http_code}/%{response_code} and the escapes \n \t \r. */
function formatWriteOut(format: string, status: number): string {
  return format
    .replace(/%\{(http_code|response_code)\}/g, String(status).padStart(3, "0"))
    .replace(/\\n/g, "\n")
    .replace(/\\t/g, "\t")
    .replace(/\\r/g, "\r");
}

export const curl: NetworkCommand = (args, ctx) => {
  const o = parseCurlArgs(args);
  let stdout = "";
  let stderr = "";
  let elapsedMs = 0;
  const fail = (code: number, message: string): NetworkCommandResult => {
    if (!o.silent || o.showError) stderr += `curl: (${code}) ${message}\n`;
    if (o.writeOut) stdout += formatWriteOut(o.writeOut, 0);
    return { stdout, stderr, exitCode: code, elapsedMs };
  };
  if (!o.url) return { stdout: "", stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2, elapsedMs: 0 };
  const url = parseHttpUrl(o.url);
  const resolved = ctx.network.resolve(ctx.origin, url.host);
  if (!resolved.ok) {
    if (resolved.dnsTimedOut) elapsedMs += resolved.queries * dnsTimeoutPerNameMs;
    return fail(6, `Could not resolve host: ${url.host}`);
  }
  if (o.verbose) stderr += `*   Trying ${resolved.ip}:${url.port}...\n`;
  const outcome = ctx.network.connectIP(ctx.origin, url.host, resolved.ip, url.port);
  if (outcome.kind === "refused") return fail(7, `Failed to connect to ${url.host} port ${url.port} after 0 ms: Could not connect to server`);
  if (outcome.kind !== "connected") {
    if (o.maxTimeMs !== undefined && o.maxTimeMs < kernelConnectTimeoutMs) {
      elapsedMs += o.maxTimeMs;
      return fail(28, `Connection timed out after ${o.maxTimeMs + 1} milliseconds`);
    }
    elapsedMs += kernelConnectTimeoutMs;
    return fail(28, `Failed to connect to ${url.host} port ${url.port} after ${kernelConnectTimeoutMs} ms: Could not connect to server`);
  }
  if (o.verbose) stderr += `* Connected to ${url.host} (${resolved.ip}) port ${url.port}\n`;
  const method = o.method ?? (o.head ? "HEAD" : "GET");
  const result = outcome.backend.container.httpGet(outcome.backend.port, url.path, { method, clientIp: ctx.network.clientIP(ctx.origin), userAgent: "curl/8.17.0", host: url.port === 80 ? url.host : `${url.host}:${url.port}` });
  if (result.kind !== "response") return fail(52, "Empty reply from server");
  if (o.fail && result.status >= 400) return fail(22, `The requested URL returned error: ${result.status}`);
  const body = o.head ? "" : result.body;
  const headers = o.head ? `${statusLine(result.status)}\r\n${Object.entries({ ...(result.headers ?? {}), "Content-Length": String(result.body.length) }).map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n` : "";
  if (o.output && o.output !== "-") {
    const error = writeDownload(ctx, o.output, headers + body, false);
    if (error) return fail(23, `client returned ERROR on write of ${body.length} bytes`);
  } else stdout += headers + body;
  if (o.writeOut) stdout += formatWriteOut(o.writeOut, result.status);
  return { stdout, stderr, exitCode: 0, elapsedMs };
};
