// python (docker-library): CMD python3, a Debian, slim or Alpine base.
import { alpineFiles, debianFiles, userlandExecutables } from "./os-layers";
import type { ImageFamily, ImageSpec } from "./types";

function variant(version: string, tags: string[], base: "debian" | "alpine"): ImageSpec {
  const alpine = base === "alpine";
  return {
    repository: "docker.io/library/python",
    tags,
    version,
    config: {
      entrypoint: null,
      cmd: ["python3"],
      workingDir: "/",
      env: ["PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8", `PYTHON_VERSION=${version}`],
      user: "",
      exposedPorts: [],
    },
    userland: alpine ? "busybox" : "gnu",
    files: alpine ? alpineFiles("3.22.2") : debianFiles("trixie"),
    executables: { ...userlandExecutables(alpine ? "busybox" : "gnu"), "/usr/local/bin/python3": "python", "/usr/local/bin/python": "python" },
  };
}

export const pythonImages: ImageFamily = [
  variant("3.14.0", ["latest", "3", "3.14", "3.14.0", "3.14-slim", "slim"], "debian"),
  variant("3.13.9", ["3.13", "3.13.9", "3.13-slim"], "debian"),
  variant("3.12.12", ["3.12", "3.12.12", "3.12-slim"], "debian"),
  variant("3.11.14", ["3.11", "3.11-slim"], "debian"),
  variant("3.14.0", ["alpine", "3-alpine", "3.14-alpine"], "alpine"),
  variant("3.13.9", ["3.13-alpine"], "alpine"),
  variant("3.12.12", ["3.12-alpine"], "alpine"),
];
