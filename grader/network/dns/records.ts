// What CoreDNS's kubernetes plugin answers for a fully qualified name in the
// cluster zone (kubeadm's Corefile: `kubernetes cluster.local ... { pods insecure }`).
// Names outside the zone go upstream; the simulated cluster has no upstream
// resolver that knows them, so they are NXDOMAIN.
import type { ClusterApi } from "../../apiserver/api-interface";
import { isIPv4 } from "../ipv4";
import { gvr, serviceEndpoints, tryGet } from "../service-endpoints";
import { clusterDomain } from "./cluster-dns";

export type RecordType = "A" | "AAAA";

export type DnsAnswer = { type: "A"; name: string; address: string } | { type: "CNAME"; name: string; target: string };

export interface DnsReply {
  rcode: "NOERROR" | "NXDOMAIN";
  /** Answers from the cluster zone are authoritative; busybox nslookup prints "Non-authoritative answer:" otherwise. */
  authoritative: boolean;
  answers: DnsAnswer[];
}

const nx: DnsReply = { rcode: "NXDOMAIN", authoritative: true, answers: [] };

interface ServiceSpecJson {
  type?: string;
  clusterIP?: string;
  externalName?: string;
  publishNotReadyAddresses?: boolean;
}

/** Answers a query for fqdn (no trailing dot). */
export function lookupRecord(api: ClusterApi, fqdn: string, type: RecordType): DnsReply {
  const name = fqdn.toLowerCase().replace(/\.$/, "");
  const suffix = `.${clusterDomain}`;
  if (!name.endsWith(suffix)) return { ...nx, authoritative: false };
  const labels = name.slice(0, -suffix.length).split(".");
  const answer = (address: string): DnsReply => ({ rcode: "NOERROR", authoritative: true, answers: type === "A" ? [{ type: "A", name, address }] : [] });

  // <a-b-c-d>.<ns>.pod.cluster.local ("pods insecure": any well-formed address).
  if (labels.length === 3 && labels[2] === "pod") {
    const ip = labels[0].replace(/-/g, ".");
    return isIPv4(ip) ? answer(ip) : nx;
  }
  if (labels[labels.length - 1] !== "svc") return nx;
  if (labels.length === 3) {
    const [svcName, ns] = labels;
    const svc = tryGet(api, gvr.services, ns, svcName);
    if (!svc) return nx;
    const spec = (svc.spec ?? {}) as ServiceSpecJson;
    if (spec.type === "ExternalName") {
      return { rcode: "NOERROR", authoritative: true, answers: [{ type: "CNAME", name, target: (spec.externalName ?? "").replace(/\.$/, "") }] };
    }
    if (spec.clusterIP && spec.clusterIP !== "None") return answer(spec.clusterIP);
    const ips = serviceEndpoints(api, ns, svcName).filter((e) => e.ready || spec.publishNotReadyAddresses).map((e) => e.ip);
    const unique = ips.filter((ip, i) => ips.indexOf(ip) === i);
    // A headless Service without ready endpoints still exists: NOERROR, no answers.
    return { rcode: "NOERROR", authoritative: true, answers: type === "A" ? unique.map((address) => ({ type: "A" as const, name, address })) : [] };
  }
  if (labels.length === 4) {
    // <hostname>.<svc>.<ns>.svc.cluster.local: a headless Service's named endpoint.
    const [host, svcName, ns] = labels;
    const svc = tryGet(api, gvr.services, ns, svcName);
    if (!svc) return nx;
    const spec = (svc.spec ?? {}) as ServiceSpecJson;
    const found = serviceEndpoints(api, ns, svcName).find((e) => (e.ready || spec.publishNotReadyAddresses) && e.hostname === host);
    return found ? answer(found.ip) : nx;
  }
  return nx;
}
