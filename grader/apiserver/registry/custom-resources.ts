// What a CustomResourceDefinition adds to discovery
// (staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_discovery_controller.go).
import type { KubeObject } from "../types";
import { storageKeyOf, type ResourceEntry } from "./builtin-resources";

interface CrdVersion {
  name: string;
  served?: boolean;
  storage?: boolean;
  subresources?: { status?: unknown; scale?: unknown };
}

interface CrdSpec {
  group: string;
  scope: "Namespaced" | "Cluster";
  names: { plural: string; singular?: string; kind: string; listKind?: string; shortNames?: string[]; categories?: string[] };
  versions: CrdVersion[];
}

// Kube-aware version ordering (apimachinery/pkg/version/helpers.go): GA > beta > alpha, then by number; others last, alphabetically.
function versionPriority(v: string): [number, number, number, string] {
  const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
  if (!m) return [0, 0, 0, v];
  const major = Number(m[1]);
  if (!m[2]) return [3, major, 0, v];
  return [m[2] === "beta" ? 2 : 1, major, Number(m[3]), v];
}

export function compareKubeAwareVersions(a: string, b: string): number {
  const pa = versionPriority(a);
  const pb = versionPriority(b);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pb[i] as number) - (pa[i] as number);
  return pa[3] < pb[3] ? -1 : pa[3] > pb[3] ? 1 : 0;
}

/** The discovery entry of the resource a CRD defines; undefined when no version is served. */
export function resourceEntryFromCRD(crd: KubeObject): ResourceEntry | undefined {
  const spec = crd.spec as CrdSpec | undefined;
  if (!spec?.names?.plural || !spec.group) return undefined;
  const served = (spec.versions ?? []).filter((v) => v.served !== false).map((v) => v.name);
  if (served.length === 0) return undefined;
  served.sort(compareKubeAwareVersions);
  const preferred = spec.versions.find((v) => v.name === served[0]);
  const subresources: string[] = [];
  if (preferred?.subresources?.scale) subresources.push("scale");
  if (preferred?.subresources?.status) subresources.push("status");
  const names = spec.names;
  return Object.freeze({
    info: Object.freeze({
      group: spec.group,
      version: served[0],
      resource: names.plural,
      singular: names.singular || names.kind.toLowerCase(),
      kind: names.kind,
      listKind: names.listKind || `${names.kind}List`,
      shortNames: names.shortNames ?? [],
      namespaced: spec.scope !== "Cluster",
      verbs: ["delete", "deletecollection", "get", "list", "patch", "create", "update", "watch"],
      categories: names.categories ?? [],
      subresources,
    }),
    versions: served,
    storageKey: storageKeyOf(spec.group, names.plural),
  });
}
