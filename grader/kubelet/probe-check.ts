// One probe attempt against a container (pkg/probe/{exec,http,tcp,grpc}):
// success, or failure with the output upstream puts in the Unhealthy event.
import type { ContainerProcess, ExecResult } from "../runtime";

type Json = Record<string, unknown>;

export type ProbeOutcome = { ok: true } | { ok: false; output: string; errored?: boolean };

function portOf(port: unknown, container: Json): number {
  if (typeof port === "number") return port;
  const named = ((container.ports ?? []) as Json[]).find((p) => p.name === port);
  return (named?.containerPort as number) ?? Number(port);
}

function fromExec(r: ExecResult): ProbeOutcome {
  if (r.error) return { ok: false, output: r.error, errored: true };
  return r.exitCode === 0 ? { ok: true } : { ok: false, output: r.stdout + r.stderr };
}

/**
 * The pod's container listening on `port`: containers share the pod's network
 * namespace, and the kubelet dials podIP:port, so any of them may answer.
 */
function listenerOf(port: number, proc: ContainerProcess, peers: readonly ContainerProcess[]): ContainerProcess {
  return [proc, ...peers].find((p) => p.listens(port)) ?? proc;
}

/** Runs `probe` now; an exec that needs virtual time answers through a promise. `peers`: the pod's other running containers. */
export function checkProbe(probe: Json, container: Json, proc: ContainerProcess, podIP: string, hostIP: string, peers: readonly ContainerProcess[] = []): ProbeOutcome | Promise<ProbeOutcome> {
  if (probe.exec) {
    const command = ((probe.exec as Json).command ?? []) as string[];
    const r = proc.exec(command);
    return r instanceof Promise ? r.then(fromExec) : fromExec(r);
  }
  if (probe.httpGet) {
    const h = probe.httpGet as Json;
    const port = portOf(h.port, container);
    const host = (h.host as string) || podIP;
    const scheme = ((h.scheme as string) ?? "HTTP").toLowerCase();
    const path = (h.path as string) || "/";
    const url = `${scheme}://${host}:${port}${path.startsWith("/") ? path : `/${path}`}`;
    const res = listenerOf(port, proc, peers).httpGet(port, path, { clientIp: hostIP });
    if (res.kind === "refused") return { ok: false, output: `Get "${url}": dial tcp ${host}:${port}: connect: connection refused` };
    if (res.kind === "not-http") return { ok: false, output: `Get "${url}": net/http: HTTP/1.x transport connection broken: malformed HTTP response` };
    if (res.status >= 200 && res.status < 400) return { ok: true };
    return { ok: false, output: `HTTP probe failed with statuscode: ${res.status}` };
  }
  if (probe.tcpSocket) {
    const t = probe.tcpSocket as Json;
    const port = portOf(t.port, container);
    const host = (t.host as string) || podIP;
    return listenerOf(port, proc, peers).tcpConnect(port) ? { ok: true } : { ok: false, output: `dial tcp ${host}:${port}: connect: connection refused` };
  }
  if (probe.grpc) {
    const port = (probe.grpc as Json).port as number;
    const timeout = (probe.timeoutSeconds as number) ?? 1;
    return listenerOf(port, proc, peers).tcpConnect(port) ? { ok: true } : { ok: false, output: `timeout: failed to connect service "${podIP}:${port}" within ${timeout}s` };
  }
  return { ok: true };
}

/** The message of an exec probe that outlived timeoutSeconds (pkg/probe/exec). */
export function execTimeoutOutput(probe: Json): string {
  const command = (((probe.exec as Json | undefined)?.command ?? []) as string[]).join(" ");
  return `command "${command}" timed out`;
}
