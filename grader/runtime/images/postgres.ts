// postgres (docker-library): the entrypoint refuses to initialise without POSTGRES_PASSWORD.
import { alpineFiles, debianFiles, userlandExecutables } from "./os-layers";
import type { ImageFamily, ImageSpec } from "./types";

function variant(version: string, tags: string[], alpine: boolean): ImageSpec {
  const major = version.split(".")[0];
  return {
    repository: "docker.io/library/postgres",
    tags,
    version,
    config: {
      entrypoint: ["docker-entrypoint.sh"],
      cmd: ["postgres"],
      workingDir: "/",
      env: [`PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/${major}/bin`, "GOSU_VERSION=1.19", "LANG=en_US.utf8", `PG_MAJOR=${major}`, `PG_VERSION=${version}`, major === "18" ? "PGDATA=/var/lib/postgresql/18/docker" : "PGDATA=/var/lib/postgresql/data"],
      user: "",
      exposedPorts: ["5432/tcp"],
    },
    userland: alpine ? "busybox" : "gnu",
    files: alpine ? alpineFiles("3.22.2", "postgres:x:70:70:Linux User,,,:/var/lib/postgresql:/bin/sh\n", "postgres:x:70:\n") : debianFiles("trixie", "postgres:x:999:999::/var/lib/postgresql:/bin/bash\n", "postgres:x:999:\n"),
    executables: { ...userlandExecutables(alpine ? "busybox" : "gnu"), "/usr/local/bin/docker-entrypoint.sh": "postgres-entrypoint", [`/usr/lib/postgresql/${major}/bin/postgres`]: "postgres" },
  };
}

export const postgresImages: ImageFamily = [
  variant("18.1", ["latest", "18", "18.1"], false),
  variant("17.7", ["17", "17.7"], false),
  variant("16.11", ["16", "16.11"], false),
  variant("15.15", ["15", "15.15"], false),
  variant("18.1", ["alpine", "18-alpine"], true),
  variant("17.7", ["17-alpine"], true),
  variant("16.11", ["16-alpine"], true),
];
