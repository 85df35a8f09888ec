// wget, curl, nc (as a client) and nslookup reach the pod network through the
// container's ContainerNetwork: the network computes the whole outcome at once
// and says how much virtual time it took, so both shells wait that long first.
import type { LogStream } from "../log-sink";
import type { ContainerFs } from "../vfs/container-fs";
import type { ProgramContext, ProgramRun } from "./program";
import { resolveProgramName } from "./resolve-program";

export interface NetworkToolResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Virtual time the tool takes before it prints and returns. */
  elapsedMs: number;
}

/** What an HTTP request a server makes (nginx's proxy_pass) got back. */
export type UpstreamResult =
  | { kind: "refused" }
  /** Dropped (a NetworkPolicy, no route): the connect times out. */
  | { kind: "timeout" }
  | { kind: "not-http" }
  | { kind: "response"; status: number; body: string; headers?: Record<string, string> };

/** The cluster network as one container sees it (bound to its pod by the kubelet). */
export interface ContainerNetwork {
  run(name: string, args: string[], cwd: string, fs: ContainerFs): NetworkToolResult;
  /** getaddrinfo(host) in the pod (/etc/hosts, then the cluster DNS): an IPv4 address, or undefined. */
  resolveHost?(host: string): string | undefined;
  /** An HTTP request from the pod to ip:port, through kube-proxy and NetworkPolicies. */
  httpRequest?(ip: string, port: number, path: string, options: { method: string; userAgent: string; host: string }): UpstreamResult;
}

export const networkToolNames: readonly string[] = ["wget", "curl", "nc", "nslookup"];

/** `nc -l` listens: the runtime models that server itself (fastpath/shell-commands netcatCommand). */
export function isNetcatListen(args: string[]): boolean {
  return args.some((a) => /^-[a-z]*l/.test(a));
}

/** Whether this argv is a network client call the container's network answers. */
export function isNetworkToolCall(name: string, args: string[]): boolean {
  return networkToolNames.includes(name) && !(name === "nc" && isNetcatListen(args));
}

/** The network tools this container can run: none without a network, else those its image ships on PATH. */
export function availableNetworkTools(ctx: ProgramContext): Set<string> {
  if (!ctx.network) return new Set();
  return new Set(networkToolNames.filter((name) => resolveProgramName(name, ctx.image, ctx.fs, ctx.env, ctx.cwd) !== undefined));
}

/** Runs a network tool on the fast path: waits its virtual time, then writes what it printed. */
export function* runNetworkTool(network: ContainerNetwork, name: string, args: string[], ctx: ProgramContext, write: (stream: LogStream, text: string) => void): ProgramRun {
  const result = network.run(name, args, ctx.cwd, ctx.fs);
  if (result.elapsedMs > 0) yield { kind: "sleep", ms: result.elapsedMs };
  if (result.stdout) write("stdout", result.stdout);
  if (result.stderr) write("stderr", result.stderr);
  return result.exitCode;
}
