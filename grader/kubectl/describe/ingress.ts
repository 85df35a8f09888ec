// describeIngressV1, describeBackendV1, serviceBackendStringer, describeIngressTLSV1 and
// ingressLoadBalancerStatusStringerV1 of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { isStatusError } from "../../apiserver/errors";
import type { Cluster } from "../../cluster/cluster";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import { formatEndpointSlices, serviceEndpointSlices } from "./service";
import type { Describer } from "./describers";

export interface IngressBackendView {
  service?: { name?: string; port?: { name?: string; number?: number } };
  resource?: { apiGroup?: string | null; kind?: string; name?: string };
}

interface IngressView {
  metadata: KubeObject["metadata"];
  spec?: {
    ingressClassName?: string | null;
    defaultBackend?: IngressBackendView;
    tls?: { hosts?: string[]; secretName?: string }[];
    rules?: { host?: string; http?: { paths?: { path?: string; backend: IngressBackendView }[] } }[];
  };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}

interface ServiceView {
  spec?: { ports?: { name?: string; port?: number }[] };
}

/** How a backend's service endpoints read: the EndpointSlices' text, or the error that kept them from being read. */
export type BackendEndpoints = (namespace: string, serviceName: string, portName: (service: KubeObject) => string) => string;

const servicesResource = { group: "", version: "v1", resource: "services" };

/** describeBackendV1's lookups against the cluster: `<error: services "x" not found>` when the Service is missing. */
export function clusterBackendEndpoints(cluster: Cluster): BackendEndpoints {
  return (namespace, serviceName, portName) => {
    let service: KubeObject;
    try {
      service = cluster.api.get(servicesResource, namespace, serviceName);
    } catch (e) {
      if (isStatusError(e)) return `<error: ${e.message}>`;
      throw e;
    }
    return formatEndpointSlices(serviceEndpointSlices(cluster, service), portName(service));
  };
}

/** serviceBackendStringer: `name:port`, the port by number when set, else by name. */
const serviceBackendText = (service: NonNullable<IngressBackendView["service"]>): string => `${service.name ?? ""}:${service.port?.number ? service.port.number : (service.port?.name ?? "")}`;

/** describeBackendV1: `svc:80 (10.0.0.1:8080)` for a service backend, the reference of a resource backend. */
export function describeIngressBackend(namespace: string, backend: IngressBackendView, endpoints: BackendEndpoints): string {
  if (backend.service) {
    const sb = backend.service;
    const portName = (service: KubeObject): string => {
      let name = "";
      for (const sp of (service as unknown as ServiceView).spec?.ports ?? []) {
        if (sb.port?.number && sb.port.number === sp.port) name = sp.name ?? "";
        else if (sb.port?.name && sb.port.name === sp.name) name = sp.name ?? "";
      }
      return name;
    };
    return `${serviceBackendText(sb)} (${endpoints(namespace, sb.name ?? "", portName)})`;
  }
  if (backend.resource) {
    const r = backend.resource;
    const group = r.apiGroup !== undefined && r.apiGroup !== null ? r.apiGroup : "<none>";
    return `APIGroup: ${group}, Kind: ${r.kind ?? ""}, Name: ${r.name ?? ""}`;
  }
  return "";
}

/** ingressLoadBalancerStatusStringerV1 (wide): the distinct IPs or hostnames, sorted, comma-separated. */
function addressText(ingress: IngressView): string {
  const set = new Set<string>();
  for (const i of ingress.status?.loadBalancer?.ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  return [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(",");
}

/** `kubectl describe ingress`: the text describeIngressV1 prints, Events included when given. */
export function describeIngress(obj: KubeObject, endpoints: BackendEndpoints, events: KubeObject[] | undefined, now: number): string {
  const ing = obj as unknown as IngressView;
  const spec = ing.spec ?? {};
  const namespace = ing.metadata.namespace ?? "";
  const w = new DescribeWriter();
  w.write(0, `Name:\t${ing.metadata.name ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", ing.metadata.labels);
  w.write(0, `Namespace:\t${namespace}\n`);
  w.write(0, `Address:\t${addressText(ing)}\n`);
  w.write(0, `Ingress Class:\t${spec.ingressClassName ?? "<none>"}\n`);
  const defaultBackend = spec.defaultBackend ? describeIngressBackend(namespace, spec.defaultBackend, endpoints) : "<default>";
  w.write(0, `Default backend:\t${defaultBackend}\n`);
  if ((spec.tls ?? []).length > 0) {
    w.write(0, "TLS:\n");
    for (const t of spec.tls!) {
      const hosts = (t.hosts ?? []).join(",");
      w.write(1, t.secretName ? `${t.secretName} terminates ${hosts}\n` : `SNI routes ${hosts}\n`);
    }
  }
  w.write(0, "Rules:\n  Host\tPath\tBackends\n");
  w.write(1, "----\t----\t--------\n");
  let count = 0;
  for (const rule of spec.rules ?? []) {
    if (!rule.http) continue;
    count++;
    w.write(1, `${rule.host || "*"}\t\n`);
    for (const path of rule.http.paths ?? []) w.write(2, `\t${path.path ?? ""} \t${describeIngressBackend(namespace, path.backend, endpoints)}\n`);
  }
  if (count === 0) w.write(1, `*\t*\t${defaultBackend}\n`);
  writeAnnotationsMultiline(w, "Annotations", ing.metadata.annotations);
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const ingressDescriber: Describer = (cluster, obj, settings) =>
  describeIngress(obj, clusterBackendEndpoints(cluster), settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
