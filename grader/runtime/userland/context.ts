// What a command sees when it runs inside a container: the container's files,
// env, working directory, identity and the virtual time.
import type { ContainerFs } from "../vfs/container-fs";

/** Which coreutils answer: their error wording differs ("can't open" vs "cannot open"). */
export type UserlandKind = "busybox" | "gnu";

export interface ProcessUser {
  uid: number;
  gid: number;
  /** Every group the process is in, primary included (the kernel keeps them sorted). */
  groups: number[];
}

export interface CommandContext {
  fs: ContainerFs;
  cwd: string;
  env: Record<string, string>;
  stdin: string;
  user: ProcessUser;
  userland: UserlandKind;
  hostname: string;
  now(): number;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** A command that completes at once (no virtual time passes). */
export type SyncCommand = (args: string[], ctx: CommandContext) => CommandResult;

export const ok = (stdout = ""): CommandResult => ({ stdout, stderr: "", exitCode: 0 });
