// registry.k8s.io/e2e-test-images/agnhost: the e2e Swiss-army binary; we model
// its `netexec` (HTTP on --http-port, default 8080), `serve-hostname` (9376) and `pause`.
import { alpineFiles, userlandExecutables } from "./os-layers";
import type { ImageFamily } from "./types";

export const agnhostImages: ImageFamily = ["2.56", "2.53", "2.52", "2.47"].map((version) => ({
  repository: "registry.k8s.io/e2e-test-images/agnhost",
  tags: [version],
  version,
  config: { entrypoint: ["/agnhost"], cmd: null, workingDir: "/", env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], user: "", exposedPorts: ["80/tcp", "8080/tcp", "8081/tcp", "9376/tcp", "5000/tcp"] },
  userland: "busybox",
  files: alpineFiles("3.20.3"),
  executables: { ...userlandExecutables("busybox"), "/agnhost": "agnhost" },
}));
