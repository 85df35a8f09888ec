// The API server's warnings as kubectl prints them (client-go rest.WarningWriter with
// Deduplicate, set up in kubectl's cmd.go): `Warning: <text>` on stderr, once per text.
// Only kubectl's own requests carry them to kubectl: the server's sink is set around each
// call, so controllers running meanwhile (kubectl wait, rollout status) warn nobody.
import type { ApiServer } from "../apiserver/server/api-server";
import type { ClusterApi } from "../apiserver/api-interface";
import type { Cluster } from "../cluster/cluster";
import type { KubectlIO } from "./commands/command";

/** The distinct warnings a command received, in arrival order. */
export class WarningCollector {
  private readonly seen = new Set<string>();
  readonly sink = (text: string): void => {
    this.seen.add(text);
  };

  get count(): number {
    return this.seen.size;
  }

  /** What kubectl wrote to stderr for them. */
  text(): string {
    let out = "";
    for (const w of this.seen) out += `Warning: ${w}\n`;
    return out;
  }
}

const requestMethods = new Set<keyof ClusterApi>(["create", "get", "list", "update", "patch", "delete", "watch"]);

/** A view of the server whose requests report their warnings to `sink`. */
function warningApi(server: ApiServer, sink: (text: string) => void): ApiServer {
  return new Proxy(server, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      if (!requestMethods.has(prop as keyof ClusterApi)) return method.bind(target);
      return (...args: unknown[]) => {
        const previous = target.warningSink;
        target.warningSink = sink;
        try {
          return method.apply(target, args);
        } finally {
          target.warningSink = previous;
        }
      };
    },
  });
}

/** io whose cluster's API reports kubectl's requests' warnings to the collector. */
export function withApiWarnings(io: KubectlIO, collector: WarningCollector): KubectlIO {
  const api = warningApi(io.cluster.api, collector.sink);
  const cluster = new Proxy(io.cluster, {
    get(target, prop) {
      if (prop === "api") return api;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as Cluster;
  // Inherit from io rather than copy it: the shell's io may keep state or methods on itself.
  const wrapped = Object.create(io) as KubectlIO;
  wrapped.cluster = cluster;
  return wrapped;
}
