// kube-proxy's service translation (iptables mode): a ClusterIP:port or a
// node's IP:nodePort goes to one ready endpoint's IP:port; a Service port
// without a ready endpoint is REJECTed (the client sees "Connection refused").
import type { ClusterApi } from "../../apiserver/api-interface";
import type { KubeObject } from "../../apiserver/types";
import { gvr, serviceEndpoints, type ServiceEndpoint } from "../service-endpoints";
import type { EndpointPicker } from "./endpoint-picker";

interface ServicePortJson {
  name?: string;
  port: number;
  protocol?: string;
  nodePort?: number;
}

interface ServiceSpecJson {
  type?: string;
  clusterIP?: string;
  clusterIPs?: string[];
  ports?: ServicePortJson[];
  sessionAffinity?: string;
}

export type ProxyVerdict =
  /** Not a Service address: the packet goes on to ip:port unchanged. */
  | { kind: "direct" }
  | { kind: "forward"; service: string; ip: string; port: number }
  | { kind: "reject" }
  /** Nothing routes it (a Service IP on a port it does not serve). */
  | { kind: "drop" };

function specOf(svc: KubeObject): ServiceSpecJson {
  return (svc.spec ?? {}) as ServiceSpecJson;
}

function nodeIPs(api: ClusterApi): Set<string> {
  const ips = new Set<string>();
  for (const node of api.list(gvr.nodes).items) {
    for (const a of (node.status as { addresses?: { type: string; address: string }[] } | undefined)?.addresses ?? []) if (a.type === "InternalIP") ips.add(a.address);
  }
  return ips;
}

function backendFor(api: ClusterApi, svc: KubeObject, svcPort: ServicePortJson, clientIp: string, picker: EndpointPicker): ProxyVerdict {
  const namespace = svc.metadata.namespace ?? "default";
  const name = svc.metadata.name ?? "";
  const protocol = svcPort.protocol ?? "TCP";
  const candidates: { endpoint: ServiceEndpoint; port: number }[] = [];
  for (const endpoint of serviceEndpoints(api, namespace, name)) {
    if (!endpoint.ready) continue;
    const port = endpoint.ports.find((p) => p.name === (svcPort.name ?? "") && p.protocol === protocol);
    if (port) candidates.push({ endpoint, port: port.port });
  }
  if (candidates.length === 0) return { kind: "reject" };
  const key = `${namespace}/${name}:${svcPort.name ?? svcPort.port}`;
  const chosen = picker.pick(key, candidates.map((c) => c.endpoint.ip), specOf(svc).sessionAffinity === "ClientIP" ? clientIp : undefined);
  const hit = candidates[chosen];
  return { kind: "forward", service: `${namespace}/${name}`, ip: hit.endpoint.ip, port: hit.port };
}

/** What kube-proxy does with a TCP connection from clientIp to ip:port. */
export function proxyConnection(api: ClusterApi, ip: string, port: number, clientIp: string, picker: EndpointPicker, protocol = "TCP"): ProxyVerdict {
  const services = api.list(gvr.services).items;
  const byClusterIP = services.find((s) => {
    const spec = specOf(s);
    return spec.type !== "ExternalName" && spec.clusterIP !== "None" && (spec.clusterIP === ip || (spec.clusterIPs ?? []).includes(ip));
  });
  if (byClusterIP) {
    const svcPort = (specOf(byClusterIP).ports ?? []).find((p) => p.port === port && (p.protocol ?? "TCP") === protocol);
    return svcPort ? backendFor(api, byClusterIP, svcPort, clientIp, picker) : { kind: "drop" };
  }
  if (nodeIPs(api).has(ip)) {
    for (const svc of services) {
      const spec = specOf(svc);
      if (spec.type !== "NodePort" && spec.type !== "LoadBalancer") continue;
      const svcPort = (spec.ports ?? []).find((p) => p.nodePort === port && (p.protocol ?? "TCP") === protocol);
      if (svcPort) return backendFor(api, svc, svcPort, clientIp, picker);
    }
    // Nothing listens on that port of the node: its kernel answers with a reset.
    return { kind: "reject" };
  }
  return { kind: "direct" };
}
