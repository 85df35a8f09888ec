import { describe, expect, it } from "vitest";
import { pullImage, startContainer, volumeFromFiles } from "../../index";
import { ManualClock } from "../../testing/manual-clock";
import { ContainerFs } from "../../vfs/container-fs";
import { newDir } from "../../vfs/nodes";
import { loadNginxConfig } from "./conf";
import { loadNginxConfigCached } from "./conf-cache";

function files(conf: Record<string, string>): ContainerFs {
  const fs = new ContainerFs(newDir(), () => 0);
  for (const [path, text] of Object.entries(conf)) {
    fs.mkdir(path.slice(0, path.lastIndexOf("/")), true);
    fs.writeFile(path, text);
  }
  return fs;
}

const main = "events {}\nhttp {\n  include /etc/nginx/conf.d/*.conf;\n}\n";
const site = (port: number, upstream = "web") => `server {\n  listen ${port};\n  location / { root /srv; }\n  location /api { proxy_pass http://${upstream}:8080; }\n}\n`;
const dns = (ip: string | undefined) => (host: string) => (host === "web" ? ip : undefined);

/** The cached load next to the plain one on the same files and names. */
function both(fs: ContainerFs, resolve: (h: string) => string | undefined, globals = "") {
  return { cached: loadNginxConfigCached(fs, "/etc/nginx/nginx.conf", resolve, globals), plain: loadNginxConfig(fs, "/etc/nginx/nginx.conf", resolve, globals) };
}

describe("nginx configuration cache", () => {
  it("answers a second load with the same files from the first, equal to a fresh parse", () => {
    const a = both(files({ "/etc/nginx/nginx.conf": main, "/etc/nginx/conf.d/a.conf": site(81) }), dns("10.96.0.10"));
    const b = both(files({ "/etc/nginx/nginx.conf": main, "/etc/nginx/conf.d/a.conf": site(81) }), dns("10.96.0.10"));
    expect(a.cached).toEqual(a.plain);
    expect(b.cached).toBe(a.cached);
    expect(b.cached).toEqual(b.plain);
  });

  it("parses again when a file, a directory listing or a resolved name changed", () => {
    const first = both(files({ "/etc/nginx/nginx.conf": main, "/etc/nginx/conf.d/a.conf": site(82) }), dns("10.96.0.11"));
    const changedText = both(files({ "/etc/nginx/nginx.conf": main, "/etc/nginx/conf.d/a.conf": site(83) }), dns("10.96.0.11"));
    expect(changedText.cached).toEqual(changedText.plain);
    expect(changedText.cached).not.toEqual(first.cached);
    const extraFile = both(files({ "/etc/nginx/nginx.conf": main, "/etc/nginx/conf.d/a.conf": site(82), "/etc/nginx/conf.d/b.conf": site(84) }), dns("10.96.0.11"));
    expect(extraFile.cached).toEqual(extraFile.plain);
    expect(extraFile.cached).not.toEqual(first.cached);
    const otherIP = both(files({ "/etc/nginx/nginx.conf": main, "/etc/nginx/conf.d/a.conf": site(82) }), dns("10.96.0.12"));
    expect(otherIP.cached).toEqual(otherIP.plain);
    expect(otherIP.cached).not.toEqual(first.cached);
  });

  it("gives the same error as a fresh parse, also when answered from the cache (a name that stopped resolving)", () => {
    for (let i = 0; i < 2; i++) {
      const r = both(files({ "/etc/nginx/nginx.conf": main, "/etc/nginx/conf.d/a.conf": site(85) }), dns(undefined));
      expect(r.cached).toEqual(r.plain);
      expect(r.cached).toEqual({ ok: false, message: 'host not found in upstream "web" in /etc/nginx/conf.d/a.conf:4' });
    }
    const missing = both(files({ "/etc/nginx/nginx.conf": "events {}\ninclude /etc/nginx/other.conf;\n" }), dns(undefined));
    expect(missing.cached).toEqual(missing.plain);
    expect(missing.cached.ok).toBe(false);
  });

  it("keys on the -g globals too", () => {
    const fs = () => files({ "/etc/nginx/nginx.conf": main, "/etc/nginx/conf.d/a.conf": site(86) });
    const plain = both(fs(), dns("10.96.0.13"));
    const bad = both(fs(), dns("10.96.0.13"), "bogus on;");
    expect(bad.cached).toEqual(bad.plain);
    expect(bad.cached).not.toEqual(plain.cached);
  });

  it("keeps the shared configuration as parsed while two containers serve from it", () => {
    const pulled = pullImage("nginx:1.27");
    if (!pulled.ok) throw new Error(pulled.message);
    const conf = [
      "upstream api { server 127.0.0.1:9000; }",
      "server {",
      "  listen 8080;",
      "  location / { root /usr/share/nginx/html; try_files $uri $uri/ /index.html; }",
      "  location /api/ { proxy_pass http://api/v1/; }",
      "  location = /moved { return 301 http://example.com/; }",
      "  location ~* \\.png$ { return 200 png; }",
      "}",
      "",
    ].join("\n");
    const containers = [0, 1].map(() => {
      const started = startContainer({ image: pulled.image, clock: new ManualClock(), volumes: [{ mountPath: "/etc/nginx/conf.d", dir: volumeFromFiles({ "app.conf": conf }), readOnly: true }] });
      if (!started.ok) throw new Error(started.message);
      return started.container;
    });
    const resolve = (host: string) => (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) ? host : host === "localhost" ? "127.0.0.1" : undefined);
    const shared = loadNginxConfigCached(containers[0].fs, "/etc/nginx/nginx.conf", resolve, "daemon off;");
    expect(shared.ok).toBe(true);
    const served = [];
    for (const c of containers) for (const path of ["/", "/missing", "/api/users", "/moved", "/a.PNG"]) served.push(c.httpGet(8080, path, { host: "localhost" }));
    expect(served.map((r) => (r.kind === "response" ? r.status : r.kind))).toEqual([200, 200, 502, 301, 200, 200, 200, 502, 301, 200]);
    expect(loadNginxConfigCached(containers[1].fs, "/etc/nginx/nginx.conf", resolve, "daemon off;")).toBe(shared);
    expect(shared).toEqual(loadNginxConfig(containers[1].fs, "/etc/nginx/nginx.conf", resolve, "daemon off;"));
  });
});
