// nginx's configuration as nginx reads it at start (src/core/ngx_conf_file.c:
// ngx_conf_read_token, ngx_conf_parse, ngx_conf_handler, ngx_conf_include),
// interpreted for what the simulated server does: the http servers, their
// listen ports, server names and locations (root, alias, index, try_files,
// return, proxy_pass) and upstream blocks. Errors carry nginx's own wording
// and end in ` in FILE:LINE`, as ngx_conf_log_error writes them.
import { resolveAgainst, type ContainerFs } from "../../vfs/container-fs";
import { FsError } from "../../vfs/fs-error";
import type { VfsNode } from "../../vfs/nodes";
import { lookupDirective, type Context, type DirectiveSpec } from "./directives";

/** The compiled-in prefix of the docker nginx build (`--prefix=/etc/nginx`): relative paths start there. */
export const nginxPrefix = "/etc/nginx/";
export const defaultConfPath = "/etc/nginx/nginx.conf";

export class NginxConfError extends Error {}

export interface Listen {
  port: number;
  addr: string;
  defaultServer: boolean;
}

export interface ProxyPass {
  url: string;
  /** Upstream host as written (an upstream block's name, a Service name, an IP). */
  host: string;
  port: number;
  /** The URI part after host:port ("" when there is none: the request URI goes as it is). */
  uri: string;
  hasVariables: boolean;
  file: string;
  line: number;
  /** Filled at the end of the http block: the addresses nginx resolved once at start. */
  peers: Array<{ ip: string; port: number; name: string }>;
}

export interface Block {
  root?: string;
  alias?: string;
  index?: string[];
  tryFiles?: string[];
  ret?: { code: number; text?: string };
  proxy?: ProxyPass;
  defaultType?: string;
  locations: Location[];
  parent?: Block;
}

export interface Location extends Block {
  modifier: "" | "=" | "^~" | "~" | "~*" | "@";
  path: string;
  regex?: RegExp;
}

export interface Server extends Block {
  listens: Listen[];
  /** listen given explicitly; without it nginx listens on *:80 (as root). */
  names: string[];
  file: string;
  line: number;
}

export interface NginxConfig {
  /** Every file read, in order (`nginx -T` prints them). */
  files: Array<{ path: string; text: string }>;
  http?: Block;
  servers: Server[];
  upstreams: Map<string, Array<{ ip: string; port: number; name: string }>>;
}

/** How names resolve when nginx starts (getaddrinfo in the pod): an IPv4 address, or undefined. */
export type HostResolver = (host: string) => string | undefined;

/** Everything a load asks of the world: the container's files and the resolver. A load is a pure function of the answers. */
export interface ConfSource {
  kind(path: string): VfsNode["kind"] | undefined;
  readFile(path: string): string;
  readdir(dir: string): string[];
  resolve: HostResolver;
}

export function liveSource(fs: ContainerFs, resolve: HostResolver): ConfSource {
  return { kind: (path) => fs.node(path)?.kind, readFile: (path) => fs.readFile(path), readdir: (dir) => fs.readdir(dir), resolve };
}

interface Reader {
  file: string;
  text: string;
  pos: number;
  line: number;
  /** The -g option: "in command line" instead of a file and line. */
  commandLine?: boolean;
}

type TokenResult = { rc: "ok" | "block"; args: string[] } | { rc: "done" } | { rc: "eof" };

function where(r: Reader): string {
  return r.commandLine ? " in command line" : ` in ${r.file}:${r.line}`;
}

function fail(r: Reader, message: string): never {
  throw new NginxConfError(message + where(r));
}

/** ngx_conf_read_token. */
function readToken(r: Reader): TokenResult {
  const args: string[] = [];
  let lastSpace = true;
  let needSpace = false;
  let sharp = false;
  let quoted = false;
  let dq = false;
  let sq = false;
  let variable = false;
  let start = r.pos;
  const t = r.text;
  const push = (end: number) => {
    let word = "";
    for (let i = start; i < end; i++) {
      const c = t[i];
      if (c === "\\" && i + 1 < end) {
        const nx = t[i + 1];
        if (nx === '"' || nx === "'" || nx === "\\") {
          word += nx;
          i++;
          continue;
        }
        if (nx === "t" || nx === "r" || nx === "n") {
          word += nx === "t" ? "\t" : nx === "r" ? "\r" : "\n";
          i++;
          continue;
        }
      }
      word += c;
    }
    args.push(word);
  };
  for (;;) {
    if (r.pos >= t.length) {
      if (args.length > 0 || !lastSpace) {
        if (r.commandLine) fail(r, 'unexpected end of parameter, expecting ";"');
        fail(r, 'unexpected end of file, expecting ";" or "}"');
      }
      return { rc: "eof" };
    }
    const ch = t[r.pos++];
    if (ch === "\n") {
      r.line++;
      sharp = false;
    }
    if (sharp) continue;
    if (quoted) {
      quoted = false;
      continue;
    }
    const space = ch === " " || ch === "\t" || ch === "\r" || ch === "\n";
    if (needSpace) {
      if (space) {
        lastSpace = true;
        needSpace = false;
        continue;
      }
      if (ch === ";") return { rc: "ok", args };
      if (ch === "{") return { rc: "block", args };
      if (ch === ")") {
        lastSpace = true;
        needSpace = false;
      } else fail(r, `unexpected "${ch}"`);
    }
    if (lastSpace) {
      start = r.pos - 1;
      if (space) continue;
      switch (ch) {
        case ";":
        case "{":
          if (args.length === 0) fail(r, `unexpected "${ch}"`);
          return { rc: ch === "{" ? "block" : "ok", args };
        case "}":
          if (args.length !== 0) fail(r, 'unexpected "}"');
          return { rc: "done" };
        case "#":
          sharp = true;
          continue;
        case "\\":
          quoted = true;
          lastSpace = false;
          continue;
        case '"':
          start++;
          dq = true;
          lastSpace = false;
          continue;
        case "'":
          start++;
          sq = true;
          lastSpace = false;
          continue;
        case "$":
          variable = true;
          lastSpace = false;
          continue;
        default:
          lastSpace = false;
      }
    } else {
      if (ch === "{" && variable) continue;
      variable = false;
      if (ch === "\\") {
        quoted = true;
        continue;
      }
      if (ch === "$") {
        variable = true;
        continue;
      }
      let found = false;
      if (dq) {
        if (ch === '"') {
          dq = false;
          needSpace = true;
          found = true;
        }
      } else if (sq) {
        if (ch === "'") {
          sq = false;
          needSpace = true;
          found = true;
        }
      } else if (space || ch === ";" || ch === "{") {
        lastSpace = true;
        found = true;
      }
      if (found) {
        push(r.pos - 1);
        if (ch === ";") return { rc: "ok", args };
        if (ch === "{") return { rc: "block", args };
      }
    }
  }
}

interface Frame {
  context: Context;
  block?: Block;
  server?: Server;
  upstream?: Array<{ ip: string; port: number; name: string }>;
}

class Loader {
  readonly config: NginxConfig = { files: [], servers: [], upstreams: new Map() };
  private readonly proxies: ProxyPass[] = [];
  private events = false;

  constructor(private readonly source: ConfSource) {}

  load(path: string, globals: string): void {
    if (globals) this.parse({ file: "", text: globals, pos: 0, line: 1, commandLine: true }, { context: "main" }, "param");
    this.parseFile(path, { context: "main" }, undefined);
    if (!this.events) throw new NginxConfError('no "events" section in configuration');
  }

  /** ngx_conf_parse of a file; `from` is the including reader (an open() failure is reported at its line). */
  private parseFile(path: string, frame: Frame, from: Reader | undefined): void {
    let text: string;
    try {
      if (this.source.kind(path) === "dir") throw new FsError("EISDIR", "open", path);
      text = this.source.readFile(path);
    } catch (e) {
      const errno = e instanceof FsError && e.code === "EISDIR" ? "21: Is a directory" : "2: No such file or directory";
      const message = `open() "${path}" failed (${errno})`;
      if (from) fail(from, message);
      throw new NginxConfError(message);
    }
    this.config.files.push({ path, text });
    this.parse({ file: path, text, pos: 0, line: 1 }, frame, "file");
  }

  private parse(r: Reader, frame: Frame, type: "file" | "block" | "param"): void {
    for (;;) {
      const tok = readToken(r);
      if (tok.rc === "done") {
        if (type !== "block") fail(r, 'unexpected "}"');
        return;
      }
      if (tok.rc === "eof") {
        if (type === "block") fail(r, 'unexpected end of file, expecting "}"');
        return;
      }
      if (tok.rc === "block" && type === "param") fail(r, 'block directives are not supported in -g option');
      // Blocks whose content nginx hands to a custom handler or a module we do not model: balanced, not interpreted.
      if (frame.context === "types" || frame.context === "map" || frame.context.startsWith("stream")) {
        if (tok.rc === "block") {
          if (frame.context === "types" || frame.context === "map") fail(r, 'unexpected "{"');
          this.parse(r, { context: "stream-server" }, "block");
        }
        continue;
      }
      this.handle(r, frame, tok.args, tok.rc);
    }
  }

  /** ngx_conf_handler: context, terminator and argument checks, then the directive's own handler. */
  private handle(r: Reader, frame: Frame, args: string[], rc: "ok" | "block"): void {
    const [name, ...rest] = args;
    const spec = lookupDirective(name, frame.context);
    if (spec === "unknown") fail(r, `unknown directive "${name}"`);
    if (spec === "not-allowed") fail(r, `"${name}" directive is not allowed here`);
    if (!spec.block && rc !== "ok") fail(r, `directive "${name}" is not terminated by ";"`);
    if (spec.block && rc !== "block") fail(r, `directive "${name}" has no opening "{"`);
    if (!argsFit(spec, rest.length)) fail(r, `invalid number of arguments in "${name}" directive`);
    if (spec.args === "flag" && !/^(on|off)$/i.test(rest[0])) fail(r, `invalid value "${rest[0]}" in "${name}" directive, it must be "on" or "off"`);
    this.apply(r, frame, name, rest);
  }

  private apply(r: Reader, frame: Frame, name: string, a: string[]): void {
    const block = frame.block;
    switch (name) {
      case "include":
        return this.include(r, frame, a[0]);
      case "events":
        this.events = true;
        return this.parse(r, { context: "events" }, "block");
      case "http": {
        if (this.config.http) fail(r, '"http" directive is duplicate');
        const http: Block = { locations: [] };
        this.config.http = http;
        this.parse(r, { context: "http", block: http }, "block");
        this.initUpstreams();
        this.checkListens();
        return;
      }
      case "stream":
        return this.parse(r, { context: "stream" }, "block");
      case "types":
        return this.parse(r, { context: "types" }, "block");
      case "map":
        return this.parse(r, { context: "map" }, "block");
      case "server": {
        if (frame.context === "upstream") return this.upstreamServer(r, frame, a);
        const server: Server = { listens: [], names: [], locations: [], parent: block, file: r.file, line: r.line };
        this.parse(r, { context: "server", block: server, server }, "block");
        if (server.listens.length === 0) server.listens.push({ port: 80, addr: "0.0.0.0", defaultServer: false });
        this.config.servers.push(server);
        return;
      }
      case "upstream": {
        const peers: Array<{ ip: string; port: number; name: string }> = [];
        if (this.config.upstreams.has(a[0])) fail(r, `duplicate upstream "${a[0]}"`);
        this.config.upstreams.set(a[0], peers);
        return this.parse(r, { context: "upstream", upstream: peers }, "block");
      }
      case "location":
        return this.location(r, frame, a);
      case "if":
      case "limit_except":
        // Parsed and checked; what they do conditionally is not modelled.
        return this.parse(r, { context: name, block: { locations: [], parent: block } }, "block");
      case "listen":
        return this.listen(r, frame.server!, a);
      case "server_name":
        frame.server!.names.push(...a);
        return;
      case "root":
      case "alias":
        if (!block) return;
        if (block.root !== undefined || block.alias !== undefined) {
          if (name === "alias" && block.root !== undefined) fail(r, `"alias" directive is duplicate, "root" directive was specified earlier`);
          if (name === "root" && block.alias !== undefined) fail(r, `"root" directive is duplicate, "alias" directive was specified earlier`);
          fail(r, `"${name}" directive is duplicate`);
        }
        if (name === "root") block.root = a[0];
        else block.alias = a[0];
        return;
      case "index":
        if (block) block.index = [...(block.index ?? []), ...a];
        return;
      case "try_files":
        if (!block) return;
        if (block.tryFiles) fail(r, `"try_files" directive is duplicate`);
        block.tryFiles = a;
        return;
      case "default_type":
        if (block) block.defaultType = a[0];
        return;
      case "return":
        return this.ret(r, block, a);
      case "proxy_pass":
        return this.proxyPass(r, frame, block, a[0]);
      default:
        return;
    }
  }

  private include(r: Reader, frame: Frame, pattern: string): void {
    const full = resolveAgainst(nginxPrefix, pattern);
    if (!/[*?[]/.test(full)) return this.parseFile(full, frame, r);
    // glob(3) without GLOB_NOSORT: sorted names; `*` skips dotfiles (a ConfigMap volume's ..data).
    const dir = full.slice(0, full.lastIndexOf("/")) || "/";
    const base = full.slice(full.lastIndexOf("/") + 1);
    const re = new RegExp(`^${base.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}$`);
    let names: string[];
    try {
      names = this.source.readdir(dir);
    } catch {
      return;
    }
    for (const n of names.filter((x) => !x.startsWith(".") && re.test(x)).sort()) {
      const path = `${dir === "/" ? "" : dir}/${n}`;
      if (this.source.kind(path) !== "file") continue;
      this.parseFile(path, frame, r);
    }
  }

  private location(r: Reader, frame: Frame, a: string[]): void {
    let modifier: Location["modifier"] = "";
    let path = a[0];
    if (a.length === 2) {
      if (!["=", "~", "~*", "^~"].includes(a[0])) fail(r, `invalid location modifier "${a[0]}"`);
      modifier = a[0] as Location["modifier"];
      path = a[1];
    } else if (path.startsWith("=")) {
      modifier = "=";
      path = path.slice(1);
    } else if (path.startsWith("^~")) {
      modifier = "^~";
      path = path.slice(2);
    } else if (path.startsWith("~*")) {
      modifier = "~*";
      path = path.slice(2);
    } else if (path.startsWith("~")) {
      modifier = "~";
      path = path.slice(1);
    } else if (path.startsWith("@")) modifier = "@";
    const parent = frame.block as Location | Server;
    if (frame.context === "location") {
      const p = parent as Location;
      if (p.modifier === "=") fail(r, `location "${path}" cannot be inside the exact location "${p.path}"`);
      if (modifier === "" || modifier === "^~" || modifier === "=") {
        if (!path.startsWith(p.path) && p.modifier !== "~" && p.modifier !== "~*") fail(r, `location "${path}" is outside location "${p.path}"`);
      }
    }
    const loc: Location = { modifier, path, locations: [], parent };
    if (modifier === "~" || modifier === "~*") {
      try {
        loc.regex = new RegExp(path, modifier === "~*" ? "i" : "");
      } catch {
        fail(r, `pcre2_compile() failed: invalid pattern in "${path}"`);
      }
    }
    const same = parent.locations.find((l) => l.path === path && (l.modifier === "=") === (modifier === "=") && !l.regex && !loc.regex);
    const line = r.line;
    this.parse(r, { context: "location", block: loc, server: frame.server }, "block");
    if (same) throw new NginxConfError(`duplicate location "${path}" in ${r.file}:${line}`);
    parent.locations.push(loc);
  }

  private listen(r: Reader, server: Server, a: string[]): void {
    const url = a[0];
    let addr = "0.0.0.0";
    let portText: string | undefined;
    const v6 = /^\[([^\]]*)\](?::(.*))?$/.exec(url);
    if (v6) {
      addr = `[${v6[1]}]`;
      portText = v6[2] ?? "80";
    } else if (url.includes(":")) {
      const i = url.lastIndexOf(":");
      addr = url.slice(0, i) === "*" ? "0.0.0.0" : url.slice(0, i);
      portText = url.slice(i + 1);
    } else if (/^\d+$/.test(url)) portText = url;
    else {
      addr = url === "*" ? "0.0.0.0" : url;
      portText = "80";
    }
    if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) fail(r, `invalid port in "${url}" of the "listen" directive`);
    if (addr !== "0.0.0.0" && !addr.startsWith("[") && !/^\d+\.\d+\.\d+\.\d+$/.test(addr)) {
      const ip = this.source.resolve(addr);
      if (!ip) fail(r, `host not found in "${url}" of the "listen" directive`);
      addr = ip;
    }
    const options = new Set(["default_server", "default", "bind", "ssl", "http2", "quic", "proxy_protocol", "reuseport", "deferred"]);
    let defaultServer = false;
    for (const opt of a.slice(1)) {
      if (opt === "default_server" || opt === "default") defaultServer = true;
      else if (!options.has(opt) && !/^(backlog|rcvbuf|sndbuf|ipv6only|so_keepalive|fastopen|setfib|accept_filter)=/.test(opt)) fail(r, `invalid parameter "${opt}"`);
    }
    const port = Number(portText);
    if (server.listens.some((l) => l.port === port && l.addr === addr)) fail(r, `a duplicate listen ${addr}:${port}`);
    server.listens.push({ port, addr, defaultServer });
  }

  private ret(r: Reader, block: Block | undefined, a: string[]): void {
    if (!block) return;
    const code = /^\d+$/.test(a[0]) ? Number(a[0]) : NaN;
    if (Number.isNaN(code)) {
      if (a.length === 1 && /^(https?:\/\/|\$scheme)/.test(a[0])) {
        block.ret ??= { code: 302, text: a[0] };
        return;
      }
      fail(r, `invalid return code "${a[0]}"`);
    }
    if (code > 999) fail(r, `invalid return code "${a[0]}"`);
    block.ret ??= { code, text: a[1] };
  }

  private proxyPass(r: Reader, frame: Frame, block: Block | undefined, url: string): void {
    if (!block) return;
    if (block.proxy) fail(r, `"proxy_pass" directive is duplicate`);
    const hasVariables = /\$/.test(url);
    if (!hasVariables && !/^https?:\/\//i.test(url)) fail(r, "invalid URL prefix");
    const https = /^https:\/\//i.test(url);
    const rest = url.replace(/^https?:\/\//i, "");
    const slash = rest.indexOf("/");
    const hostPort = slash >= 0 ? rest.slice(0, slash) : rest;
    const uri = slash >= 0 ? rest.slice(slash) : "";
    const colon = hostPort.lastIndexOf(":");
    const host = colon >= 0 ? hostPort.slice(0, colon) : hostPort;
    const portText = colon >= 0 ? hostPort.slice(colon + 1) : https ? "443" : "80";
    if (!hasVariables && (!/^\d+$/.test(portText) || Number(portText) > 65535 || Number(portText) < 1)) fail(r, `invalid port in upstream "${rest}"`);
    if (!hasVariables && !host) fail(r, `no host in upstream "${rest}"`);
    const loc = block as Location;
    if (uri && frame.context === "location" && (loc.regex || loc.modifier === "@")) {
      fail(r, `"proxy_pass" cannot have URI part in location given by regular expression, or inside named location, or inside "if" statement, or inside "limit_except" block`);
    }
    const proxy: ProxyPass = { url, host, port: Number(portText), uri, hasVariables, file: r.file, line: r.line, peers: [] };
    block.proxy = proxy;
    if (!hasVariables) this.proxies.push(proxy);
  }

  private upstreamServer(r: Reader, frame: Frame, a: string[]): void {
    const target = a[0];
    for (const opt of a.slice(1)) {
      if (!/^(weight|max_fails|fail_timeout|max_conns)=|^(backup|down|resolve)$/.test(opt)) fail(r, `invalid parameter "${opt}"`);
    }
    const colon = target.lastIndexOf(":");
    const host = colon >= 0 ? target.slice(0, colon) : target;
    const portText = colon >= 0 ? target.slice(colon + 1) : "80";
    if (!/^\d+$/.test(portText)) fail(r, `invalid port in upstream "${target}"`);
    const ip = this.source.resolve(host);
    if (!ip) fail(r, `host not found in upstream "${target}"`);
    frame.upstream!.push({ ip, port: Number(portText), name: target });
  }

  /** ngx_http_upstream_init_round_robin for the upstreams proxy_pass defines: names resolve once, at start. */
  private initUpstreams(): void {
    for (const p of this.proxies) {
      const block = this.config.upstreams.get(p.host);
      if (block && !/:\d+$/.test(p.url.replace(/^https?:\/\//i, "").split("/")[0])) {
        if (block.length === 0) throw new NginxConfError(`no servers in upstream "${p.host}" in ${p.file}:${p.line}`);
        p.peers = block;
        continue;
      }
      const ip = this.source.resolve(p.host);
      if (!ip) throw new NginxConfError(`host not found in upstream "${p.host}" in ${p.file}:${p.line}`);
      p.peers = [{ ip, port: p.port, name: `${p.host}:${p.port}` }];
    }
  }

  private checkListens(): void {
    const defaults = new Map<number, boolean>();
    for (const s of this.config.servers) {
      for (const l of s.listens) {
        if (!l.defaultServer) continue;
        if (defaults.get(l.port)) throw new NginxConfError(`a duplicate default server for ${l.addr}:${l.port} in ${s.file}:${s.line}`);
        defaults.set(l.port, true);
      }
    }
  }
}

function argsFit(spec: DirectiveSpec, count: number): boolean {
  if (spec.args === "any") return true;
  if (spec.args === "flag") return count === 1;
  return count >= spec.args.min && count <= spec.args.max;
}

export type LoadResult = { ok: true; config: NginxConfig } | { ok: false; message: string };

/** Reads `path` (and what it includes) from the container's files, as nginx does at start and for `nginx -t`. */
export function loadNginxConfig(fs: ContainerFs, path: string, resolve: HostResolver, globals = ""): LoadResult {
  return loadNginxConfigFrom(liveSource(fs, resolve), path, globals);
}

/** The same load over any source of files and names (conf-cache.ts records and replays what a load asked). */
export function loadNginxConfigFrom(source: ConfSource, path: string, globals: string): LoadResult {
  const loader = new Loader(source);
  try {
    loader.load(path, globals);
    return { ok: true, config: loader.config };
  } catch (e) {
    if (e instanceof NginxConfError) return { ok: false, message: e.message };
    throw e;
  }
}
