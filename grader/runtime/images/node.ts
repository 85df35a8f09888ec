// node (docker-library): ENTRYPOINT docker-entrypoint.sh, CMD node (a REPL that exits without a TTY).
import { alpineFiles, debianFiles, userlandExecutables } from "./os-layers";
import type { ImageFamily, ImageSpec } from "./types";

function variant(version: string, tags: string[], alpine: boolean): ImageSpec {
  return {
    repository: "docker.io/library/node",
    tags,
    version,
    config: {
      entrypoint: ["docker-entrypoint.sh"],
      cmd: ["node"],
      workingDir: "/",
      env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", `NODE_VERSION=${version}`, "YARN_VERSION=1.22.22"],
      user: "",
      exposedPorts: [],
    },
    userland: alpine ? "busybox" : "gnu",
    files: alpine ? alpineFiles("3.22.2", "node:x:1000:1000::/home/node:/bin/sh\n", "node:x:1000:node\n") : debianFiles("bookworm", "node:x:1000:1000::/home/node:/bin/bash\n", "node:x:1000:\n"),
    executables: { ...userlandExecutables(alpine ? "busybox" : "gnu"), "/usr/local/bin/docker-entrypoint.sh": "node-entrypoint", "/usr/local/bin/node": "node" },
  };
}

export const nodeImages: ImageFamily = [
  variant("25.1.0", ["latest", "current", "25", "25.1", "25.1.0"], false),
  variant("24.11.0", ["lts", "24", "24.11", "24.11.0", "lts-slim", "24-slim"], false),
  variant("22.21.1", ["22", "22.21", "22.21.1", "22-slim"], false),
  variant("20.19.5", ["20", "20.19", "20.19.5", "20-slim"], false),
  variant("25.1.0", ["alpine", "current-alpine", "25-alpine"], true),
  variant("24.11.0", ["lts-alpine", "24-alpine"], true),
  variant("22.21.1", ["22-alpine"], true),
  variant("20.19.5", ["20-alpine"], true),
];
