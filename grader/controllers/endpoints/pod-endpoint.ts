// What the Endpoints and EndpointSlice controllers read from a pod
// (pkg/controller/util/endpoint/controller_utils.go, pkg/api/v1/pod FindPort).
import type { KubeObject } from "../../apiserver/types";

type Json = Record<string, unknown>;

export interface ServicePort {
  name?: string;
  protocol?: string;
  port: number;
  targetPort?: number | string;
  appProtocol?: string;
}

export interface ServiceSpec {
  selector?: Record<string, string>;
  ports?: ServicePort[];
  clusterIP?: string;
  type?: string;
  publishNotReadyAddresses?: boolean;
}

export const serviceSpec = (svc: KubeObject) => (svc.spec ?? {}) as ServiceSpec;

export function podIP(pod: KubeObject): string | undefined {
  const status = (pod.status ?? {}) as { podIP?: string; podIPs?: { ip: string }[] };
  // The IPv4 address (the simulated cluster is single-stack IPv4).
  return (status.podIPs ?? []).map((p) => p.ip).find((ip) => !ip.includes(":")) ?? status.podIP;
}

export function isPodReady(pod: KubeObject): boolean {
  const conditions = ((pod.status as Json | undefined)?.conditions ?? []) as { type: string; status: string }[];
  return conditions.some((c) => c.type === "Ready" && c.status === "True");
}

/** ShouldPodBeInEndpoints: not Succeeded/Failed, has an IP, and (unless included) not being deleted. */
export function shouldPodBeInEndpoints(pod: KubeObject, includeTerminating: boolean): boolean {
  const phase = (pod.status as Json | undefined)?.phase;
  if (phase === "Succeeded" || phase === "Failed") return false;
  if (!podIP(pod)) return false;
  if (!includeTerminating && pod.metadata.deletionTimestamp) return false;
  return true;
}

/** ShouldSetHostname: the pod's hostname, when its subdomain names this Service. */
export function shouldSetHostname(pod: KubeObject, svc: KubeObject): boolean {
  const spec = (pod.spec ?? {}) as { hostname?: string; subdomain?: string };
  return !!spec.hostname && spec.subdomain === svc.metadata.name && pod.metadata.namespace === svc.metadata.namespace;
}

/** FindPort: a named targetPort is the container port of that name and protocol; a number is itself. */
export function findPort(pod: KubeObject, port: ServicePort): number | undefined {
  const target = port.targetPort ?? port.port;
  if (typeof target === "number") return target;
  const spec = (pod.spec ?? {}) as { containers?: Json[]; initContainers?: Json[] };
  // Sidecars (restartable init containers) serve ports too.
  const containers = [...(spec.containers ?? []), ...(spec.initContainers ?? []).filter((c) => c.restartPolicy === "Always")];
  for (const c of containers) {
    for (const p of (c.ports ?? []) as { name?: string; containerPort: number; protocol?: string }[]) {
      if (p.name === target && (p.protocol ?? "TCP") === (port.protocol ?? "TCP")) return p.containerPort;
    }
  }
  return undefined;
}

export function podTargetRef(pod: KubeObject): Json {
  return { kind: "Pod", namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid };
}
