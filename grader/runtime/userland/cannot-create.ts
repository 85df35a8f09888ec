// What a shell prints when a redirection cannot create its target
// (busybox ash: "can't create %s: %s" with ENOENT as "nonexistent directory";
// dash: "cannot create %s: %s" with ENOENT as "Directory nonexistent";
// bash: "%s: No such file or directory").
import type { FsError } from "../vfs/fs-error";
import { errnoText } from "./errno-text";

export type ShellKind = "ash" | "dash" | "bash";

export function cannotCreateMessage(shell: ShellKind, shellName: string, path: string, error: FsError): string {
  const missing = error.code === "ENOENT";
  switch (shell) {
    case "ash":
      return `${shellName}: can't create ${path}: ${missing ? "nonexistent directory" : errnoText(error)}\n`;
    case "dash":
      return `${shellName}: 1: cannot create ${path}: ${missing ? "Directory nonexistent" : errnoText(error)}\n`;
    case "bash":
      return `${shellName}: ${path}: ${errnoText(error)}\n`;
  }
}
