// busybox nslookup (networking/nslookup.c, 1.29+ with its own resolver): A and
// AAAA queries, the search list only for names without a dot, replies printed
// in query order (the order they arrive from a local CoreDNS is not modelled).
import { clusterDnsIP } from "../dns/cluster-dns";
import type { DnsReply, RecordType } from "../dns/records";
import { isIPv4 } from "../ipv4";
import { gvr } from "../service-endpoints";
import type { NetworkCommand, NetworkCommandContext } from "./command";

/** busybox's per-server wait: 5 s (retry twice within it). */
const serverTimeoutMs = 5000;

function resolvConfOf(ctx: NetworkCommandContext): { nameservers: string[]; search?: string } {
  const text = ctx.fs?.exists("/etc/resolv.conf") ? ctx.fs.readFile("/etc/resolv.conf") : undefined;
  if (text === undefined) {
    const config = ctx.network.resolverConfig(ctx.origin);
    return { nameservers: config.nameservers, search: config.searches.join(" ") || undefined };
  }
  const out: { nameservers: string[]; search?: string } = { nameservers: [] };
  let haveSearch = false;
  for (const line of text.split("\n")) {
    const [key, ...rest] = line.trim().split(/\s+/);
    const arg = rest.join(" ");
    if (!arg) continue;
    if (key === "search" || (key === "domain" && !haveSearch)) {
      haveSearch ||= key === "search";
      out.search = arg;
    } else if (key === "nameserver") out.nameservers.push(arg);
  }
  if (out.search === ".") out.search = undefined;
  return out;
}

function reverseQuery(ctx: NetworkCommandContext, ip: string): { name: string; reply: DnsReply; target?: string } {
  const name = `${ip.split(".").reverse().join(".")}.in-addr.arpa`;
  const svc = ctx.network.api.list(gvr.services).items.find((s) => (s.spec as { clusterIP?: string } | undefined)?.clusterIP === ip);
  if (!svc) return { name, reply: { rcode: "NXDOMAIN", authoritative: true, answers: [] } };
  return { name, reply: { rcode: "NOERROR", authoritative: true, answers: [] }, target: `${svc.metadata.name}.${svc.metadata.namespace}.svc.cluster.local` };
}

export const nslookup: NetworkCommand = (args, ctx) => {
  const operands = args.filter((a) => !a.startsWith("-"));
  const typeArg = args.find((a) => /^-(query|type|q|t)=/i.test(a))?.split("=")[1]?.toUpperCase();
  const name = operands[0];
  if (!name || operands.length > 2) {
    return { stdout: "", stderr: "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n", exitCode: 1, elapsedMs: 0 };
  }
  const conf = resolvConfOf(ctx);
  const server = operands[1] ?? conf.nameservers[0] ?? "127.0.0.1";
  // Only the cluster DNS answers; the tool waits out any other server, and a blocked one.
  if (server !== clusterDnsIP || !ctx.network.dnsReachable(ctx.origin)) {
    return { stdout: ";; connection timed out; no servers could be reached\n\n", stderr: "", exitCode: 1, elapsedMs: serverTimeoutMs };
  }
  let stdout = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`;
  let exitCode = 0;
  if (isIPv4(name) && !typeArg) {
    const { name: ptrName, reply, target } = reverseQuery(ctx, name);
    if (reply.rcode !== "NOERROR") {
      stdout += `** server can't find ${ptrName}: ${reply.rcode}\n\n`;
      exitCode = 1;
    } else stdout += `${ptrName}\tname = ${target}\n\n`;
    return { stdout, stderr: "", exitCode, elapsedMs: 0 };
  }
  const types: RecordType[] = typeArg === "A" ? ["A"] : typeArg === "AAAA" ? ["AAAA"] : ["A", "AAAA"];
  const names = !conf.search || name.includes(".") ? [name] : conf.search.split(/\s+/).map((s) => `${name}.${s}`);
  for (const type of types) {
    for (const fqdn of names) {
      const reply = ctx.network.query(fqdn, type);
      if (reply.rcode !== "NOERROR") {
        stdout += `** server can't find ${fqdn}: ${reply.rcode}\n`;
        exitCode = 1;
      } else {
        if (!reply.authoritative) stdout += "Non-authoritative answer:\n";
        for (const answer of reply.answers) {
          stdout += answer.type === "A" ? `Name:\t${answer.name}\nAddress: ${answer.address}\n` : `${answer.name}\tcanonical name = ${answer.target}\n`;
        }
      }
      stdout += "\n";
    }
  }
  return { stdout, stderr: "", exitCode, elapsedMs: 0 };
};
