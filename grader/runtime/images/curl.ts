// curlimages/curl: Alpine, runs as curl_user (100:101), ENTRYPOINT the entrypoint script, CMD curl.
import { alpineFiles, userlandExecutables } from "./os-layers";
import type { ImageFamily, ImageSpec } from "./types";

function variant(version: string, tags: string[]): ImageSpec {
  return {
    repository: "docker.io/curlimages/curl",
    tags,
    version,
    config: {
      entrypoint: ["/entrypoint.sh"],
      cmd: ["curl"],
      workingDir: "/home/curl_user",
      env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "CURL_CA_BUNDLE=/cacert.pem", `CURL_VERSION=${version}`],
      user: "curl_user",
      exposedPorts: [],
    },
    userland: "busybox",
    files: { ...alpineFiles("3.22.2", "curl_user:x:100:101:Linux User,,,:/home/curl_user:/sbin/nologin\n", "curl_group:x:101:curl_user\n"), "/home/curl_user/.keep": "" },
    executables: { ...userlandExecutables("busybox"), "/entrypoint.sh": "exec-args", "/usr/bin/curl": "curl" },
  };
}

export const curlImages: ImageFamily = [variant("8.17.0", ["latest", "8.17.0"]), variant("8.16.0", ["8.16.0"]), variant("8.11.1", ["8.11.1"])];
