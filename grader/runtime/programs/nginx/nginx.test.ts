// nginx reads its configuration at start. Texts: src/core/ngx_conf_file.c
// (ngx_conf_read_token, ngx_conf_handler), src/core/nginx.c (-t), src/http/
// ngx_http_upstream_round_robin.c (host not found in upstream),
// ngx_http_special_response.c (error pages), and docker-nginx's
// entrypoint/10-listen-on-ipv6-by-default.sh.
import { describe, expect, it } from "vitest";
import { pullImage, startContainer, volumeFromFiles, type ContainerProcess, type StartContainerOptions } from "../../index";
import { ManualClock } from "../../testing/manual-clock";
import type { ContainerNetwork, UpstreamResult } from "../network-tools";

function start(files: Record<string, string> | undefined, mountPath = "/etc/nginx/conf.d", options: Partial<StartContainerOptions> = {}): ContainerProcess {
  const pulled = pullImage("nginx:1.27");
  if (!pulled.ok) throw new Error(pulled.message);
  const volumes = files ? [{ mountPath, dir: volumeFromFiles(files), readOnly: true }] : [];
  const started = startContainer({ image: pulled.image, clock: new ManualClock(), volumes, ...options });
  if (!started.ok) throw new Error(started.message);
  return started.container;
}

const lines = (c: ContainerProcess) => c.logs.entries.map((e) => e.line);
const body = (c: ContainerProcess, port: number, path: string) => {
  const r = c.httpGet(port, path, { host: "localhost" });
  return r.kind === "response" ? `${r.status} ${r.body}` : r.kind;
};

function execNow(c: ContainerProcess, argv: string[]) {
  const r = c.exec(argv);
  if (r instanceof Promise) throw new Error("expected a synchronous exec");
  return r;
}

describe("nginx: the image's own configuration", () => {
  it("serves /usr/share/nginx/html on 80; the entrypoint enables the IPv6 listen in the packaged default.conf", () => {
    const c = start(undefined);
    expect(body(c, 80, "/").slice(0, 4)).toBe("200 ");
    expect(lines(c)).toContain("10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf");
    expect(c.fs.readFile("/etc/nginx/conf.d/default.conf")).toContain("    listen       80;\n    listen  [::]:80;\n");
    expect(body(c, 80, "/missing")).toBe("404 <html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.5</center>\r\n</body>\r\n</html>\r\n");
    expect(lines(c).at(-2)).toBe('2026/01/01 00:00:00 [error] 29#29: *2 open() "/usr/share/nginx/html/missing" failed (2: No such file or directory), client: 10.244.0.1, server: localhost, request: "GET /missing HTTP/1.1", host: "localhost"');
  });

  it("nginx -t and -v from an exec session", () => {
    const c = start(undefined);
    expect(execNow(c, ["nginx", "-t"]).stderr).toBe("nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n");
    expect(execNow(c, ["nginx", "-v"]).stderr).toBe("nginx version: nginx/1.27.5\n");
  });
});

describe("nginx: a ConfigMap in /etc/nginx/conf.d", () => {
  it("replaces default.conf: nginx listens where the new server says; the entrypoint cannot touch the read-only file", () => {
    const c = start({ "default.conf": 'server {\n    listen 8080;\n    location / {\n        return 200 "hello\\n";\n    }\n}\n' });
    expect(lines(c)).toContain("10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)");
    expect([c.listens(80), c.listens(8080)]).toEqual([false, true]);
    expect(body(c, 8080, "/anything")).toBe("200 hello\n");
  });

  it("a file of another name leaves no default.conf: the entrypoint says so", () => {
    const c = start({ "app.conf": "server { listen 9000; root /usr/share/nginx/html; }\n" });
    expect(lines(c)).toContain("10-listen-on-ipv6-by-default.sh: info: /etc/nginx/conf.d/default.conf is not a file or does not exist");
    expect(body(c, 9000, "/").slice(0, 4)).toBe("200 ");
  });

  const emerg = (text: string, file = "default.conf", mountPath?: string) => {
    const c = start({ [file]: text }, mountPath);
    expect(c.state).toBe("exited");
    expect(c.exitCode).toBe(1);
    const out = lines(c).slice(-2);
    expect(out[0].replace(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d /, "")).toBe(`[emerg] 1#1: ${out[1].replace(/^nginx: \[emerg\] /, "")}`);
    return out[1];
  };

  it.each([
    ["a misspelt directive", "server {\n  lisen 80;\n}\n", 'nginx: [emerg] unknown directive "lisen" in /etc/nginx/conf.d/default.conf:2'],
    ["a missing semicolon before a block", "server {\n  listen 80\n  location / {\n  }\n}\n", 'nginx: [emerg] directive "listen" is not terminated by ";" in /etc/nginx/conf.d/default.conf:3'],
    ["a missing semicolon before }", "server {\n  location / { return 200 }\n}\n", 'nginx: [emerg] unexpected "}" in /etc/nginx/conf.d/default.conf:2'],
    ["a missing }", "server {\n  listen 80;\n", 'nginx: [emerg] unexpected end of file, expecting "}" in /etc/nginx/conf.d/default.conf:3'],
    ["a whole nginx.conf dropped into conf.d", "events {}\nhttp {\n}\n", 'nginx: [emerg] "events" directive is not allowed here in /etc/nginx/conf.d/default.conf:1'],
    ["proxy_pass without a scheme", "server {\n  location / {\n    proxy_pass backend:8080;\n  }\n}\n", "nginx: [emerg] invalid URL prefix in /etc/nginx/conf.d/default.conf:3"],
    ["a listen port out of range", "server {\n  listen 80800;\n}\n", 'nginx: [emerg] invalid port in "80800" of the "listen" directive in /etc/nginx/conf.d/default.conf:2'],
    ["a return code that is not a number", "server {\n  return ok;\n}\n", 'nginx: [emerg] invalid return code "ok" in /etc/nginx/conf.d/default.conf:2'],
    ["too many arguments", "server {\n  root /a /b;\n}\n", 'nginx: [emerg] invalid number of arguments in "root" directive in /etc/nginx/conf.d/default.conf:2'],
    ["an upstream name that does not resolve", "server {\n  location / {\n    proxy_pass http://backend.nowhere:8080;\n  }\n}\n", 'nginx: [emerg] host not found in upstream "backend.nowhere" in /etc/nginx/conf.d/default.conf:3'],
  ])("%s: exits 1 with nginx's [emerg] in the log and on stderr", (_name, text, message) => {
    expect(emerg(text)).toBe(message);
  });

  it("a server block as the whole nginx.conf: not allowed in the main context, and no events section", () => {
    expect(emerg("server {\n  listen 80;\n}\n", "nginx.conf", "/etc/nginx")).toBe('nginx: [emerg] "server" directive is not allowed here in /etc/nginx/nginx.conf:1');
    expect(emerg("http {\n}\n", "nginx.conf", "/etc/nginx")).toBe('nginx: [emerg] no "events" section in configuration');
  });

  it("nginx -t reports the error and the failed test", () => {
    const c = start({ "default.conf": "server { listen 80; }\n" });
    c.fs.writeFile("/etc/nginx/nginx.conf", "events {}\nhttp {\n  include /etc/nginx/conf.d/*.conf;\n  server { lisen 81; }\n}\n");
    const r = execNow(c, ["nginx", "-t"]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split("\n").slice(1)).toEqual(['nginx: [emerg] unknown directive "lisen" in /etc/nginx/nginx.conf:4', "nginx: configuration file /etc/nginx/nginx.conf test failed", ""]);
  });
});

describe("nginx: locations, files and redirects", () => {
  const conf = [
    "server {",
    "  listen 8080;",
    "  root /srv;",
    "  location = /exact { return 204; }",
    "  location /static/ { alias /data/files/; }",
    "  location ^~ /images/ { return 200 images; }",
    "  location ~* \\.(png|jpg)$ { return 200 regex; }",
    "  location /old { return 301 http://example.com/new; }",
    "  location / { index start.html; }",
    "}",
  ].join("\n");

  it("picks exact, longest prefix, ^~ before regexes, regexes before plain prefixes", () => {
    const c = start({ "default.conf": conf });
    c.fs.mkdir("/srv/docs", true);
    c.fs.writeFile("/srv/start.html", "start");
    c.fs.mkdir("/data/files", true);
    c.fs.writeFile("/data/files/a.txt", "alias");
    expect(body(c, 8080, "/exact")).toBe("204 ");
    expect(body(c, 8080, "/static/a.txt")).toBe("200 alias");
    expect(body(c, 8080, "/images/x.png")).toBe("200 images");
    expect(body(c, 8080, "/x/y.PNG")).toBe("200 regex");
    expect(body(c, 8080, "/")).toBe("200 start");
    expect(body(c, 8080, "/docs/")).toMatch(/^403 <html>\r\n<head><title>403 Forbidden<\/title>/);
    expect(lines(c).at(-2)).toContain('directory index of "/srv/docs/" is forbidden');
    const moved = c.httpGet(8080, "/old");
    expect(moved.kind === "response" && [moved.status, moved.headers?.Location]).toEqual([301, "http://example.com/new"]);
  });
});

describe("nginx: proxy_pass", () => {
  function network(answer: (ip: string, port: number, path: string, host: string) => UpstreamResult): ContainerNetwork & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      run: () => ({ stdout: "", stderr: "", exitCode: 1, elapsedMs: 0 }),
      resolveHost: (h) => ({ "api.shop.svc.cluster.local": "10.96.0.20", "api.shop": "10.96.0.20", localhost: "127.0.0.1" })[h],
      httpRequest: (ip, port, path, o) => {
        calls.push(`${o.method} http://${ip}:${port}${path} Host: ${o.host}`);
        return answer(ip, port, path, o.host);
      },
    };
  }

  it("forwards the request URI as it is without a URI part, and replaces the location's prefix with one", () => {
    const net = network(() => ({ kind: "response", status: 200, body: "from api" }));
    const c = start({ "default.conf": "server {\n listen 9000;\n location / { proxy_pass http://api.shop.svc.cluster.local:8080; }\n location /v1/ { proxy_pass http://api.shop:8080/api/; }\n}\n" }, undefined, { network: net });
    expect(body(c, 9000, "/orders?id=1")).toBe("200 from api");
    expect(body(c, 9000, "/v1/users")).toBe("200 from api");
    expect(net.calls).toEqual(["GET http://10.96.0.20:8080/orders?id=1 Host: api.shop.svc.cluster.local:8080", "GET http://10.96.0.20:8080/api/users Host: api.shop:8080"]);
  });

  it("502 when the upstream refuses, 504 when the connection is dropped, with nginx's error log line", () => {
    let result: UpstreamResult = { kind: "refused" };
    const c = start({ "default.conf": "server {\n listen 9000;\n location / { proxy_pass http://api.shop:8080; }\n}\n" }, undefined, { network: network(() => result) });
    expect(body(c, 9000, "/")).toMatch(/^502 <html>\r\n<head><title>502 Bad Gateway<\/title>/);
    expect(lines(c).at(-2)).toBe('2026/01/01 00:00:00 [error] 29#29: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 10.244.0.1, server: , request: "GET / HTTP/1.1", upstream: "http://10.96.0.20:8080/", host: "localhost"');
    result = { kind: "timeout" };
    expect(body(c, 9000, "/")).toMatch(/^504 <html>\r\n<head><title>504 Gateway Time-out<\/title>/);
  });

  it("an upstream block: its servers resolve at start, requests go round-robin", () => {
    const net = network(() => ({ kind: "response", status: 200, body: "ok" }));
    const c = start({ "default.conf": "upstream backend {\n server api.shop:8080;\n server 10.96.0.21:8080;\n}\nserver {\n listen 9000;\n location / { proxy_pass http://backend; }\n}\n" }, undefined, { network: net });
    body(c, 9000, "/a");
    body(c, 9000, "/b");
    expect(net.calls).toEqual(["GET http://10.96.0.20:8080/a Host: backend", "GET http://10.96.0.21:8080/b Host: backend"]);
  });

  it("nginx -s reload from an exec session loads the changed configuration", () => {
    const c = start(undefined);
    c.fs.writeFile("/etc/nginx/conf.d/default.conf", "server { listen 8081; return 200 reloaded; }\n");
    expect(execNow(c, ["nginx", "-s", "reload"]).exitCode).toBe(0);
    expect(body(c, 8081, "/")).toBe("200 reloaded");
    expect(lines(c)).toContain("2026/01/01 00:00:00 [notice] 1#1: signal 1 (SIGHUP) received from 47, reconfiguring");
  });
});

describe("nginx.conf mounted with subPath", () => {
  it("replaces only that file: conf.d and mime.types stay; the mounted file refuses writes", () => {
    const pulled = pullImage("nginx:1.27");
    if (!pulled.ok) throw new Error(pulled.message);
    const text = "events {}\nhttp {\n  include mime.types;\n  include conf.d/*.conf;\n  server { listen 8088; return 200 main; }\n}\n";
    const started = startContainer({
      image: pulled.image,
      clock: new ManualClock(),
      volumes: [{ mountPath: "/etc/nginx", dir: volumeFromFiles({ "nginx.conf": text }), readOnly: true, file: { path: "/etc/nginx/nginx.conf", node: { kind: "file", content: text, mode: 0o644, mtimeMs: 0 } } }],
    });
    if (!started.ok) throw new Error(started.message);
    const c = started.container;
    expect([c.listens(80), c.listens(8088)]).toEqual([true, true]);
    expect(execNow(c, ["sh", "-c", "echo x >> /etc/nginx/nginx.conf"]).stderr).toMatch(/Read-only file system/);
  });
});
