// How the simulated nginx answers a request from its configuration: the
// server for the port (Host against server_name, else the default server),
// the location (ngx_http_core_find_location: exact, longest prefix, ^~,
// regexes in order), then return, proxy_pass, try_files or a static file.
import { formatDateCommand } from "../../userland/date-format";
import type { HttpRequest, HttpResponse, ProgramContext } from "../program";
import { nginxPrefix, type Block, type Location, type NginxConfig, type ProxyPass, type Server } from "./conf";

/** nginx's error-log time: 2026/01/01 00:00:00 */
export function nginxTime(ms: number): string {
  return formatDateCommand(ms, "%Y/%m/%d %H:%M:%S");
}

/** nginx's access-log time: 01/Jan/2026:00:00:05 +0000 */
function clfTime(ms: number): string {
  return formatDateCommand(ms, "%d/%b/%Y:%H:%M:%S %z");
}

/** The titles of ngx_http_special_response.c's pages. */
const pageTitles: Record<number, string> = {
  301: "301 Moved Permanently",
  302: "302 Found",
  303: "303 See Other",
  307: "307 Temporary Redirect",
  308: "308 Permanent Redirect",
  400: "400 Bad Request",
  401: "401 Authorization Required",
  402: "402 Payment Required",
  403: "403 Forbidden",
  404: "404 Not Found",
  405: "405 Not Allowed",
  406: "406 Not Acceptable",
  408: "408 Request Time-out",
  409: "409 Conflict",
  410: "410 Gone",
  413: "413 Request Entity Too Large",
  429: "429 Too Many Requests",
  500: "500 Internal Server Error",
  501: "501 Not Implemented",
  502: "502 Bad Gateway",
  503: "503 Service Temporarily Unavailable",
  504: "504 Gateway Time-out",
};

/** The page nginx sends with an error or redirect status (server_tokens on: the version in the tail). */
export function specialPage(status: number, version: string): string | undefined {
  const title = pageTitles[status];
  if (!title) return undefined;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
}

export interface NginxState {
  config: NginxConfig;
  ctx: ProgramContext;
  version: string;
  /** The worker's connection counter (`*N` in the error log). */
  connections: number;
  /** Round-robin position per proxy_pass. */
  rr: Map<ProxyPass, number>;
}

let proxyDepth = 0;

function hostName(host: string | undefined): string {
  return (host ?? "").replace(/:\d+$/, "").toLowerCase();
}

function nameMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith("~")) {
    try {
      return new RegExp(pattern.slice(1)).test(host);
    } catch {
      return false;
    }
  }
  const p = pattern.toLowerCase();
  if (p.startsWith("*.")) return host.endsWith(p.slice(1));
  if (p.startsWith(".")) return host === p.slice(1) || host.endsWith(p);
  if (p.endsWith(".*")) return host.startsWith(p.slice(0, -1));
  return p === host;
}

/** The server block for a request on `port` (ngx_http_find_virtual_server, then the default server). */
export function selectServer(config: NginxConfig, port: number, host: string | undefined): Server | undefined {
  const candidates = config.servers.filter((s) => s.listens.some((l) => l.port === port));
  const name = hostName(host);
  const byName = name ? candidates.find((s) => s.names.some((n) => nameMatches(n, name))) : undefined;
  return byName ?? candidates.find((s) => s.listens.some((l) => l.port === port && l.defaultServer)) ?? candidates[0];
}

/** ngx_http_core_find_location, nested locations included. */
export function findLocation(block: Block, uri: string): Location | undefined {
  const exact = block.locations.find((l) => l.modifier === "=" && l.path === uri);
  if (exact) return exact;
  let best: Location | undefined;
  for (const l of block.locations) {
    if ((l.modifier === "" || l.modifier === "^~") && uri.startsWith(l.path) && (!best || l.path.length > best.path.length)) best = l;
  }
  if (best && best.locations.length > 0) {
    const inner = findLocation(best, uri);
    if (inner) return inner;
  }
  if (!best || best.modifier !== "^~") {
    const re = block.locations.find((l) => l.regex?.test(uri));
    if (re) return re;
  }
  return best;
}

function inherited<K extends "root" | "index" | "defaultType">(block: Block | undefined, key: K): Block[K] {
  for (let b = block; b; b = b.parent) if (b[key] !== undefined) return b[key];
  return undefined;
}

function expand(text: string, req: HttpRequest, uri: string, port: number): string {
  return text.replace(/\$(\w+)|\$\{(\w+)\}/g, (all, a: string | undefined, b: string | undefined) => {
    const v = a ?? b;
    switch (v) {
      case "uri":
      case "document_uri":
        return uri;
      case "request_uri":
        return req.path;
      case "host":
        return hostName(req.host) || "localhost";
      case "http_host":
        return req.host ?? "";
      case "remote_addr":
        return req.clientIp;
      case "server_port":
        return String(port);
      case "scheme":
        return "http";
      case "request_method":
        return req.method;
      case "http_user_agent":
        return req.userAgent;
      case "args":
      case "query_string":
        return req.path.includes("?") ? req.path.slice(req.path.indexOf("?") + 1) : "";
      default:
        return all;
    }
  });
}

interface Outcome extends HttpResponse {
  /** Written to the error log as `[error]` with the request's context. */
  error?: string;
  /** The upstream URL the error log line names. */
  upstream?: string;
}

/** Answers one request on `port`, writing nginx's access log (stdout) and error log (stderr) lines. */
export function handleRequest(state: NginxState, port: number, req: HttpRequest): HttpResponse {
  const { ctx, version } = state;
  const connection = ++state.connections;
  const server = selectServer(state.config, port, req.host);
  const outcome: Outcome = server ? serve(state, server, port, req) : { status: 404, body: specialPage(404, version)! };
  if (outcome.error) {
    const hostPart = req.host !== undefined ? `, host: "${req.host}"` : "";
    ctx.write("stderr", `${nginxTime(ctx.now())} [error] 29#29: *${connection} ${outcome.error}, client: ${req.clientIp}, server: ${server?.names[0] ?? ""}, request: "${req.method} ${req.path} HTTP/1.1"${outcome.upstream ? `, upstream: "${outcome.upstream}"` : ""}${hostPart}\n`);
  }
  ctx.write("stdout", `${req.clientIp} - - [${clfTime(ctx.now())}] "${req.method} ${req.path} HTTP/1.1" ${outcome.status} ${Buffer.byteLength(outcome.body)} "-" "${req.userAgent}" "-"\n`);
  return { status: outcome.status, body: outcome.body, ...(outcome.headers ? { headers: outcome.headers } : {}) };
}

function serve(state: NginxState, server: Server, port: number, req: HttpRequest, depth = 0): Outcome {
  const uri = decodeURIComponent(req.path.split("?")[0]);
  if (server.ret) return answerReturn(state, server.ret, req, uri, port);
  const loc = findLocation(server, uri);
  const block: Block = loc ?? server;
  if (loc?.ret) return answerReturn(state, loc.ret, req, uri, port);
  if (loc?.proxy) return proxy(state, loc, loc.proxy, req, uri, port);
  if (block.tryFiles && depth < 10) {
    const list = block.tryFiles;
    for (const item of list.slice(0, -1)) {
      const candidate = expand(item, req, uri, port);
      const path = filePath(block, loc, candidate);
      const node = state.ctx.fs.node(candidate.endsWith("/") ? path.replace(/\/$/, "") || "/" : path);
      if (candidate.endsWith("/") ? node?.kind === "dir" : node?.kind === "file") return staticFile(state, block, loc, candidate);
    }
    const last = expand(list[list.length - 1], req, uri, port);
    if (/^=\d+$/.test(last)) {
      const code = Number(last.slice(1));
      return { status: code, body: specialPage(code, state.version) ?? "" };
    }
    return serve(state, server, port, { ...req, path: last }, depth + 1);
  }
  return staticFile(state, block, loc, uri);
}

function answerReturn(state: NginxState, ret: { code: number; text?: string }, req: HttpRequest, uri: string, port: number): Outcome {
  const text = ret.text !== undefined ? expand(ret.text, req, uri, port) : undefined;
  if ([301, 302, 303, 307, 308].includes(ret.code)) {
    return { status: ret.code, body: specialPage(ret.code, state.version) ?? "", ...(text ? { headers: { Location: text } } : {}) };
  }
  if (text !== undefined) return { status: ret.code, body: text };
  return { status: ret.code, body: ret.code >= 400 ? (specialPage(ret.code, state.version) ?? "") : "" };
}

function filePath(block: Block, loc: Location | undefined, uri: string): string {
  if (loc?.alias !== undefined && !loc.regex) return loc.alias + uri.slice(loc.path.length);
  const root = inherited(block, "root") ?? "html";
  const abs = root.startsWith("/") ? root : nginxPrefix + root;
  return abs.replace(/\/$/, "") + uri;
}

function staticFile(state: NginxState, block: Block, loc: Location | undefined, uri: string): Outcome {
  const fs = state.ctx.fs;
  const path = filePath(block, loc, uri);
  if (uri.endsWith("/")) {
    const dir = fs.node(path.replace(/\/$/, "") || "/");
    const index = inherited(block, "index") ?? ["index.html"];
    for (const name of index) {
      const node = fs.node(path + name);
      if (node?.kind === "file") return { status: 200, body: node.content };
    }
    if (dir?.kind === "dir") return { status: 403, body: specialPage(403, state.version)!, error: `directory index of "${path}" is forbidden` };
    return { status: 404, body: specialPage(404, state.version)!, error: `"${path}${index[0]}" is not found (2: No such file or directory)` };
  }
  const node = fs.node(path);
  if (node?.kind === "file") return { status: 200, body: node.content };
  if (node?.kind === "dir") return { status: 301, body: specialPage(301, state.version)!, headers: { Location: `${uri}/` } };
  return { status: 404, body: specialPage(404, state.version)!, error: `open() "${path}" failed (2: No such file or directory)` };
}

function proxy(state: NginxState, loc: Location, p: ProxyPass, req: HttpRequest, uri: string, port: number): Outcome {
  const { ctx, version } = state;
  let peer: { ip: string; port: number } | undefined;
  let upstreamPath = req.path;
  let proxyHost = p.port === 80 ? p.host : `${p.host}:${p.port}`;
  if (p.hasVariables) {
    const url = expand(p.url, req, uri, port);
    const m = /^https?:\/\/([^/:]+)(?::(\d+))?(\/.*)?$/i.exec(url);
    const ip = m ? ctx.network?.resolveHost?.(m[1]) : undefined;
    if (!m || !ip) return { status: 502, body: specialPage(502, version)!, error: `no resolver defined to resolve ${m?.[1] ?? url}` };
    peer = { ip, port: Number(m[2] ?? 80) };
    upstreamPath = m[3] ?? req.path;
    proxyHost = m[2] && m[2] !== "80" ? `${m[1]}:${m[2]}` : m[1];
  } else {
    const i = state.rr.get(p) ?? 0;
    state.rr.set(p, i + 1);
    peer = p.peers[i % p.peers.length];
    if (p.uri) {
      const rest = loc.modifier === "" || loc.modifier === "^~" || loc.modifier === "=" ? req.path.slice(loc.path.length) : req.path;
      upstreamPath = p.uri + rest;
    }
  }
  if (!peer) return { status: 502, body: specialPage(502, version)!, error: "no live upstreams while connecting to upstream" };
  const upstreamUrl = `http://${peer.ip}:${peer.port}${upstreamPath}`;
  const upstream = upstreamUrl;
  if (!ctx.network?.httpRequest || proxyDepth > 20) {
    return { status: 502, body: specialPage(502, version)!, error: `connect() failed (111: Connection refused) while connecting to upstream`, upstream };
  }
  proxyDepth++;
  let result;
  try {
    result = ctx.network.httpRequest(peer.ip, peer.port, upstreamPath, { method: req.method, userAgent: req.userAgent, host: proxyHost });
  } finally {
    proxyDepth--;
  }
  if (result.kind === "refused") return { status: 502, body: specialPage(502, version)!, error: `connect() failed (111: Connection refused) while connecting to upstream`, upstream };
  if (result.kind === "timeout") return { status: 504, body: specialPage(504, version)!, error: `upstream timed out (110: Connection timed out) while connecting to upstream`, upstream };
  if (result.kind === "not-http") return { status: 504, body: specialPage(504, version)!, error: `upstream timed out (110: Connection timed out) while reading response header from upstream`, upstream };
  return { status: result.status, body: result.body, ...(result.headers ? { headers: result.headers } : {}) };
}
