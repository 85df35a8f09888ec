// mysql (docker-library, Oracle Linux 9 based): the entrypoint needs one of the
// MYSQL_*PASSWORD variables to initialise.
import { userlandExecutables } from "./os-layers";
import type { ImageFamily, ImageSpec } from "./types";

function variant(version: string, tags: string[]): ImageSpec {
  return {
    repository: "docker.io/library/mysql",
    tags,
    version,
    config: {
      entrypoint: ["docker-entrypoint.sh"],
      cmd: ["mysqld"],
      workingDir: "/",
      env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "GOSU_VERSION=1.19", `MYSQL_MAJOR=${version.split(".").slice(0, 2).join(".")}`, `MYSQL_VERSION=${version}-1.el9`, "MYSQL_SHELL_VERSION=" + version + "-1.el9"],
      user: "",
      exposedPorts: ["3306/tcp", "33060/tcp"],
    },
    userland: "gnu",
    files: {
      "/etc/os-release": 'NAME="Oracle Linux Server"\nVERSION="9.6"\nID="ol"\nVERSION_ID="9.6"\nPRETTY_NAME="Oracle Linux Server 9.6"\n',
      "/etc/passwd": "root:x:0:0:root:/root:/bin/bash\nmysql:x:999:999::/var/lib/mysql:/bin/bash\nnobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin\n",
      "/etc/group": "root:x:0:\nmysql:x:999:\nnobody:x:65534:\n",
      "/etc/my.cnf": "[mysqld]\nhost-cache-size=0\nskip-name-resolve\ndatadir=/var/lib/mysql\nsocket=/var/run/mysqld/mysqld.sock\n",
      "/var/lib/mysql/.keep": "",
      "/tmp/.keep": "",
    },
    executables: { ...userlandExecutables("gnu"), "/usr/local/bin/docker-entrypoint.sh": "mysql-entrypoint", "/usr/sbin/mysqld": "mysqld" },
  };
}

export const mysqlImages: ImageFamily = [
  variant("9.5.0", ["latest", "9", "9.5", "9.5.0", "innovation", "oracle"]),
  variant("8.4.7", ["8.4", "8.4.7", "lts", "8"]),
  variant("8.0.44", ["8.0", "8.0.44"]),
];
