// busybox wget (networking/wget.c, 1.36/1.37): -q, -O FILE|-, -T SEC, -S, -U AGENT.
import { parseHttpUrl } from "../cluster-network";
import { dnsTimeoutPerNameMs, kernelConnectTimeoutMs, statusLine, writeDownload, type NetworkCommand, type NetworkCommandResult } from "./command";
import { progressLine } from "./busybox-progress";

interface WgetOptions {
  quiet: boolean;
  output?: string;
  timeoutSeconds: number;
  serverResponse: boolean;
  userAgent: string;
  spider: boolean;
  url?: string;
}

const withArgument = new Set(["O", "T", "U", "P", "Y", "o", "t"]);
const longWithArgument: Record<string, string> = { "output-document": "O", timeout: "T", "user-agent": "U", "directory-prefix": "P", "output-file": "o", tries: "t", header: "", "post-data": "" };

function parseWgetArgs(args: string[]): WgetOptions | string {
  const o: WgetOptions = { quiet: false, timeoutSeconds: 900, serverResponse: false, userAgent: "Wget", spider: false };
  const set = (flag: string, value: string | undefined) => {
    if (flag === "O") o.output = value;
    else if (flag === "T") o.timeoutSeconds = Number(value);
    else if (flag === "U") o.userAgent = value ?? "Wget";
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--") && a.length > 2) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (name === "quiet") o.quiet = true;
      else if (name === "server-response") o.serverResponse = true;
      else if (name === "spider") o.spider = true;
      else if (name in longWithArgument) set(longWithArgument[name], inline ?? args[++i]);
      else if (!["continue", "no-check-certificate", "passive-ftp", "no-cache", "no-verbose", "no-clobber", "no-host-directories", "no-parent"].includes(name)) return `wget: unrecognized option '--${name}'`;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (withArgument.has(c)) {
          set(c, j + 1 < a.length ? a.slice(j + 1) : args[++i]);
          break;
        }
        if (c === "q") o.quiet = true;
        else if (c === "S") o.serverResponse = true;
        else if (c !== "c") return `wget: invalid option -- '${c}'`;
      }
      continue;
    }
    o.url ??= a;
  }
  return o;
}

const usage = "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n\nRetrieve files via HTTP or FTP\n\n\t--spider\tOnly check URL existence: $? is 0 if exists\n\t--header STR\tAdd STR (of form 'header: value') to headers\n\t--post-data STR\tSend STR using POST method\n\t--post-file FILE\tSend FILE using POST method\n\t--no-check-certificate\tDon't validate the server's certificate\n\t-c\t\tContinue retrieval of aborted transfer\n\t-q\t\tQuiet\n\t-P DIR\t\tSave to DIR (default .)\n\t-S    \t\tShow server response\n\t-T SEC\t\tNetwork read timeout is SEC seconds\n\t-O FILE\t\tSave to FILE ('-' for stdout)\n\t-o LOGFILE\tLog messages to FILE\n\t-U STR\t\tUse STR for User-Agent header\n\t-Y on/off\tUse proxy\n";

export const wget: NetworkCommand = (args, ctx) => {
  let stderr = "";
  let stdout = "";
  let elapsedMs = 0;
  const done = (exitCode: number): NetworkCommandResult => ({ stdout, stderr, exitCode, elapsedMs });
  const parsed = parseWgetArgs(args);
  if (typeof parsed === "string") {
    stderr = `${parsed}\n${usage}`;
    return done(1);
  }
  if (!parsed.url) {
    stderr = usage;
    return done(1);
  }
  const scheme = /^([a-zA-Z]+):\/\//.exec(parsed.url)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== "http" && scheme !== "https" && scheme !== "ftp") {
    stderr = `wget: not an http or ftp url: ${parsed.url}\n`;
    return done(1);
  }
  const url = parseHttpUrl(parsed.url);
  const resolved = ctx.network.resolve(ctx.origin, url.host);
  if (!resolved.ok) {
    if (resolved.dnsTimedOut) elapsedMs += resolved.queries * dnsTimeoutPerNameMs;
    stderr += `wget: bad address '${url.host}'\n`;
    return done(1);
  }
  if (!parsed.quiet) stderr += `Connecting to ${url.host} (${resolved.ip}:${url.port})\n`;
  const outcome = ctx.network.connectIP(ctx.origin, url.host, resolved.ip, url.port);
  const timeoutMs = parsed.timeoutSeconds * 1000;
  if (outcome.kind === "refused") {
    stderr += `wget: can't connect to remote host (${resolved.ip}): Connection refused\n`;
    return done(1);
  }
  if (outcome.kind === "timeout" || outcome.kind === "unresolved") {
    // -T bounds the connect (an alarm); without it the kernel gives up first.
    if (timeoutMs > 0 && timeoutMs < kernelConnectTimeoutMs) {
      elapsedMs += timeoutMs;
      stderr += "wget: download timed out\n";
    } else {
      elapsedMs += kernelConnectTimeoutMs;
      stderr += `wget: can't connect to remote host (${resolved.ip}): Connection timed out\n`;
    }
    return done(1);
  }
  const result = outcome.backend.container.httpGet(outcome.backend.port, url.path, { method: parsed.spider ? "HEAD" : "GET", clientIp: ctx.network.clientIP(ctx.origin), userAgent: parsed.userAgent, host: url.port === 80 ? url.host : `${url.host}:${url.port}` });
  if (result.kind === "refused") {
    stderr += `wget: can't connect to remote host (${resolved.ip}): Connection refused\n`;
    return done(1);
  }
  if (result.kind === "not-http") {
    // The server never sends a status line: the read blocks until -T (default 900 s).
    elapsedMs += timeoutMs;
    stderr += "wget: download timed out\n";
    return done(1);
  }
  const line = statusLine(result.status);
  if (parsed.serverResponse) stderr += `  ${line}\n`;
  if (result.status < 200 || result.status >= 300 || result.status === 205 || result.status === 206) {
    stderr += `wget: server returned error: ${line}\n`;
    return done(1);
  }
  const body = result.body;
  if (parsed.serverResponse) {
    for (const [name, value] of Object.entries({ ...(result.headers ?? {}), "Content-Length": String(body.length) })) stderr += `  ${name}: ${value}\n`;
  }
  if (parsed.spider) {
    stderr += "remote file exists\n";
    return done(0);
  }
  const toStdout = parsed.output === "-";
  const fileName = parsed.output ?? (url.path.split("?")[0].split("/").pop() || "index.html");
  if (!toStdout) {
    const error = writeDownload(ctx, fileName, body, parsed.output === undefined);
    if (error) {
      stderr += `wget: can't open '${fileName}': ${error}\n`;
      return done(1);
    }
  }
  if (!parsed.quiet) stderr += toStdout ? "writing to stdout\n" : `saving to '${fileName}'\n`;
  if (toStdout) stdout += body;
  if (!parsed.quiet && body.length > 0) stderr += progressLine(toStdout ? "-" : (fileName.split("/").pop() ?? fileName), body.length);
  if (!parsed.quiet) stderr += toStdout ? "written to stdout\n" : `'${fileName}' saved\n`;
  return done(0);
};
