// /etc/resolv.conf and /etc/hosts as the kubelet writes them for a pod
// (pkg/kubelet/network/dns/dns.go, pkg/kubelet/kubelet_pods.go managedHostsFileContent).
import type { KubeObject } from "../../apiserver/types";
import { clusterDnsIP, clusterDomain, podNdots, podSearchDomains } from "./cluster-dns";

interface PodDnsSpec {
  dnsPolicy?: string;
  hostNetwork?: boolean;
  hostname?: string;
  subdomain?: string;
  dnsConfig?: { nameservers?: string[]; searches?: string[]; options?: { name: string; value?: string }[] };
  hostAliases?: { ip: string; hostnames?: string[] }[];
}

/** The node's own resolver, which dnsPolicy Default hands to pods (the simulated nodes use one upstream). */
export const nodeResolvConf = { nameservers: ["172.30.0.1"], searches: [] as string[] };

export interface ResolverConfig {
  nameservers: string[];
  searches: string[];
  options: { name: string; value?: string }[];
}

/** What the pod's resolver uses, following dnsPolicy and dnsConfig as the kubelet merges them. */
export function podResolverConfig(pod: KubeObject): ResolverConfig {
  const spec = (pod.spec ?? {}) as PodDnsSpec;
  const namespace = pod.metadata.namespace ?? "default";
  const policy = spec.dnsPolicy ?? "ClusterFirst";
  const clusterFirst = policy === "ClusterFirstWithHostNet" || (policy === "ClusterFirst" && !spec.hostNetwork);
  let config: ResolverConfig;
  if (policy === "None") config = { nameservers: [], searches: [], options: [] };
  else if (clusterFirst) config = { nameservers: [clusterDnsIP], searches: podSearchDomains(namespace), options: [{ name: "ndots", value: String(podNdots) }] };
  else config = { nameservers: [...nodeResolvConf.nameservers], searches: [...nodeResolvConf.searches], options: [] };
  const extra = spec.dnsConfig;
  if (extra) {
    config.nameservers = dedupe([...config.nameservers, ...(extra.nameservers ?? [])]);
    config.searches = dedupe([...config.searches, ...(extra.searches ?? [])]);
    // dnsConfig options override same-named ones, keeping the first position.
    for (const option of extra.options ?? []) {
      const at = config.options.findIndex((o) => o.name === option.name);
      if (at >= 0) config.options[at] = option;
      else config.options.push(option);
    }
  }
  return config;
}

function dedupe(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) === i);
}

/** The text of the pod's /etc/resolv.conf: search, nameserver lines, options. */
export function podResolvConf(pod: KubeObject): string {
  const config = podResolverConfig(pod);
  let text = "";
  if (config.searches.length) text += `search ${config.searches.join(" ")}\n`;
  for (const ns of config.nameservers) text += `nameserver ${ns}\n`;
  if (config.options.length) text += `options ${config.options.map((o) => (o.value === undefined ? o.name : `${o.name}:${o.value}`)).join(" ")}\n`;
  return text;
}

/** The text of the pod's /etc/hosts for a pod with IP podIP (the kubelet writes it unless hostNetwork). */
export function podEtcHosts(pod: KubeObject, podIP: string): string {
  const spec = (pod.spec ?? {}) as PodDnsSpec;
  const hostname = spec.hostname ?? pod.metadata.name ?? "";
  let text = "# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n";
  if (spec.subdomain) text += `${podIP}\t${hostname}.${spec.subdomain}.${pod.metadata.namespace ?? "default"}.svc.${clusterDomain}\t${hostname}\n`;
  else text += `${podIP}\t${hostname}\n`;
  if (spec.hostAliases?.length) {
    text += "\n# Entries added by HostAliases.\n";
    for (const alias of spec.hostAliases) text += `${alias.ip}\t${(alias.hostnames ?? []).join("\t")}\n`;
  }
  return text;
}
