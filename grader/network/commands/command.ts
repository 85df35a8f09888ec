// A network tool run inside a container: it computes its whole outcome at once
// and says how much virtual time it took (a timeout costs the tool's timeout),
// so the runtime's fast path can sleep that long and just-bash can await it.
import { errnoText } from "../../runtime/userland/errno-text";
import type { ContainerFs } from "../../runtime/vfs/container-fs";
import type { ClusterNetwork, NetworkOrigin } from "../cluster-network";

export interface NetworkCommandContext {
  network: ClusterNetwork;
  origin: NetworkOrigin;
  /** The container's files (wget -O FILE, nslookup reads /etc/resolv.conf); optional for checks. */
  fs?: ContainerFs;
  cwd: string;
}

export interface NetworkCommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Virtual time the command takes before it returns. */
  elapsedMs: number;
}

export type NetworkCommand = (args: string[], ctx: NetworkCommandContext) => NetworkCommandResult;

/** Linux's default TCP SYN retries (6) give up after about 127 s: a dropped connection without a tool timeout. */
export const kernelConnectTimeoutMs = 127_000;

/** A resolver whose server does not answer: glibc's 5 s timeout × 2 attempts per name tried. */
export const dnsTimeoutPerNameMs = 10_000;

/** The reason phrases the modelled servers send. */
export const httpReasons: Record<number, string> = {
  200: "OK",
  201: "Created",
  204: "No Content",
  301: "Moved Permanently",
  302: "Moved Temporarily",
  304: "Not Modified",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Not Allowed",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Temporarily Unavailable",
  504: "Gateway Time-out",
};

export function statusLine(status: number): string {
  return `HTTP/1.1 ${status} ${httpReasons[status] ?? ""}`.trimEnd();
}

/** Writes a downloaded file; returns the errno text on failure. */
export function writeDownload(ctx: NetworkCommandContext, path: string, content: string, exclusive: boolean): string | undefined {
  if (!ctx.fs) return undefined;
  const full = path.startsWith("/") ? path : `${ctx.cwd.replace(/\/$/, "")}/${path}`;
  if (exclusive && ctx.fs.exists(full)) return "File exists";
  try {
    ctx.fs.writeFile(full, content);
    return undefined;
  } catch (e) {
    return errnoText(e);
  }
}
