// The candidate's workstation: a bash shell (just-bash) with kubectl, an
// in-memory filesystem with nothing from the host, and `sleep` on the
// cluster's virtual clock. Bounded: runaway loops, recursion and output end
// with just-bash's execution-limit error instead of hanging.
import type { Bash } from "just-bash";
import type { Cluster } from "../cluster/cluster";
import { ContainerFs } from "../runtime/vfs/container-fs";
import { FsError } from "../runtime/vfs/fs-error";
import { cloneTree, type DirNode } from "../runtime/vfs/nodes";
import { cannotCreateMessage } from "../runtime/userland/cannot-create";
import { buildWorkstationFs, snapshotWorkstationFs, type WorkstationFiles } from "./workstation-fs";
import { defaultKubeconfig, type KubeconfigState } from "./kubeconfig";
import { runWorkstationKubectl, type KubectlCommandDeps } from "./kubectl-session";
import type { EditHook } from "./editor";
import type { ExecutionLimits } from "./workstation-bash";
import type { KubectlLine } from "./kubectl-lines";
import { runMkdirParentsLine, runSleepLine, shellQuote } from "./shell-lines";
import { runWithStdoutFile } from "./stdout-file-line";

export interface WorkstationOptions {
  cluster: Cluster;
  /** Files to start with (a previous `files()` snapshot); the standard directories are always there. */
  files?: WorkstationFiles;
  /** Instead of `files`: a copy of this tree (a previous `tree()`), modification times included. */
  tree?: DirNode;
  kubeconfig?: KubeconfigState;
  /** The front end's editor for `kubectl edit` (a script may set KUBE_EDITOR/EDITOR instead). */
  edit?: EditHook;
  /** Overrides of the default bounds (workstationLimits). */
  limits?: ExecutionLimits;
  /** "just-bash" runs even plain kubectl scripts in the shell (tests comparing with the direct way, kubectl-lines.ts). */
  shellPath?: "fast" | "just-bash";
}

export interface WorkstationResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Bounds of one run(): generous for real scripts (a wait loop polling every
 * virtual second for an hour is 3,600 iterations; an exam transcript is a few
 * hundred commands), small enough that a runaway script ends within seconds —
 * just-bash costs ≈ 0.3–0.8 ms per command on a 2-core machine.
 */
export const workstationLimits: ExecutionLimits = {
  maxCallDepth: 100,
  maxLoopIterations: 5_000,
  maxCommandCount: 20_000,
  maxOutputSize: 16 * 1024 * 1024,
  maxFileSystemBytes: 256 * 1024 * 1024,
  maxExecutionTimeMs: 30_000,
};

const errnoText: Record<FsError["code"], string> = {
  ENOENT: "No such file or directory",
  EEXIST: "File exists",
  EISDIR: "Is a directory",
  ENOTDIR: "Not a directory",
  ENOTEMPTY: "Directory not empty",
  EROFS: "Read-only file system",
  ELOOP: "Too many levels of symbolic links",
  EINVAL: "Invalid argument",
};

/** bash's wording for a filesystem error that ended a script: "PATH: No such file or directory". */
function describeFailure(e: unknown): string {
  if (e instanceof FsError) return `${e.path}: ${errnoText[e.code]}`;
  return e instanceof Error ? e.message : String(e);
}

// Loaded once per process: an import() per workstation is a trip through the module loader each time.
let workstationBashModule: Promise<typeof import("./workstation-bash")> | undefined;
const loadWorkstationBash = () => (workstationBashModule ??= import("./workstation-bash"));
let kubectlLinesModule: Promise<typeof import("./kubectl-lines")> | undefined;
const loadKubectlLines = () => (kubectlLinesModule ??= import("./kubectl-lines"));

export class Workstation {
  readonly cluster: Cluster;
  readonly kubeconfig: KubeconfigState;
  private readonly fs: ContainerFs;
  private readonly deps: KubectlCommandDeps;
  private readonly limits: ExecutionLimits;
  private readonly shellPath: "fast" | "just-bash";
  private bash?: Promise<Bash>;
  /** What bash printed for redirections it could not open during the current run. */
  private readonly redirectErrors: string[] = [];

  constructor(opts: WorkstationOptions) {
    this.cluster = opts.cluster;
    this.kubeconfig = { ...(opts.kubeconfig ?? defaultKubeconfig()) };
    const now = () => this.cluster.clock.now();
    this.fs = opts.tree ? new ContainerFs(cloneTree(opts.tree), now) : buildWorkstationFs(opts.files ?? {}, now);
    this.deps = { cluster: this.cluster, fs: this.fs, kubeconfig: this.kubeconfig, edit: opts.edit };
    this.limits = { ...workstationLimits, ...opts.limits };
    this.shellPath = opts.shellPath ?? "fast";
  }

  private shell(): Promise<Bash> {
    this.bash ??= loadWorkstationBash().then(({ newWorkstationBash }) =>
      newWorkstationBash(this.cluster, this.fs, this.deps, this.limits, (path, error) => this.redirectErrors.push(cannotCreateMessage("bash", "bash", path, error))),
    );
    return this.bash;
  }

  /** Runs a bash script (a command line or a whole file) in /root with a fresh shell state; files persist. */
  async run(script: string, opts: { stdin?: string } = {}): Promise<WorkstationResult> {
    if (opts.stdin === undefined && this.shellPath === "fast") {
      const { parseKubectlScript, runKubectlScript } = await loadKubectlLines();
      const lines = parseKubectlScript(script);
      const maxOutputSize = this.limits.maxOutputSize;
      if (lines && maxOutputSize !== undefined) {
        const { workstationEnv } = await loadWorkstationBash();
        const env = new Map(Object.entries(workstationEnv));
        const runLine = async (line: KubectlLine): Promise<WorkstationResult> => {
          if (line.name === "sleep") return runSleepLine(this.cluster, line.args[0]);
          if (line.name === "mkdir") return runMkdirParentsLine(this.fs, line.args.slice(1)) ?? this.runInBash(["mkdir", ...line.args].map(shellQuote).join(" "));
          const kubectl = () => runWorkstationKubectl(line.args, this.deps, { cwd: "/root", env, stdin: line.stdin ?? "", exec: (l) => this.run(l) });
          if (line.stdoutFile === undefined) return kubectl();
          return (await runWithStdoutFile(this.fs, line.stdoutFile, kubectl)) ?? this.runLineInBash(`${[line.name, ...line.args].map(shellQuote).join(" ")} > ${shellQuote(line.stdoutFile)}`);
        };
        return runKubectlScript(lines, runLine, maxOutputSize);
      }
    }
    return this.runInBash(script, opts.stdin);
  }

  private async runInBash(script: string, stdin?: string): Promise<WorkstationResult> {
    const { leadingStderr, ...result } = await this.runLineInBash(script, stdin);
    return { ...result, stderr: leadingStderr + result.stderr };
  }

  /** runInBash() with the redirection failures apart: one line of a script whose other lines run directly. */
  private async runLineInBash(script: string, stdin?: string): Promise<WorkstationResult & { leadingStderr: string }> {
    const bash = await this.shell();
    try {
      this.redirectErrors.length = 0;
      const result = await bash.exec(script, { rawScript: true, stdin });
      // Out of band, so they come first: bash prints them when the redirection fails.
      return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode, leadingStderr: this.redirectErrors.join("") };
    } catch (e) {
      // just-bash lets a failed redirection write (`> /no/such/dir/f`) escape; the script ends there.
      return { stdout: "", stderr: `bash: ${describeFailure(e)}\n`, exitCode: 1, leadingStderr: "" };
    }
  }

  /**
   * Runs `kubectl ARGS...` as if typed in /root, the arguments taken as they are
   * (no shell parsing); `env` supplies KUBE_EDITOR/EDITOR for `kubectl edit`.
   */
  async kubectl(argv: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<WorkstationResult> {
    return runWorkstationKubectl(argv, this.deps, {
      cwd: "/root",
      env: new Map(Object.entries(opts.env ?? {})),
      stdin: opts.stdin ?? "",
      exec: (line) => this.run(line),
    });
  }

  /**
   * Writes `content` to `path` as `cat > PATH` fed it on stdin would (as UTF-8
   * text), without starting a shell. False when that write fails: the shell
   * then has to run it, for its message.
   */
  writeTextFile(path: string, content: string): boolean {
    try {
      this.fs.writeFile(path, Buffer.from(content, "utf8").toString("utf8"));
      return true;
    } catch {
      return false;
    }
  }

  /** The workstation's files, for persistence (restore with `new Workstation({ cluster, files })`). */
  files(): WorkstationFiles {
    return snapshotWorkstationFs(this.fs);
  }

  /** A copy of the whole tree as it is (times, modes, /dev/null), for `new Workstation({ cluster, tree })`. */
  tree(): DirNode {
    return cloneTree(this.fs.root);
  }
}
