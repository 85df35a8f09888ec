// The two shell commands that setups mix with kubectl lines, run without
// just-bash in the forms kubectl-lines.ts lets through: `sleep N` lets the
// cluster live N virtual seconds (just-bash's sleep, capped at an hour, bound to
// the clock as in workstation-bash.ts); `mkdir -p PATH...` creates directories
// where just-bash's mkdir would succeed silently, and hands any other case to
// the shell itself (kubectl-lines.test.ts compares both ways).
import type { Cluster } from "../cluster/cluster";
import { resolveAgainst, type ContainerFs } from "../runtime/vfs/container-fs";
import type { LineResult } from "./kubectl-lines";

/** just-bash's sleep waits at most an hour. */
const longestSleepMs = 60 * 60 * 1000;
const done: LineResult = { stdout: "", stderr: "", exitCode: 0 };

export async function runSleepLine(cluster: Cluster, seconds: string): Promise<LineResult> {
  await cluster.settleAsync({ forMs: Math.min(Number(seconds) * 1000, longestSleepMs) });
  return { ...done };
}

/** Where the workstation's directories are writable ones (nothing mounted read-only under them). */
const writableRoots = ["/root", "/tmp", "/opt"];

/** Whether `mkdir -p path` certainly succeeds: under a writable root, every existing step a directory (no link). */
function surelyCreatable(fs: ContainerFs, path: string): boolean {
  if (!writableRoots.some((r) => path === r || path.startsWith(`${r}/`))) return false;
  let prefix = "";
  for (const step of path.split("/").filter(Boolean)) {
    prefix += `/${step}`;
    let isDirectory: boolean;
    try {
      isDirectory = fs.lstat(prefix).isDirectory;
    } catch {
      return true; // the steps before are directories: this one and the rest are created
    }
    if (!isDirectory) return false;
  }
  return true;
}

/** `mkdir -p PATHS` in /root, or undefined when just-bash has to run it (it may fail, with its message). */
export function runMkdirParentsLine(fs: ContainerFs, paths: readonly string[]): LineResult | undefined {
  const resolved = paths.map((p) => resolveAgainst("/root", p));
  if (!resolved.every((p) => surelyCreatable(fs, p))) return undefined;
  for (const p of resolved) fs.mkdir(p, true);
  return { ...done };
}

/** A literal argument as a shell word (single quotes), to hand one line to just-bash. */
export function shellQuote(arg: string): string {
  return `'${arg.replaceAll("'", "'\\''")}'`;
}
