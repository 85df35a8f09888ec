// polinux/stress: `stress` on Alpine; used in the Kubernetes memory-limit examples
// with command [stress] args [--vm, "1", --vm-bytes, 250M, --vm-hang, "1"].
import { alpineFiles, userlandExecutables } from "./os-layers";
import type { ImageFamily } from "./types";

export const stressImages: ImageFamily = [
  {
    repository: "docker.io/polinux/stress",
    tags: ["latest", "1.0.4"],
    version: "1.0.4",
    config: { entrypoint: null, cmd: ["stress", "--help"], workingDir: "/", env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], user: "", exposedPorts: [] },
    userland: "busybox",
    files: alpineFiles("3.7.0"),
    executables: { ...userlandExecutables("busybox"), "/usr/local/bin/stress": "stress", "/usr/bin/stress": "stress" },
  },
];
