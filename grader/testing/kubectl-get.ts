// What `kubectl get <resource> -n <namespace>` prints for a cluster right now,
// through the server-side printers, for scenario tests.
import { formatTable, printTable, type FormatTableOptions } from "../apiserver/printers";
import { resolveResource } from "../apiserver/registry";
import type { ClusterApi } from "../apiserver/api-interface";
import type { VirtualClock } from "../clock/virtual-clock";

export function kubectlGet(
  cluster: { api: ClusterApi; clock: VirtualClock },
  resource: string,
  namespace = "default",
  options: FormatTableOptions = {},
): string {
  const info = resolveResource(resource);
  if (!info) throw new Error(`the server doesn't have a resource type "${resource}"`);
  const items = cluster.api.list({ group: info.group, version: info.version, resource: info.resource }, { namespace }).items;
  const text = formatTable(printTable(info, items, { now: cluster.clock.now() }), options);
  return text === "" ? `No resources found in ${namespace} namespace.\n` : text;
}
