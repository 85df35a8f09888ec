// The rows of `kubectl api-resources`: one per resource at its preferred
// version, sorted by API group then name as kubectl's sortableResource does
// (staging/src/k8s.io/kubectl/pkg/cmd/apiresources/apiresources.go).
import type { ResourceRegistry } from "./resource-registry";
import { apiVersionOf } from "./resource-registry";

export interface ApiResourceRow {
  name: string;
  shortNames: string; // comma-joined
  apiVersion: string;
  namespaced: boolean;
  kind: string;
  verbs: string[];
}

export function apiResourceRows(registry: ResourceRegistry): ApiResourceRow[] {
  const rows = registry.entries().map((e) => ({
    group: e.info.group,
    row: {
      name: e.info.resource,
      shortNames: e.info.shortNames.join(","),
      apiVersion: apiVersionOf(e.info.group, e.info.version),
      namespaced: e.info.namespaced,
      kind: e.info.kind,
      verbs: e.info.verbs,
    },
  }));
  // Go's strings.Compare is bytewise; plain < on ASCII strings matches it.
  rows.sort((a, b) => {
    if (a.group !== b.group) return a.group < b.group ? -1 : 1;
    return a.row.name < b.row.name ? -1 : a.row.name > b.row.name ? 1 : 0;
  });
  return rows.map((r) => r.row);
}

/** The table kubectl prints (tab-separated cells aligned like its tabwriter: padding 3). */
export function formatApiResources(rows: ApiResourceRow[]): string {
  const header = ["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"];
  const cells = [header, ...rows.map((r) => [r.name, r.shortNames, r.apiVersion, String(r.namespaced), r.kind])];
  const widths = header.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  return cells
    .map((c) => c.map((cell, i) => (i === c.length - 1 ? cell : cell.padEnd(widths[i] + 3))).join(""))
    .join("\n")
    .concat("\n");
}
