// describeService of k8s.io/kubectl/pkg/describe/describe.go v0.34.5, with the Endpoints line
// of each port built from the Service's EndpointSlices (formatEndpointSlices).
import type { KubeObject } from "../../apiserver/types";
import { formatLabels } from "../../apiserver/printers/labels";
import type { Cluster } from "../../cluster/cluster";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";

interface ServiceView {
  metadata: KubeObject["metadata"];
  spec?: {
    selector?: Record<string, string>;
    type?: string;
    ipFamilyPolicy?: string;
    ipFamilies?: string[];
    clusterIP?: string;
    clusterIPs?: string[];
    externalIPs?: string[];
    loadBalancerIP?: string;
    externalName?: string;
    ports?: { name?: string; port: number; protocol?: string; targetPort?: number | string; nodePort?: number }[];
    sessionAffinity?: string;
    externalTrafficPolicy?: string;
    internalTrafficPolicy?: string;
    healthCheckNodePort?: number;
    loadBalancerSourceRanges?: string[];
    trafficDistribution?: string;
  };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string; ipMode?: string }[] } };
}

interface EndpointSliceView {
  ports?: { name?: string; port?: number }[];
  endpoints?: { addresses: string[]; conditions?: { ready?: boolean } }[];
}

const endpointSlicesResource = { group: "discovery.k8s.io", version: "v1", resource: "endpointslices" };

/** The EndpointSlices labelled `kubernetes.io/service-name=<service>` in its namespace. */
export function serviceEndpointSlices(cluster: Cluster, service: KubeObject): KubeObject[] {
  return cluster.api.list(endpointSlicesResource, { namespace: service.metadata.namespace, labelSelector: `kubernetes.io/service-name=${service.metadata.name ?? ""}` }).items;
}

const joinHostPort = (host: string, port: number): string => (host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`);

/** formatEndpointSlices: ready addresses (host:port for the named port), three at most then `+ N more...`. */
export function formatEndpointSlices(slices: KubeObject[], portName: string): string {
  if (slices.length === 0) return "<none>";
  const max = 3;
  const list: string[] = [];
  let more = false;
  let count = 0;
  const add = (text: string, ready: boolean | undefined): void => {
    if (list.length === max) more = true;
    if (ready === false) return; // an unset condition counts as ready
    if (!more) list.push(text);
    count++;
  };
  for (const slice of slices as unknown as EndpointSliceView[]) {
    const endpoints = slice.endpoints ?? [];
    if ((slice.ports ?? []).length === 0) {
      for (const e of endpoints) add(e.addresses[0], e.conditions?.ready);
      continue;
    }
    for (const port of slice.ports!) {
      if ((port.name ?? "") !== portName) continue;
      for (const e of endpoints) add(joinHostPort(e.addresses[0], port.port ?? 0), e.conditions?.ready);
    }
  }
  const text = list.join(",");
  return more ? `${text} + ${count - max} more...` : text;
}

/** buildIngressString: `IP (IPMode)` or the hostname, comma-separated. */
const ingressText = (ingress: NonNullable<NonNullable<ServiceView["status"]>["loadBalancer"]>["ingress"]): string =>
  (ingress ?? []).map((i) => (i.ip ? (i.ipMode ? `${i.ip} (${i.ipMode})` : i.ip) : (i.hostname ?? ""))).join(", ");

/** `kubectl describe service`: the text describeService prints, Events included when given. */
export function describeService(obj: KubeObject, endpointSlices: KubeObject[], events: KubeObject[] | undefined, now: number): string {
  const svc = obj as unknown as ServiceView;
  const spec = svc.spec ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${svc.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${svc.metadata.namespace ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", svc.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", svc.metadata.annotations);
  w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(0, `Type:\t${spec.type ?? ""}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(0, `IP Families:\t${(spec.ipFamilies ?? []).length > 0 ? spec.ipFamilies!.join(",") : "<none>"}\n`);
  w.write(0, `IP:\t${spec.clusterIP ?? ""}\n`);
  w.write(0, `IPs:\t${(spec.clusterIPs ?? []).length > 0 ? spec.clusterIPs!.join(",") : "<none>"}\n`);
  if ((spec.externalIPs ?? []).length > 0) w.write(0, `External IPs:\t${spec.externalIPs!.join(",")}\n`);
  if (spec.loadBalancerIP) w.write(0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
  if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length > 0) w.write(0, `LoadBalancer Ingress:\t${ingressText(ingress)}\n`);
  for (const p of spec.ports ?? []) {
    const name = p.name || "<unset>";
    const protocol = p.protocol ?? "";
    w.write(0, `Port:\t${name}\t${p.port}/${protocol}\n`);
    w.write(0, `TargetPort:\t${String(p.targetPort ?? 0)}/${protocol}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${protocol}\n`);
    w.write(0, `Endpoints:\t${formatEndpointSlices(endpointSlices, p.name ?? "")}\n`);
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? ""}\n`);
  if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  if ((spec.loadBalancerSourceRanges ?? []).length > 0) w.write(0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges!.join(",")}\n`);
  if (spec.trafficDistribution) w.write(0, `Traffic Distribution:\t${spec.trafficDistribution}\n`);
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const serviceDescriber = (cluster: Cluster, obj: KubeObject, settings: { showEvents: boolean }): string =>
  describeService(obj, serviceEndpointSlices(cluster, obj), settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
