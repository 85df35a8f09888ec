// nginx (docker-library): Debian-based mainline/stable and Alpine variants.
// Tags modelled: latest/mainline/1/1.29/1.29.3, stable/1.28/1.28.0, 1.27/1.27.5,
// 1.25/1.25.5, and the -alpine form of each (alpine, mainline-alpine, stable-alpine).
import { alpineFiles, debianFiles, userlandExecutables } from "./os-layers";
import type { ImageFamily, ImageFile, ImageSpec } from "./types";

export const nginxWelcomePage = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const nginxConf = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

/** The packaged /etc/nginx/conf.d/default.conf before the entrypoint adds its IPv6 listen. */
export const packagedDefaultConf = `server {
    listen       80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }

    # proxy the PHP scripts to Apache listening on 127.0.0.1:80
    #
    #location ~ \\.php$ {
    #    proxy_pass   http://127.0.0.1;
    #}

    # pass the PHP scripts to FastCGI server listening on 127.0.0.1:9000
    #
    #location ~ \\.php$ {
    #    root           html;
    #    fastcgi_pass   127.0.0.1:9000;
    #    fastcgi_index  index.php;
    #    fastcgi_param  SCRIPT_FILENAME  /scripts$fastcgi_script_name;
    #    include        fastcgi_params;
    #}

    # deny access to .htaccess files, if Apache's document root
    # concurs with nginx's one
    #
    #location ~ /\\.ht {
    #    deny  all;
    #}
}

`;


const errorPage = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

function nginxFiles(): Record<string, ImageFile> {
  return {
    "/etc/nginx/nginx.conf": nginxConf,
    "/etc/nginx/conf.d/default.conf": packagedDefaultConf,
    "/etc/nginx/mime.types": "types {\n    text/html                                        html htm shtml;\n    text/css                                         css;\n    application/json                                 json;\n}\n",
    "/usr/share/nginx/html/index.html": nginxWelcomePage,
    "/usr/share/nginx/html/50x.html": errorPage,
    "/var/log/nginx/access.log": { symlink: "/dev/stdout" },
    "/var/log/nginx/error.log": { symlink: "/dev/stderr" },
    "/var/cache/nginx/.keep": "",
    "/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh": { content: "#!/bin/sh\n", mode: 0o775 },
    "/docker-entrypoint.d/15-local-resolvers.envsh": { content: "#!/bin/sh\n", mode: 0o775 },
    "/docker-entrypoint.d/20-envsubst-on-templates.sh": { content: "#!/bin/sh\n", mode: 0o775 },
    "/docker-entrypoint.d/30-tune-worker-processes.sh": { content: "#!/bin/sh\n", mode: 0o775 },
  };
}

interface NginxRelease {
  version: string;
  tags: string[];
  debian: "bookworm" | "trixie";
  alpine: string;
}

const releases: NginxRelease[] = [
  { version: "1.29.3", tags: ["latest", "mainline", "1", "1.29", "1.29.3"], debian: "trixie", alpine: "3.22.2" },
  { version: "1.28.0", tags: ["stable", "1.28", "1.28.0"], debian: "bookworm", alpine: "3.21.3" },
  { version: "1.27.5", tags: ["1.27", "1.27.5"], debian: "bookworm", alpine: "3.21.3" },
  { version: "1.25.5", tags: ["1.25", "1.25.5"], debian: "bookworm", alpine: "3.19.1" },
];

function config(version: string) {
  return {
    entrypoint: ["/docker-entrypoint.sh"],
    cmd: ["nginx", "-g", "daemon off;"],
    workingDir: "/",
    env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", `NGINX_VERSION=${version}`],
    user: "",
    exposedPorts: ["80/tcp"],
  };
}

// Both variants install curl (the Debian Dockerfile's `apt-get install ... gettext-base curl`, the Alpine one's `apk add --no-cache curl ca-certificates`).
const executables = { "/docker-entrypoint.sh": "nginx-entrypoint", "/usr/sbin/nginx": "nginx", "/usr/bin/curl": "curl" };

function debianVariant(r: NginxRelease): ImageSpec {
  return {
    repository: "docker.io/library/nginx",
    tags: r.tags,
    version: r.version,
    config: config(r.version),
    userland: "gnu",
    files: { ...debianFiles(r.debian, "nginx:x:101:101:nginx user:/nonexistent:/bin/false\n", "nginx:x:101:\n"), ...nginxFiles() },
    executables: { ...userlandExecutables("gnu"), ...executables },
  };
}

function alpineVariant(r: NginxRelease): ImageSpec {
  const tags = r.tags.map((t) => (t === "latest" ? "alpine" : `${t}-alpine`));
  return {
    repository: "docker.io/library/nginx",
    tags,
    version: r.version,
    config: config(r.version),
    userland: "busybox",
    files: { ...alpineFiles(r.alpine, "nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n", "nginx:x:101:nginx\n"), ...nginxFiles() },
    executables: { ...userlandExecutables("busybox"), ...executables },
  };
}

export const nginxImages: ImageFamily = [...releases.map(debianVariant), ...releases.map(alpineVariant)];
