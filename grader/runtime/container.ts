// A running container: its program driven by the virtual clock, its files,
// logs, memory, sockets, and `exec` into it.
import type { RuntimeClock, TimerId } from "./clock";
import type { ImageSpec } from "./images/types";
import { LogSink, type LogStream } from "./log-sink";
import type { HttpResponse, Listener, ProgramContext, ProgramRun, Suspend } from "./programs/program";
import { gracefulPrograms, programs } from "./programs/registry";
import { runUserlandCommand } from "./programs/shell";
import { shellActivityOf } from "./shell-activity";
import { processGroups, userName } from "./userland/users";
import type { ProcessUser } from "./userland/context";
import { buildContainerFs, makeRootReadOnly, type VolumeMount } from "./container-fs-builder";
import type { ContainerFs } from "./vfs/container-fs";
import { resolveProgramName } from "./programs/resolve-program";
import type { ContainerNetwork } from "./programs/network-tools";

export interface StartContainerOptions {
  image: ImageSpec;
  /** Pod spec `command` (replaces the image ENTRYPOINT) and `args` (replace CMD). */
  command?: string[];
  args?: string[];
  /** Container env, already resolved (value, configMapKeyRef…): overrides the image env. */
  env?: Record<string, string>;
  workingDir?: string;
  /** securityContext runAsUser / runAsGroup / supplementalGroups (+ fsGroup). */
  user?: { uid?: number; gid?: number; supplementalGroups?: number[] };
  hostname?: string;
  volumes?: VolumeMount[];
  clock: RuntimeClock;
  memoryLimitBytes?: number;
  /** securityContext.readOnlyRootFilesystem: writes outside volumes fail with EROFS. */
  readOnlyRootFilesystem?: boolean;
  /** Tests only: run shell scripts on this path even when the other could. */
  shellPath?: "fast" | "just-bash";
  /** The pod network wget, curl, nc and nslookup reach; without it they find no host (grader/network's containerNetworkFor). */
  network?: ContainerNetwork;
}

export type TerminationReason = "Completed" | "Error" | "OOMKilled";

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The runtime could not start the command (not found, container not running). */
  error?: string;
}

export type HttpResult = { kind: "refused" } | { kind: "not-http" } | ({ kind: "response" } & HttpResponse);

export interface HttpGetOptions {
  method?: string;
  clientIp?: string;
  userAgent?: string;
  /** The Host header the client sends. */
  host?: string;
}

export type StartContainerResult =
  | { ok: true; container: ContainerProcess }
  /** containerd's StartError: the kubelet shows it with exit code 128. */
  | { ok: false; exitCode: 128; message: string };

const notFoundMessage = (name: string) => `exec: "${name}": executable file not found in $PATH`;

function imageUser(image: ImageSpec, fs: ContainerFs): { uid: number; gid: number } {
  if (!image.config.user) return { uid: 0, gid: 0 };
  const [u, g] = image.config.user.split(":");
  const passwd = fs.exists("/etc/passwd") ? fs.readFile("/etc/passwd").split("\n").map((l) => l.split(":")) : [];
  const entry = /^\d+$/.test(u) ? passwd.find((f) => f[2] === u) : passwd.find((f) => f[0] === u);
  const uid = /^\d+$/.test(u) ? Number(u) : Number(entry?.[2] ?? 0);
  const gid = g !== undefined ? Number(g) : Number(entry?.[3] ?? 0);
  return { uid, gid };
}

export class ContainerProcess {
  state: "running" | "exited" = "running";
  exitCode?: number;
  reason?: TerminationReason;
  /** CPU-bound forever (an endless loop without sleep): running, never exits. */
  busy = false;
  peakMemoryBytes = 0;
  memoryBytes = 0;
  readonly logs: LogSink;
  readonly listeners = new Map<number, Listener>();
  /** Which path ran the main shell script, if any. */
  shellPathTaken?: "fast" | "just-bash";
  private run: ProgramRun;
  private timers = new Set<TimerId>();
  private oomPending = false;
  private currentProgram = "";
  private exitCallbacks: Array<(p: ContainerProcess) => void> = [];
  /** argv[0] → image program, remembered: PATH lookups are the bulk of an exec probe's cost. */
  private resolved = new Map<string, string>();

  constructor(
    readonly options: StartContainerOptions,
    readonly fs: ContainerFs,
    readonly argv: string[],
    readonly env: Record<string, string>,
    readonly cwd: string,
    readonly user: ProcessUser,
  ) {
    const clock = options.clock;
    this.logs = new LogSink(() => clock.now());
    // The container's stdout/stderr as files: nginx logs through /dev/stdout symlinks; `echo > /proc/1/fd/1` logs too.
    for (const [path, stream] of [["/dev/stdout", "stdout"], ["/dev/stderr", "stderr"], ["/proc/1/fd/1", "stdout"], ["/proc/1/fd/2", "stderr"]] as const) {
      fs.mountNode(path, { kind: "device", mode: 0o620, mtimeMs: 0, write: (text) => this.logs.write(stream, text) });
    }
    this.run = this.spawn(argv, (stream, text) => this.logs.write(stream, text), "main");
    this.step(undefined);
  }

  private get clock(): RuntimeClock {
    return this.options.clock;
  }

  /** The generator of argv inside this container; write is where its output goes. */
  private spawn(argv: string[], write: (s: LogStream, t: string) => void, session: "main" | "exec"): ProgramRun {
    const ctx: ProgramContext = {
      argv,
      env: this.env,
      cwd: this.cwd,
      fs: this.fs,
      user: this.user,
      image: this.options.image,
      userland: this.options.image.userland,
      hostname: this.options.hostname ?? "pod",
      now: () => this.clock.now(),
      write,
      listen: (port, listener) => {
        if (session === "main") this.listeners.set(port, listener);
      },
      setMemory: (bytes) => {
        if (session !== "main") return;
        this.memoryBytes = bytes;
        this.peakMemoryBytes = Math.max(this.peakMemoryBytes, bytes);
        if (this.options.memoryLimitBytes !== undefined && bytes > this.options.memoryLimitBytes) this.oomPending = true;
      },
      execArgv: (next) => this.programRun(next, ctx, session),
      virtualSleep: (ms) => this.virtualSleep(ms),
      shellPath: this.options.shellPath,
      network: this.options.network,
      onShellPath: (path) => {
        if (session === "main") this.shellPathTaken = path;
      },
      session,
    };
    return this.programRun(argv, ctx, session);
  }

  private *programRun(argv: string[], parent: ProgramContext, session: "main" | "exec"): ProgramRun {
    const ctx = { ...parent, argv };
    if (argv.length === 0) return 0;
    const name = this.resolve(argv[0]);
    if (name === undefined) {
      // After start, a missing command is the shell's "not found" (127).
      ctx.write("stderr", this.options.image.userland === "gnu" ? `sh: 1: ${argv[0]}: not found\n` : `sh: ${argv[0]}: not found\n`);
      return 127;
    }
    if (session === "main") this.currentProgram = name;
    if (name.startsWith("script:")) return yield* programs["shell:sh"]({ ...ctx, argv: ["sh", name.slice(7), ...argv.slice(1)] });
    if (name === "shell:busybox") return yield* this.programRun(argv.slice(1), ctx, session);
    const program = programs[name];
    if (program) return yield* program(ctx);
    return yield* runUserlandCommand(name.replace(/^shell:/, ""), ctx);
  }

  private resolve(argv0: string): string | undefined {
    const cached = this.resolved.get(argv0);
    if (cached !== undefined && !cached.startsWith("script:")) return cached;
    const name = resolveProgramName(argv0, this.options.image, this.fs, this.env, this.cwd);
    if (name !== undefined) this.resolved.set(argv0, name);
    return name;
  }

  private virtualSleep(ms: number): Promise<void> {
    const activity = shellActivityOf(this.clock);
    activity.end();
    return new Promise((resolve) => {
      const id = this.clock.schedule(this.clock.now() + ms, () => {
        this.timers.delete(id);
        if (this.state !== "running") return;
        activity.begin();
        resolve();
      });
      this.timers.add(id);
    });
  }

  private step(input: unknown): void {
    if (this.state !== "running") return;
    let result: IteratorResult<Suspend, number>;
    try {
      result = this.run.next(input);
    } catch (e) {
      this.logs.write("stderr", `${String(e)}\n`);
      this.finish(1, "Error");
      return;
    }
    if (this.oomPending) {
      this.finish(137, "OOMKilled");
      return;
    }
    if (result.done) {
      this.finish(result.value, result.value === 0 ? "Completed" : "Error");
      return;
    }
    const suspend = result.value;
    if (suspend.kind === "sleep") {
      const id = this.clock.schedule(this.clock.now() + suspend.ms, () => {
        this.timers.delete(id);
        this.step(undefined);
      });
      this.timers.add(id);
    } else if (suspend.kind === "busy") {
      this.busy = true;
    } else if (suspend.kind === "await") {
      const activity = shellActivityOf(this.clock);
      activity.begin();
      suspend.promise.then(
        (value) => {
          this.step(value);
          activity.end();
        },
        (e: unknown) => {
          if (this.state === "running") {
            this.logs.write("stderr", `${String(e)}\n`);
            this.finish(1, "Error");
          }
          activity.end();
        },
      );
    }
    // "forever": nothing to schedule; only a signal ends it.
  }

  private finish(exitCode: number, reason: TerminationReason): void {
    if (this.state !== "running") return;
    this.logs.flush();
    this.state = "exited";
    this.exitCode = exitCode;
    this.reason = reason;
    this.listeners.clear();
    for (const id of this.timers) this.clock.cancel(id);
    this.timers.clear();
    for (const cb of this.exitCallbacks) cb(this);
  }

  onExit(callback: (p: ContainerProcess) => void): void {
    this.exitCallbacks.push(callback);
  }

  /** SIGTERM: servers with a handler exit 0; PID 1 without one ignores it. SIGKILL: exit 137. Returns whether it exited. */
  signal(signal: "SIGTERM" | "SIGKILL"): boolean {
    if (this.state !== "running") return true;
    if (signal === "SIGKILL") this.finish(137, "Error");
    else if (gracefulPrograms.has(this.currentProgram)) this.finish(0, "Completed");
    return (this.state as string) === "exited";
  }

  listens(port: number): boolean {
    return this.state === "running" && this.listeners.has(port);
  }

  tcpConnect(port: number): boolean {
    return this.listens(port);
  }

  httpGet(port: number, path: string, options: HttpGetOptions = {}): HttpResult {
    const listener = this.state === "running" ? this.listeners.get(port) : undefined;
    if (!listener) return { kind: "refused" };
    if (listener.tcpOnly) return { kind: "not-http" };
    const res = listener.http({ path, method: options.method ?? "GET", clientIp: options.clientIp ?? "10.244.0.1", userAgent: options.userAgent ?? "kube-probe/1.34", ...(options.host !== undefined ? { host: options.host } : {}) });
    return { kind: "response", ...res };
  }

  /**
   * Runs argv in the container (kubectl exec, exec probes). Returns the result at
   * once when the command needs no virtual time, else a promise settled by the clock.
   */
  exec(argv: string[]): ExecResult | Promise<ExecResult> {
    if (this.state !== "running") return { stdout: "", stderr: "", exitCode: 126, error: "container is not created or running" };
    if (argv.length === 0 || this.resolve(argv[0]) === undefined) {
      const message = `OCI runtime exec failed: exec failed: unable to start container process: ${notFoundMessage(argv[0] ?? "")}: unknown`;
      return { stdout: "", stderr: "", exitCode: 126, error: message };
    }
    let stdout = "";
    let stderr = "";
    const run = this.spawn(argv, (stream, text) => (stream === "stdout" ? (stdout += text) : (stderr += text)), "exec");
    const first = run.next();
    if (first.done) return { stdout, stderr, exitCode: first.value };
    return new Promise<ExecResult>((resolve) => {
      const activity = shellActivityOf(this.clock);
      const drive = (step: IteratorResult<Suspend, number>) => {
        if (step.done) return resolve({ stdout, stderr, exitCode: step.value });
        const s = step.value;
        if (s.kind === "sleep") this.clock.schedule(this.clock.now() + s.ms, () => drive(run.next()));
        else if (s.kind === "await") {
          activity.begin();
          s.promise.then((v) => {
            drive(run.next(v));
            activity.end();
          });
        }
        // forever / busy: the session never returns (kubectl exec would hang until its timeout).
      };
      drive(first);
    });
  }
}

/** Starts a container: effective argv (ENTRYPOINT/CMD vs command/args), env, user, files. */
export function startContainer(options: StartContainerOptions): StartContainerResult {
  const { image } = options;
  const fs = buildContainerFs(image, options.volumes ?? [], () => options.clock.now());
  const entrypoint = options.command ?? image.config.entrypoint ?? [];
  const cmd = options.args ?? (options.command ? [] : (image.config.cmd ?? []));
  const argv = [...entrypoint, ...cmd];
  const env: Record<string, string> = {};
  for (const kv of image.config.env) {
    const i = kv.indexOf("=");
    env[kv.slice(0, i)] = kv.slice(i + 1);
  }
  env.HOSTNAME = options.hostname ?? "pod";
  Object.assign(env, options.env ?? {});
  const base = imageUser(image, fs);
  const uid = options.user?.uid ?? base.uid;
  const gid = options.user?.gid ?? (options.user?.uid !== undefined && options.user.uid !== base.uid ? 0 : base.gid);
  if (env.HOME === undefined) env.HOME = uid === 0 ? "/root" : (userName(fs, uid) ? "/" : "/");
  const user: ProcessUser = { uid, gid, groups: processGroups(fs, uid, gid, options.user?.supplementalGroups) };
  const cwd = options.workingDir ?? (image.config.workingDir || "/");
  if (!fs.exists(cwd)) fs.mkdir(cwd, true);
  if (options.readOnlyRootFilesystem) makeRootReadOnly(fs, options.volumes ?? []);
  if (argv.length === 0) {
    return { ok: false, exitCode: 128, message: "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: no command specified: unknown" };
  }
  if (resolveProgramName(argv[0], image, fs, env, cwd) === undefined) {
    return {
      ok: false,
      exitCode: 128,
      message: `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${notFoundMessage(argv[0])}: unknown`,
    };
  }
  return { ok: true, container: new ContainerProcess(options, fs, argv, env, cwd, user) };
}
