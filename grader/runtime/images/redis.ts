// redis (docker-library): runs as root through docker-entrypoint.sh, which drops to redis (999).
import { alpineFiles, debianFiles, userlandExecutables } from "./os-layers";
import type { ImageFamily, ImageSpec } from "./types";

function variant(version: string, tags: string[], alpine: boolean): ImageSpec {
  return {
    repository: "docker.io/library/redis",
    tags,
    version,
    config: {
      entrypoint: ["docker-entrypoint.sh"],
      cmd: ["redis-server"],
      workingDir: "/data",
      env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", `REDIS_VERSION=${version}`],
      user: "",
      exposedPorts: ["6379/tcp"],
    },
    userland: alpine ? "busybox" : "gnu",
    files: {
      ...(alpine ? alpineFiles("3.22.2", "redis:x:999:1000:Linux User,,,:/home/redis:/sbin/nologin\n", "redis:x:1000:redis\n") : debianFiles("bookworm", "redis:x:999:999::/home/redis:/bin/sh\n", "redis:x:999:\n")),
      "/data/.keep": "",
    },
    executables: { ...userlandExecutables(alpine ? "busybox" : "gnu"), "/usr/local/bin/docker-entrypoint.sh": "redis-entrypoint", "/usr/local/bin/redis-server": "redis-server", "/usr/local/bin/redis-cli": "redis-cli" },
  };
}

export const redisImages: ImageFamily = [
  variant("8.2.3", ["latest", "8", "8.2", "8.2.3"], false),
  variant("7.4.7", ["7", "7.4", "7.4.7"], false),
  variant("8.2.3", ["alpine", "8-alpine", "8.2-alpine"], true),
  variant("7.4.7", ["7-alpine", "7.4-alpine"], true),
];
