// busybox (docker-library): a single static binary, its applets as /bin/*, CMD sh.
import { busyboxFiles, userlandExecutables } from "./os-layers";
import type { ImageFamily, ImageSpec } from "./types";

function variant(version: string, tags: string[]): ImageSpec {
  return {
    repository: "docker.io/library/busybox",
    tags,
    version,
    config: { entrypoint: null, cmd: ["sh"], workingDir: "/", env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], user: "", exposedPorts: [] },
    userland: "busybox",
    files: busyboxFiles(),
    executables: { ...userlandExecutables("busybox"), "/bin/busybox": "shell:busybox" },
  };
}

export const busyboxImages: ImageFamily = [
  variant("1.37.0", ["latest", "stable", "1", "1.37", "1.37.0", "musl", "glibc", "uclibc"]),
  variant("1.36.1", ["1.36", "1.36.1"]),
  variant("1.35.0", ["1.35", "1.35.0"]),
  variant("1.28.4", ["1.28", "1.28.4"]),
];
