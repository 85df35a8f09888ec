// The nginx directives the simulated nginx:1.x image knows, with where each may
// appear and how many arguments it takes (the `type` of an ngx_command_t: the
// NGX_*_CONF context bits and NGX_CONF_TAKE*/FLAG/1MORE/2MORE/BLOCK). A name
// missing here is an `unknown directive`; a known name in another context is
// `"x" directive is not allowed here` (ngx_conf_file.c ngx_conf_handler).

export type Context = "main" | "events" | "http" | "server" | "location" | "upstream" | "if" | "limit_except" | "types" | "stream" | "stream-server" | "stream-upstream" | "map";

/** Argument count rule, counted without the directive's name. */
export type Args = { min: number; max: number } | "flag" | "any";

export interface DirectiveSpec {
  contexts: readonly Context[];
  args: Args;
  block?: boolean;
}

const n = (min: number, max = min): Args => ({ min, max });
const more = (min: number): Args => ({ min, max: Infinity });

const H: Context[] = ["http", "server", "location"];
const HI: Context[] = ["http", "server", "location", "if"];
const HL: Context[] = ["http", "server", "location", "if", "limit_except"];
const SL: Context[] = ["server", "location"];
const SLI: Context[] = ["server", "location", "if"];
const LOC: Context[] = ["location", "if", "limit_except"];

/** http-module directives by context, keyed by name. */
export const httpDirectives: Record<string, DirectiveSpec> = {
  // core (ngx_http_core_module)
  server: { contexts: ["http"], args: n(0), block: true },
  location: { contexts: ["server", "location"], args: n(1, 2), block: true },
  listen: { contexts: ["server"], args: more(1) },
  server_name: { contexts: ["server"], args: more(1) },
  root: { contexts: ["http", "server", "location", "if"], args: n(1) },
  alias: { contexts: ["location"], args: n(1) },
  index: { contexts: H, args: more(1) },
  try_files: { contexts: SL, args: more(2) },
  error_page: { contexts: HI, args: more(2) },
  default_type: { contexts: H, args: n(1) },
  types: { contexts: H, args: n(0), block: true },
  types_hash_max_size: { contexts: H, args: n(1) },
  types_hash_bucket_size: { contexts: H, args: n(1) },
  sendfile: { contexts: HI, args: "flag" },
  tcp_nopush: { contexts: H, args: "flag" },
  tcp_nodelay: { contexts: H, args: "flag" },
  keepalive_timeout: { contexts: H, args: n(1, 2) },
  keepalive_requests: { contexts: H, args: n(1) },
  client_max_body_size: { contexts: H, args: n(1) },
  client_body_buffer_size: { contexts: H, args: n(1) },
  client_header_timeout: { contexts: ["http", "server"], args: n(1) },
  client_body_timeout: { contexts: H, args: n(1) },
  send_timeout: { contexts: H, args: n(1) },
  server_tokens: { contexts: H, args: n(1) },
  server_names_hash_bucket_size: { contexts: ["http"], args: n(1) },
  server_names_hash_max_size: { contexts: ["http"], args: n(1) },
  absolute_redirect: { contexts: H, args: "flag" },
  port_in_redirect: { contexts: H, args: "flag" },
  log_not_found: { contexts: H, args: "flag" },
  internal: { contexts: ["location"], args: n(0) },
  limit_except: { contexts: ["location"], args: more(1), block: true },
  resolver: { contexts: H, args: more(1) },
  resolver_timeout: { contexts: H, args: n(1) },
  underscores_in_headers: { contexts: ["http", "server"], args: "flag" },
  large_client_header_buffers: { contexts: ["http", "server"], args: n(2) },
  error_log: { contexts: ["main", "http", "server", "location"], args: more(1) },
  // log
  access_log: { contexts: HL, args: more(1) },
  log_format: { contexts: ["http"], args: more(2) },
  // rewrite
  return: { contexts: SLI, args: n(1, 2) },
  rewrite: { contexts: SLI, args: n(2, 3) },
  set: { contexts: SLI, args: n(2) },
  if: { contexts: ["server", "location"], args: more(1), block: true },
  break: { contexts: SLI, args: n(0) },
  // headers, charset, gzip, autoindex, access, auth, status
  add_header: { contexts: HI, args: n(2, 3) },
  expires: { contexts: HI, args: n(1, 2) },
  charset: { contexts: HI, args: n(1) },
  gzip: { contexts: HI, args: "flag" },
  gzip_types: { contexts: H, args: more(1) },
  gzip_comp_level: { contexts: H, args: n(1) },
  gzip_min_length: { contexts: H, args: n(1) },
  gzip_vary: { contexts: H, args: "flag" },
  gzip_proxied: { contexts: H, args: more(1) },
  autoindex: { contexts: H, args: "flag" },
  allow: { contexts: ["http", "server", "location", "limit_except"], args: n(1) },
  deny: { contexts: ["http", "server", "location", "limit_except"], args: n(1) },
  auth_basic: { contexts: ["http", "server", "location", "limit_except"], args: n(1) },
  auth_basic_user_file: { contexts: ["http", "server", "location", "limit_except"], args: n(1) },
  stub_status: { contexts: SL, args: n(0, 1) },
  ssl_certificate: { contexts: ["http", "server"], args: n(1) },
  ssl_certificate_key: { contexts: ["http", "server"], args: n(1) },
  ssl_protocols: { contexts: ["http", "server"], args: more(1) },
  ssl_ciphers: { contexts: ["http", "server"], args: n(1) },
  map: { contexts: ["http"], args: n(2), block: true },
  // proxy
  proxy_pass: { contexts: LOC, args: n(1) },
  proxy_set_header: { contexts: H, args: n(2) },
  proxy_http_version: { contexts: H, args: n(1) },
  proxy_redirect: { contexts: H, args: n(1, 2) },
  proxy_connect_timeout: { contexts: H, args: n(1) },
  proxy_read_timeout: { contexts: H, args: n(1) },
  proxy_send_timeout: { contexts: H, args: n(1) },
  proxy_buffering: { contexts: H, args: "flag" },
  proxy_buffer_size: { contexts: H, args: n(1) },
  proxy_buffers: { contexts: H, args: n(2) },
  proxy_hide_header: { contexts: H, args: n(1) },
  proxy_pass_header: { contexts: H, args: n(1) },
  proxy_intercept_errors: { contexts: H, args: "flag" },
  proxy_next_upstream: { contexts: H, args: more(1) },
  proxy_ssl_verify: { contexts: H, args: "flag" },
  proxy_ssl_server_name: { contexts: H, args: "flag" },
  // upstream
  upstream: { contexts: ["http"], args: n(1), block: true },
  keepalive: { contexts: ["upstream"], args: n(1) },
  least_conn: { contexts: ["upstream"], args: n(0) },
  ip_hash: { contexts: ["upstream"], args: n(0) },
};

/** `server` inside `upstream` is a different command (ngx_http_upstream_server). */
export const upstreamServer: DirectiveSpec = { contexts: ["upstream"], args: more(1) };

/** Core and events directives, and the blocks of the main context. */
export const mainDirectives: Record<string, DirectiveSpec> = {
  user: { contexts: ["main"], args: n(1, 2) },
  worker_processes: { contexts: ["main"], args: n(1) },
  worker_rlimit_nofile: { contexts: ["main"], args: n(1) },
  pid: { contexts: ["main"], args: n(1) },
  daemon: { contexts: ["main"], args: "flag" },
  master_process: { contexts: ["main"], args: "flag" },
  env: { contexts: ["main"], args: n(1) },
  load_module: { contexts: ["main"], args: n(1) },
  pcre_jit: { contexts: ["main"], args: "flag" },
  include: { contexts: ["main", "events", "http", "server", "location", "upstream", "if", "limit_except", "types", "stream", "stream-server", "stream-upstream", "map"], args: n(1) },
  events: { contexts: ["main"], args: n(0), block: true },
  worker_connections: { contexts: ["events"], args: n(1) },
  use: { contexts: ["events"], args: n(1) },
  multi_accept: { contexts: ["events"], args: "flag" },
  accept_mutex: { contexts: ["events"], args: "flag" },
  http: { contexts: ["main"], args: n(0), block: true },
  stream: { contexts: ["main"], args: n(0), block: true },
};

/** The spec of `name` in `context`, or the reason it cannot be used there. */
export function lookupDirective(name: string, context: Context): DirectiveSpec | "not-allowed" | "unknown" {
  if (context === "upstream" && name === "server") return upstreamServer;
  const spec = mainDirectives[name] ?? httpDirectives[name];
  if (!spec) return "unknown";
  return spec.contexts.includes(context) ? spec : "not-allowed";
}
