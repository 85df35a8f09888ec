// `kubectl api-versions` (kubectl pkg/cmd/apiresources/apiversions.go): every
// group/version the server serves, sorted as Go's sort.Strings does.
import { apiVersionOf } from "../../apiserver/registry";
import type { CommandHandler } from "./command";
import { commandUsageError } from "../usage-error";

export const apiVersionsCommand: CommandHandler = (cmd, io) => {
  if (cmd.args.length > 0) {
    const u = commandUsageError(`unexpected arguments: [${cmd.args.join(" ")}]`, cmd.commandPath);
    return { stdout: "", stderr: u.stderr, exitCode: u.exitCode };
  }
  const versions = new Set<string>();
  for (const e of io.cluster.api.registry.entries()) for (const v of e.versions) versions.add(apiVersionOf(e.info.group, v));
  const sorted = [...versions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { stdout: sorted.map((v) => `${v}\n`).join(""), stderr: "", exitCode: 0 };
};
