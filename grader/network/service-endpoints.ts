// A Service's endpoints as kube-proxy and CoreDNS read them: from its
// EndpointSlices (label kubernetes.io/service-name), else from its Endpoints.
import type { ClusterApi } from "../apiserver/api-interface";
import type { KubeObject } from "../apiserver/types";

export const gvr = {
  services: { group: "", version: "v1", resource: "services" },
  endpoints: { group: "", version: "v1", resource: "endpoints" },
  endpointSlices: { group: "discovery.k8s.io", version: "v1", resource: "endpointslices" },
  pods: { group: "", version: "v1", resource: "pods" },
  nodes: { group: "", version: "v1", resource: "nodes" },
  namespaces: { group: "", version: "v1", resource: "namespaces" },
  networkPolicies: { group: "networking.k8s.io", version: "v1", resource: "networkpolicies" },
};

export interface EndpointPort {
  name: string;
  port: number;
  protocol: string;
}

export interface ServiceEndpoint {
  ip: string;
  /** conditions.ready; nil counts as ready (discovery/v1 semantics). */
  ready: boolean;
  hostname?: string;
  podName?: string;
  ports: EndpointPort[];
}

interface SliceJson {
  addressType?: string;
  endpoints?: { addresses?: string[]; conditions?: { ready?: boolean }; hostname?: string; targetRef?: { kind?: string; name?: string } }[];
  ports?: { name?: string; port?: number; protocol?: string }[];
}

interface EndpointsJson {
  subsets?: {
    addresses?: { ip: string; hostname?: string; targetRef?: { name?: string } }[];
    notReadyAddresses?: { ip: string; hostname?: string; targetRef?: { name?: string } }[];
    ports?: { name?: string; port?: number; protocol?: string }[];
  }[];
}

function toPorts(ports: { name?: string; port?: number; protocol?: string }[] | undefined): EndpointPort[] {
  return (ports ?? []).filter((p) => typeof p.port === "number").map((p) => ({ name: p.name ?? "", port: p.port as number, protocol: p.protocol ?? "TCP" }));
}

/** Every endpoint of the Service, ready or not, in slice then address order (deterministic). */
export function serviceEndpoints(api: ClusterApi, namespace: string, service: string): ServiceEndpoint[] {
  const slices = api.list(gvr.endpointSlices, { namespace, labelSelector: `kubernetes.io/service-name=${service}` }).items;
  slices.sort((a, b) => (a.metadata.name ?? "").localeCompare(b.metadata.name ?? ""));
  const out: ServiceEndpoint[] = [];
  if (slices.length > 0) {
    for (const slice of slices as (KubeObject & SliceJson)[]) {
      if (slice.addressType && slice.addressType !== "IPv4") continue;
      const ports = toPorts(slice.ports);
      for (const e of slice.endpoints ?? []) {
        for (const ip of e.addresses ?? []) {
          out.push({ ip, ready: e.conditions?.ready !== false, hostname: e.hostname, podName: e.targetRef?.kind === "Pod" ? e.targetRef.name : undefined, ports });
        }
      }
    }
    return out;
  }
  let endpoints: KubeObject & EndpointsJson;
  try {
    endpoints = api.get(gvr.endpoints, namespace, service) as KubeObject & EndpointsJson;
  } catch {
    return out;
  }
  for (const subset of endpoints.subsets ?? []) {
    const ports = toPorts(subset.ports);
    for (const a of subset.addresses ?? []) out.push({ ip: a.ip, ready: true, hostname: a.hostname, podName: a.targetRef?.name, ports });
    for (const a of subset.notReadyAddresses ?? []) out.push({ ip: a.ip, ready: false, hostname: a.hostname, podName: a.targetRef?.name, ports });
  }
  return out;
}

/** Reads an object or undefined when it does not exist. */
export function tryGet(api: ClusterApi, resource: (typeof gvr)[keyof typeof gvr], namespace: string, name: string): KubeObject | undefined {
  try {
    return api.get(resource, namespace, name);
  } catch {
    return undefined;
  }
}
