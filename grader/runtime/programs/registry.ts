// Program models by the name images give their executables (images/*.ts).
import type { Program } from "./program";
import { nginx, nginxEntrypoint } from "./nginx/program";
import { httpd, mysqlEntrypoint, mysqld, postgres, postgresEntrypoint, python, redisEntrypoint, redisServer } from "./servers";
import { shellProgram } from "./shell";
import { agnhost, curl, execArgs, node, nodeEntrypoint, pause, stress } from "./tools";

export const programs: Record<string, Program> = {
  "nginx-entrypoint": nginxEntrypoint,
  nginx,
  httpd,
  python,
  "redis-entrypoint": redisEntrypoint,
  "redis-server": redisServer,
  "mysql-entrypoint": mysqlEntrypoint,
  mysqld,
  "postgres-entrypoint": postgresEntrypoint,
  postgres,
  stress,
  pause,
  agnhost,
  node,
  "node-entrypoint": nodeEntrypoint,
  "exec-args": execArgs,
  curl,
  "shell:sh": shellProgram,
  "shell:ash": shellProgram,
  "shell:bash": shellProgram,
};

/** Programs with a SIGTERM (or image STOPSIGNAL) handler: they exit 0 when stopped. Others, as PID 1, ignore SIGTERM. */
export const gracefulPrograms = new Set(["nginx", "httpd", "redis-server", "postgres", "mysqld", "pause", "agnhost"]);
