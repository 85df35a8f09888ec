// Service links (pkg/kubelet/envvars/envvars.go FromServices and
// kubelet_pods.go getServiceEnvVarMap): every container sees the `kubernetes`
// Service of the default namespace and, unless the pod sets
// enableServiceLinks: false, every Service of its own namespace that has a
// cluster IP, as Docker-link style variables:
//   <NAME>_SERVICE_HOST, <NAME>_SERVICE_PORT, <NAME>_SERVICE_PORT_<PORTNAME>,
//   <NAME>_PORT, <NAME>_PORT_<port>_<PROTO>{,_PROTO,_PORT,_ADDR}.
// The kubelet keeps them in a Go map, so their order in a real container is
// arbitrary; here they come Service by Service in name order.
import type { ClusterApi } from "../apiserver/api-interface";
import type { KubeObject } from "../apiserver/types";

const servicesGVR = { group: "", version: "v1", resource: "services" };
/** The master services the kubelet always links from the default namespace. */
const masterServices = new Set(["kubernetes"]);

interface ServicePort {
  name?: string;
  port: number;
  protocol?: string;
}

type Service = KubeObject & { spec?: { clusterIP?: string; ports?: ServicePort[] } };

/** v1helper.IsServiceIPSet: a cluster IP that is neither empty nor None. */
function hasClusterIP(svc: Service): boolean {
  const ip = svc.spec?.clusterIP ?? "";
  return ip !== "" && ip !== "None";
}

/** makeEnvVariableName: upper case, dashes to underscores. */
function envName(s: string): string {
  return s.replace(/-/g, "_").toUpperCase();
}

/** net.JoinHostPort: IPv6 addresses in brackets. */
function hostPort(ip: string, port: number): string {
  return ip.includes(":") ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** envvars.FromServices for one Service, in upstream's order. */
export function serviceLinkVars(svc: Service): [string, string][] {
  const ports = svc.spec?.ports ?? [];
  const ip = svc.spec?.clusterIP ?? "";
  const prefix = envName(svc.metadata.name ?? "");
  const out: [string, string][] = [[`${prefix}_SERVICE_HOST`, ip]];
  if (ports.length === 0) return out;
  out.push([`${prefix}_SERVICE_PORT`, String(ports[0].port)]);
  for (const p of ports) if (p.name) out.push([`${prefix}_SERVICE_PORT_${envName(p.name)}`, String(p.port)]);
  ports.forEach((p, i) => {
    const proto = p.protocol || "TCP";
    const url = `${proto.toLowerCase()}://${hostPort(ip, p.port)}`;
    if (i === 0) out.push([`${prefix}_PORT`, url]);
    const portPrefix = `${prefix}_PORT_${p.port}_${proto.toUpperCase()}`;
    out.push([portPrefix, url], [`${portPrefix}_PROTO`, proto.toLowerCase()], [`${portPrefix}_PORT`, String(p.port)], [`${portPrefix}_ADDR`, ip]);
  });
  return out;
}

/** By stored Service: a frozen object never changes, so neither do its variables (every container start reads them). */
const linkVarsOfStored = new WeakMap<Service, [string, string][]>();

function linkVarsOf(svc: Service): [string, string][] {
  if (!Object.isFrozen(svc)) return serviceLinkVars(svc);
  let vars = linkVarsOfStored.get(svc);
  if (!vars) linkVarsOfStored.set(svc, (vars = serviceLinkVars(svc)));
  return vars;
}

/** getServiceEnvVarMap: the Services a pod in `namespace` is linked to, as they exist now. */
export function serviceEnvVars(api: ClusterApi, namespace: string, enableServiceLinks: boolean): Record<string, string> {
  const linked = new Map<string, Service>();
  for (const svc of api.list(servicesGVR, { readOnly: true }).items as Service[]) {
    if (!hasClusterIP(svc)) continue;
    const name = svc.metadata.name ?? "";
    if (svc.metadata.namespace === "default" && masterServices.has(name)) {
      if (!linked.has(name)) linked.set(name, svc);
    } else if (svc.metadata.namespace === namespace && enableServiceLinks) {
      linked.set(name, svc);
    }
  }
  const env: Record<string, string> = {};
  for (const name of [...linked.keys()].sort()) for (const [k, v] of linkVarsOf(linked.get(name)!)) env[k] = v;
  return env;
}
