// Warnings for every request to a deprecated API version (apiserver
// endpoints/deprecation WarningMessage; apiextensions-apiserver customresource_handler.go
// defaultDeprecationWarning for a CRD version marked deprecated).

/** v1 Endpoints: deprecated in v1.33 with EndpointSlice as its replacement (KEP-4974). */
export const endpointsDeprecationWarning = "v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice";

/** A built-in resource's deprecation warning for a version; undefined when it is not deprecated. */
export function builtinDeprecationWarning(group: string, version: string, resource: string): string | undefined {
  return group === "" && version === "v1" && resource === "endpoints" ? endpointsDeprecationWarning : undefined;
}

interface CrdVersion {
  name: string;
  served?: boolean;
  deprecated?: boolean;
  deprecationWarning?: string;
}

/** apimachinery version.CompareKubeAwareVersionStrings order: GA > beta > alpha, then by number; others last. */
function kubeAwareRank(v: string): [number, number, number, string] {
  const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
  if (!m) return [0, 0, 0, v];
  const stage = m[2] === undefined ? 3 : m[2] === "beta" ? 2 : 1;
  return [stage, Number(m[1]), Number(m[3] ?? 0), v];
}

function compareKubeAware(a: string, b: string): number {
  const [sa, ma, na, ta] = kubeAwareRank(a);
  const [sb, mb, nb, tb] = kubeAwareRank(b);
  if (sa === 0 || sb === 0) {
    if (sa !== sb) return sa === 0 ? -1 : 1;
    return ta < tb ? 1 : ta > tb ? -1 : 0; // others: alphabetically first is higher
  }
  if (sa !== sb) return sa - sb;
  if (ma !== mb) return ma - mb;
  return na - nb;
}

/** A CRD version's warning: its deprecationWarning, or "<group>/<version> <Kind> is deprecated[; use <newest served>]". */
export function crdDeprecationWarning(group: string, kind: string, versions: CrdVersion[], version: string): string | undefined {
  const v = versions.find((x) => x.name === version);
  if (!v?.deprecated) return undefined;
  if (v.deprecationWarning !== undefined) return v.deprecationWarning;
  const message = `${group}/${version} ${kind} is deprecated`;
  const newer = versions
    .filter((x) => x.served !== false && !x.deprecated && compareKubeAware(version, x.name) < 0)
    .map((x) => x.name)
    .sort((a, b) => compareKubeAware(b, a));
  return newer.length === 0 ? message : `${message}; use ${group}/${newer[0]} ${kind}`;
}
