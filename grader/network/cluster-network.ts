// The pod network of the simulated cluster: DNS, kube-proxy and NetworkPolicies
// between a client (a pod, or a namespace) and the container that listens.
// Everything is read through the API; containers come from the PodDirectory.
import type { ClusterApi } from "../apiserver/api-interface";
import type { KubeObject } from "../apiserver/types";
import type { HttpResult } from "../runtime";
import { clusterDnsIP } from "./dns/cluster-dns";
import { lookupRecord, type DnsReply, type RecordType } from "./dns/records";
import { podEtcHosts, podResolverConfig, type ResolverConfig } from "./dns/resolv-conf";
import { candidateNames, resolveHostName } from "./dns/resolver";
import { isIPv4 } from "./ipv4";
import { networkPoliciesAllow } from "./policy/network-policy";
import { EndpointPicker } from "./proxy/endpoint-picker";
import { proxyConnection } from "./proxy/kube-proxy";
import type { ListeningContainer, PodDirectory } from "./pod-directory";
import { gvr } from "./service-endpoints";

/** Where a connection starts: a pod (its IP, namespace, resolv.conf, policies), or just a namespace. */
export interface NetworkOrigin {
  namespace: string;
  pod?: KubeObject;
  /** The client's IP; defaults to the pod's status.podIP, else `originlessClientIP`. */
  ip?: string;
  /** The pod's /etc/hosts text when the caller has it (the container's file); else the kubelet's. */
  hosts?: string;
}

/** The source address of traffic that comes from no pod (a check run "in" a namespace). */
export const originlessClientIP = "10.244.0.1";

export type ConnectOutcome =
  | { kind: "unresolved"; host: string; dnsTimedOut: boolean }
  | { kind: "connected"; host: string; ip: string; port: number; backend: { ip: string; port: number; pod: KubeObject; container: ListeningContainer } }
  | { kind: "refused"; host: string; ip: string; port: number }
  /** The SYN went nowhere or was dropped (by a NetworkPolicy or for lack of a route). */
  | { kind: "timeout"; host: string; ip: string; port: number; cause: "policy" | "unreachable" };

export type HttpOutcome = Exclude<ConnectOutcome, { kind: "connected" }> | { kind: "connected"; host: string; ip: string; port: number; result: HttpResult };

export interface HttpOptions {
  method?: string;
  userAgent?: string;
}

export class ClusterNetwork {
  /** Round-robin state per Service port: part of the cluster's network state, so runs are reproducible. */
  readonly picker = new EndpointPicker();

  constructor(
    readonly api: ClusterApi,
    readonly pods: PodDirectory,
  ) {}

  clientIP(origin: NetworkOrigin): string {
    return origin.ip ?? (origin.pod?.status as { podIP?: string } | undefined)?.podIP ?? originlessClientIP;
  }

  resolverConfig(origin: NetworkOrigin): ResolverConfig {
    if (origin.pod) return podResolverConfig(origin.pod);
    return podResolverConfig({ apiVersion: "v1", kind: "Pod", metadata: { name: "", namespace: origin.namespace }, spec: {} });
  }

  private hostsOf(origin: NetworkOrigin): string {
    if (origin.hosts !== undefined) return origin.hosts;
    return origin.pod ? podEtcHosts(origin.pod, this.clientIP(origin)) : "127.0.0.1\tlocalhost\n";
  }

  /** Whether the client may reach the cluster DNS (UDP 53 to a kube-dns pod) under its egress policies. */
  dnsReachable(origin: NetworkOrigin): boolean {
    if (!origin.pod || !this.resolverConfig(origin).nameservers.includes(clusterDnsIP)) return true;
    const dnsPod = this.api.list(gvr.pods, { namespace: "kube-system", labelSelector: "k8s-app=kube-dns" }).items[0];
    const dnsIP = (dnsPod?.status as { podIP?: string } | undefined)?.podIP ?? clusterDnsIP;
    return networkPoliciesAllow(this.api, { ip: this.clientIP(origin), pod: origin.pod }, { ip: dnsIP, pod: dnsPod }, 53, "UDP");
  }

  /** One DNS query as the cluster DNS answers it (nslookup's view). */
  query(fqdn: string, type: RecordType): DnsReply {
    return lookupRecord(this.api, fqdn, type);
  }

  /** getaddrinfo(host) inside the origin: the IP and the name that answered. */
  resolve(origin: NetworkOrigin, host: string): { ok: true; ip: string; fqdn: string } | { ok: false; dnsTimedOut: boolean; queries: number } {
    if (isIPv4(host)) return { ok: true, ip: host, fqdn: host };
    const config = this.resolverConfig(origin);
    if (!this.dnsReachable(origin)) {
      const local = resolveHostName(this.api, host, { ...config, nameservers: [] }, this.hostsOf(origin));
      return local.ok ? local : { ok: false, dnsTimedOut: true, queries: candidateNames(host, config).length };
    }
    const r = resolveHostName(this.api, host, config, this.hostsOf(origin));
    return r.ok ? r : { ok: false, dnsTimedOut: false, queries: 0 };
  }

  /** A TCP connection from origin to ip:port, through kube-proxy and NetworkPolicies. */
  connectIP(origin: NetworkOrigin, host: string, ip: string, port: number): ConnectOutcome {
    const clientIp = this.clientIP(origin);
    if (ip === "127.0.0.1" || ip === clientIp) {
      const self = origin.pod ? this.pods.podByIP(clientIp) : undefined;
      const container = self?.containers.find((c) => c.listens(port));
      return self && container ? { kind: "connected", host, ip, port, backend: { ip, port, pod: self.pod, container } } : { kind: "refused", host, ip, port };
    }
    const verdict = proxyConnection(this.api, ip, port, clientIp, this.picker);
    if (verdict.kind === "reject") return { kind: "refused", host, ip, port };
    if (verdict.kind === "drop") return { kind: "timeout", host, ip, port, cause: "unreachable" };
    const target = verdict.kind === "forward" ? { ip: verdict.ip, port: verdict.port } : { ip, port };
    const found = this.pods.podByIP(target.ip);
    if (!found) return { kind: "timeout", host, ip, port, cause: "unreachable" };
    if (!networkPoliciesAllow(this.api, { ip: clientIp, pod: origin.pod }, { ip: target.ip, pod: found.pod }, target.port)) return { kind: "timeout", host, ip, port, cause: "policy" };
    const container = found.containers.find((c) => c.listens(target.port));
    if (!container) return { kind: "refused", host, ip, port };
    return { kind: "connected", host, ip, port, backend: { ip: target.ip, port: target.port, pod: found.pod, container } };
  }

  /** Resolves host, then connects: what `nc -z host port` does. */
  connect(origin: NetworkOrigin, host: string, port: number): ConnectOutcome {
    const resolved = this.resolve(origin, host);
    if (!resolved.ok) return { kind: "unresolved", host, dnsTimedOut: resolved.dnsTimedOut };
    return this.connectIP(origin, host, resolved.ip, port);
  }

  /** An HTTP request to url ("http://web.shop:8080/path") from origin. */
  httpGet(origin: NetworkOrigin, url: string, options: HttpOptions = {}): HttpOutcome {
    const parsed = parseHttpUrl(url);
    const outcome = this.connect(origin, parsed.host, parsed.port);
    if (outcome.kind !== "connected") return outcome;
    const result = outcome.backend.container.httpGet(outcome.backend.port, parsed.path, { method: options.method ?? "GET", clientIp: this.clientIP(origin), userAgent: options.userAgent ?? "Wget" });
    return { kind: "connected", host: outcome.host, ip: outcome.ip, port: outcome.port, result };
  }
}

export interface HttpUrl {
  scheme: string;
  host: string;
  port: number;
  /** Path with query, "/" when absent. */
  path: string;
}

/** Splits an http URL as the tools do; a URL without scheme is http. */
export function parseHttpUrl(url: string): HttpUrl {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/:?#]*)(?::(\d*))?([^#]*)/.exec(url) ?? [];
  const scheme = (m[1] ?? "http").toLowerCase();
  const port = m[3] ? Number(m[3]) : scheme === "https" ? 443 : 80;
  const path = m[4] ? (m[4].startsWith("/") ? m[4] : `/${m[4]}`) : "/";
  return { scheme, host: m[2] ?? "", port, path };
}
