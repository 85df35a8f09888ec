// registry.k8s.io/pause: the sandbox image; one static binary, no shell, runs as 65535.
import type { ImageFamily } from "./types";

export const pauseImages: ImageFamily = ["3.10.1", "3.10", "3.9"].map((version) => ({
  repository: "registry.k8s.io/pause",
  tags: [version],
  version,
  config: { entrypoint: ["/pause"], cmd: null, workingDir: "/", env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], user: "65535:65535", exposedPorts: [] },
  userland: "none",
  files: {},
  executables: { "/pause": "pause" },
}));
