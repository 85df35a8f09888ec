// The pod network bound to one container: what the kubelet passes to
// startContainer as `network`, so wget, curl, nc and nslookup inside it go
// through the cluster's DNS, kube-proxy and NetworkPolicies from that pod.
import type { ContainerNetwork } from "../runtime";
import type { ClusterNetwork, NetworkOrigin } from "./cluster-network";
import { networkCommands } from "./commands";

export function containerNetworkFor(network: ClusterNetwork, origin: NetworkOrigin): ContainerNetwork {
  return {
    run(name, args, cwd, fs) {
      const command = networkCommands[name];
      // The runtime only asks for the four tools; anything else is a programming error, not a container's.
      if (!command) throw new Error(`no network command ${name}`);
      return command(args, { network, origin, fs, cwd });
    },
    resolveHost(host) {
      const r = network.resolve(origin, host);
      return r.ok ? r.ip : undefined;
    },
    httpRequest(ip, port, path, options) {
      const outcome = network.connectIP(origin, options.host, ip, port);
      if (outcome.kind === "refused") return { kind: "refused" };
      if (outcome.kind !== "connected") return { kind: "timeout" };
      const result = outcome.backend.container.httpGet(outcome.backend.port, path, { method: options.method, clientIp: network.clientIP(origin), userAgent: options.userAgent, host: options.host });
      return result.kind === "response" ? { kind: "response", status: result.status, body: result.body, ...(result.headers ? { headers: result.headers } : {}) } : result;
    },
  };
}
