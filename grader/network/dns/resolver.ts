// The stub resolver inside a pod (getaddrinfo as glibc/musl do it): /etc/hosts
// first, then the search list with ndots, following CNAMEs.
import type { ClusterApi } from "../../apiserver/api-interface";
import { isIPv4 } from "../ipv4";
import { lookupRecord } from "./records";
import type { ResolverConfig } from "./resolv-conf";

export type ResolveResult = { ok: true; ip: string; fqdn: string } | { ok: false };

/** Addresses /etc/hosts gives a name (first match wins, case-insensitive). */
export function lookupHostsFile(hosts: string, name: string): string | undefined {
  for (const line of hosts.split("\n")) {
    const fields = line.replace(/#.*/, "").trim().split(/\s+/);
    if (fields.length >= 2 && fields.slice(1).some((h) => h.toLowerCase() === name.toLowerCase()) && isIPv4(fields[0])) return fields[0];
  }
  return undefined;
}

/** The names tried for `name`, in order (resolv.conf(5): ndots decides whether the bare name goes first). */
export function candidateNames(name: string, config: ResolverConfig): string[] {
  if (name.endsWith(".")) return [name.slice(0, -1)];
  const ndots = Number(config.options.find((o) => o.name === "ndots")?.value ?? 1);
  const dots = name.split(".").length - 1;
  const searched = config.searches.map((s) => `${name}.${s}`);
  return dots >= ndots ? [name, ...searched] : [...searched, name];
}

function followA(api: ClusterApi, fqdn: string, depth: number): string | undefined {
  const reply = lookupRecord(api, fqdn, "A");
  if (reply.rcode !== "NOERROR") return undefined;
  const a = reply.answers.find((x) => x.type === "A");
  if (a && a.type === "A") return a.address;
  const cname = reply.answers.find((x) => x.type === "CNAME");
  if (cname && cname.type === "CNAME" && depth < 8) return followA(api, cname.target, depth + 1);
  return undefined;
}

export function resolveHostName(api: ClusterApi, name: string, config: ResolverConfig, hosts: string): ResolveResult {
  if (isIPv4(name)) return { ok: true, ip: name, fqdn: name };
  const fromHosts = lookupHostsFile(hosts, name);
  if (fromHosts) return { ok: true, ip: fromHosts, fqdn: name };
  if (config.nameservers.length === 0) return { ok: false };
  for (const candidate of candidateNames(name, config)) {
    const ip = followA(api, candidate, 0);
    if (ip) return { ok: true, ip, fqdn: candidate };
  }
  return { ok: false };
}
