// alpine (docker-library): musl + busybox, CMD /bin/sh.
import { alpineFiles, userlandExecutables } from "./os-layers";
import type { ImageFamily, ImageSpec } from "./types";

function variant(version: string, tags: string[]): ImageSpec {
  return {
    repository: "docker.io/library/alpine",
    tags,
    version,
    config: { entrypoint: null, cmd: ["/bin/sh"], workingDir: "/", env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], user: "", exposedPorts: [] },
    userland: "busybox",
    files: alpineFiles(version),
    executables: userlandExecutables("busybox"),
  };
}

export const alpineImages: ImageFamily = [
  variant("3.22.2", ["latest", "3", "3.22", "3.22.2"]),
  variant("3.21.5", ["3.21", "3.21.5"]),
  variant("3.20.8", ["3.20", "3.20.8"]),
  variant("3.19.9", ["3.19", "3.19.9"]),
];
