// A program is what runs in a container: a generator that does its work
// synchronously and yields when it waits for virtual time (or forever).
import type { ImageSpec } from "../images/types";
import type { LogStream } from "../log-sink";
import type { ContainerNetwork } from "./network-tools";
import type { ProcessUser, UserlandKind } from "../userland/context";
import type { ContainerFs } from "../vfs/container-fs";

export type Suspend =
  | { kind: "sleep"; ms: number }
  /** Blocks until killed: a server, `sleep infinity`, `tail -f` between polls is a sleep. */
  | { kind: "forever" }
  /** CPU-bound without end (an endless loop without sleep): never exits, costs nothing more. */
  | { kind: "busy" }
  /** Waits for asynchronous work (a just-bash run); the driver resumes with its result. */
  | { kind: "await"; promise: Promise<unknown> };

export type ProgramRun = Generator<Suspend, number, unknown>;

export interface HttpResponse {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export interface HttpRequest {
  path: string;
  method: string;
  clientIp: string;
  userAgent: string;
  /** The Host header, when the client sends one (wget, curl, a proxy). */
  host?: string;
}

/** What a listening socket answers: raw TCP only, or HTTP. */
export type Listener = { tcpOnly: true } | { tcpOnly: false; http(req: HttpRequest): HttpResponse };

export interface ProgramContext {
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  fs: ContainerFs;
  user: ProcessUser;
  image: ImageSpec;
  userland: UserlandKind | "none";
  hostname: string;
  now(): number;
  write(stream: LogStream, text: string): void;
  listen(port: number, listener: Listener): void;
  /** Resident memory the process now holds (drives OOMKilled against the limit). */
  setMemory(bytes: number): void;
  /** Runs another argv in this process (exec "$@"), as entrypoint scripts do. */
  execArgv(argv: string[]): ProgramRun;
  /** A promise that resolves after ms of virtual time (just-bash's sleep). */
  virtualSleep(ms: number): Promise<void>;
  /** Forces the shell path (tests comparing the two paths); reports the path taken. */
  shellPath?: "fast" | "just-bash";
  /** The pod network for wget, curl, nc and nslookup; absent, they reach nothing. */
  network?: ContainerNetwork;
  /** The container's main process, or a `kubectl exec` / exec-probe session. */
  session: "main" | "exec";
  onShellPath?: (path: "fast" | "just-bash") => void;
}

export type Program = (ctx: ProgramContext) => ProgramRun;
