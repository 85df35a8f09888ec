// httpd (docker-library): Apache 2.4 on Debian, and its Alpine variant.
import { alpineFiles, debianFiles, userlandExecutables } from "./os-layers";
import type { ImageFamily, ImageSpec } from "./types";

export const httpdIndexPage = "<html><body><h1>It works!</h1></body></html>\n";

function variant(tags: string[], alpine: boolean): ImageSpec {
  const base = alpine ? alpineFiles("3.22.2") : debianFiles("trixie");
  return {
    repository: "docker.io/library/httpd",
    tags,
    version: "2.4.65",
    config: {
      entrypoint: null,
      cmd: ["httpd-foreground"],
      workingDir: "/usr/local/apache2",
      env: ["PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HTTPD_PREFIX=/usr/local/apache2", "HTTPD_VERSION=2.4.65"],
      user: "",
      exposedPorts: ["80/tcp"],
    },
    userland: alpine ? "busybox" : "gnu",
    files: {
      ...base,
      "/usr/local/apache2/htdocs/index.html": httpdIndexPage,
      "/usr/local/apache2/conf/httpd.conf": "ServerRoot \"/usr/local/apache2\"\nListen 80\nUser www-data\nGroup www-data\nDocumentRoot \"/usr/local/apache2/htdocs\"\n",
    },
    executables: {
      ...userlandExecutables(alpine ? "busybox" : "gnu"),
      "/usr/local/bin/httpd-foreground": "httpd",
      "/usr/local/apache2/bin/httpd-foreground": "httpd",
      "/usr/local/apache2/bin/httpd": "httpd",
    },
  };
}

export const httpdImages: ImageFamily = [
  variant(["latest", "2", "2.4", "2.4.65"], false),
  variant(["alpine", "2-alpine", "2.4-alpine", "2.4.65-alpine"], true),
];
