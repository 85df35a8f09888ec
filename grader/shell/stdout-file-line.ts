// `kubectl … > FILE` without just-bash, in the one case where the shell's
// redirection cannot fail: FILE is a regular file or a new name in an existing
// directory under /root, /tmp or /opt (no link on the way). As just-bash does,
// the file is emptied before kubectl runs and gets its output after (the
// file's time is the clock's after the command), once runKubectlScript has
// counted it toward the output limit; any other case goes to the shell itself
// (kubectl-lines.test.ts compares both ways, file times included).
import { resolveAgainst, type ContainerFs } from "../runtime/vfs/container-fs";
import type { LineResult } from "./kubectl-lines";

/** Where the workstation's directories are writable ones (nothing mounted read-only under them). */
const writableRoots = ["/root", "/tmp", "/opt"];

/** Whether PATH is a file bash can surely open for writing; false leaves it to just-bash. */
function surelyWritable(fs: ContainerFs, path: string): boolean {
  if (!writableRoots.some((r) => path.startsWith(`${r}/`))) return false;
  const steps = path.split("/").filter(Boolean);
  let prefix = "";
  for (let i = 0; i < steps.length; i++) {
    prefix += `/${steps[i]}`;
    let stat;
    try {
      stat = fs.lstat(prefix);
    } catch {
      return i === steps.length - 1; // only the file itself may be missing: it is created
    }
    if (i < steps.length - 1 ? !stat.isDirectory : !stat.isFile) return false;
  }
  return true;
}

/**
 * Runs `run` with its standard output going to `file` (relative to /root), or
 * returns undefined without running anything when the shell has to do it.
 */
export async function runWithStdoutFile(fs: ContainerFs, file: string, run: () => Promise<LineResult>): Promise<LineResult | undefined> {
  const path = resolveAgainst("/root", file);
  if (!surelyWritable(fs, path)) return undefined;
  fs.writeFile(path, "");
  const result = await run();
  // Through UTF-8 bytes, as the shell's pipe to the file carries it.
  const toFile = { text: result.stdout, write: () => fs.writeFile(path, Buffer.from(result.stdout, "utf8").toString("utf8")) };
  return { stdout: "", stderr: result.stderr, exitCode: result.exitCode, toFile };
}
