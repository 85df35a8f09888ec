// One kubectl command on the workstation: runKubectl against the cluster with
// the workstation's files, stdin and kubeconfig, then the cluster lives one
// virtual second, so what the next command sees is what a person typing it
// would see. No just-bash here: `kubesim kubectl` starts without loading it.
import type { Cluster } from "../cluster/cluster";
import { runKubectl } from "../kubectl/run";
import { parseKubectlArgs } from "../kubectl/parse-args";
import { isUsageError } from "../kubectl/usage-error";
import type { KubectlIO, KubectlResult } from "../kubectl/commands/command";
import type { ContainerFs } from "../runtime/vfs/container-fs";
import { resolveAgainst } from "../runtime/vfs/container-fs";
import { runKubeconfigCommand, type KubeconfigState } from "./kubeconfig";
import { editorFromEnv, shellEditor, type EditHook, type ShellExec } from "./editor";

/** Virtual time that passes after each kubectl command. */
export const settleAfterCommandMs = 1000;

export interface KubectlCommandDeps {
  cluster: Cluster;
  fs: ContainerFs;
  kubeconfig: KubeconfigState;
  /** The front end's editor, used when the script sets neither KUBE_EDITOR nor EDITOR. */
  edit?: EditHook;
}

function errnoCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
}

/** KubectlIO.readFile: a missing path (host paths included) reads as kubectl reports a missing file. */
function readWorkstationFile(fs: ContainerFs, cwd: string, path: string): string {
  const absolute = resolveAgainst(cwd, path);
  try {
    return fs.readFile(absolute);
  } catch (e) {
    const code = errnoCode(e);
    // k8s.io/cli-runtime/pkg/resource/visitor.go (FileVisitorForSTDIN / ExpandPathsToFileVisitors).
    if (code === "ENOENT" || code === "ENOTDIR") throw new Error(`the path "${path}" does not exist`, { cause: e });
    if (code === "EISDIR") throw new Error(`read ${path}: is a directory`, { cause: e });
    throw e;
  }
}

function listWorkstationDir(fs: ContainerFs, cwd: string, path: string): string[] | undefined {
  const absolute = resolveAgainst(cwd, path);
  if (fs.node(absolute)?.kind !== "dir") return undefined;
  return fs.readdir(absolute).sort();
}

/** Where a kubectl command line runs: the shell's directory, environment and standard input. */
export interface KubectlShellContext {
  cwd: string;
  env: ReadonlyMap<string, string>;
  stdin: string;
  /** Runs the editor command line in the workstation shell. */
  exec?: ShellExec;
}

function editHookFor(deps: KubectlCommandDeps, ctx: KubectlShellContext): EditHook | undefined {
  const editor = editorFromEnv(ctx.env);
  const exec = ctx.exec;
  if (editor && exec) {
    const files = {
      write: (p: string, text: string) => deps.fs.writeFile(p, text),
      read: (p: string) => deps.fs.readFile(p),
      remove: (p: string) => deps.fs.rm(p, { force: true }),
    };
    return shellEditor(editor, files, exec);
  }
  return deps.edit;
}

/** Runs one kubectl command line (argv without "kubectl") for the workstation. */
export async function runWorkstationKubectl(argv: string[], deps: KubectlCommandDeps, ctx: KubectlShellContext): Promise<KubectlResult> {
  try {
    return await runOnce(argv, deps, ctx);
  } finally {
    await deps.cluster.settleAsync({ forMs: settleAfterCommandMs });
  }
}

function runOnce(argv: string[], deps: KubectlCommandDeps, ctx: KubectlShellContext): Promise<KubectlResult> {
  const parsed = parseKubectlArgs(argv);
  // Only the workstation can change its kubeconfig, so these run here even if a handler exists.
  if (!isUsageError(parsed) && !parsed.help) {
    const local = runKubeconfigCommand(parsed, deps.kubeconfig);
    if (local) return Promise.resolve(local);
  }
  const io: KubectlIO = {
    cluster: deps.cluster,
    namespace: deps.kubeconfig.namespace,
    kubeconfig: deps.kubeconfig,
    stdin: ctx.stdin,
    readFile: (path) => readWorkstationFile(deps.fs, ctx.cwd, path),
    listDir: (path) => listWorkstationDir(deps.fs, ctx.cwd, path),
    edit: editHookFor(deps, ctx),
  };
  return runKubectl(argv, io);
}
