// Service columns of printers.go (printService): `<pending>` for a LoadBalancer, `80:30080/TCP`.
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn, wideColumn } from "./columns";
import { formatLabels } from "./labels";
import { view } from "./object-view";
import { translateTimestampSince } from "./timestamps";

interface ServiceView {
  metadata: { name?: string; creationTimestamp?: string };
  spec?: {
    type?: string;
    clusterIPs?: string[];
    externalIPs?: string[];
    externalName?: string;
    selector?: Record<string, string>;
    ports?: { port: number; nodePort?: number; protocol?: string }[];
  };
  status?: { loadBalancer?: LoadBalancerStatusView };
}

export interface LoadBalancerStatusView {
  ingress?: { ip?: string; hostname?: string }[];
}

/** IPs (or hostnames) of a load balancer, unique and sorted; the server prints them unclipped (wide). */
export function loadBalancerStatusString(status: LoadBalancerStatusView | undefined): string {
  const result = new Set<string>();
  for (const ingress of status?.ingress ?? []) {
    if (ingress.ip) result.add(ingress.ip);
    else if (ingress.hostname) result.add(ingress.hostname);
  }
  return [...result].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(",");
}

function externalIP(svc: ServiceView): string {
  const spec = svc.spec ?? {};
  const externalIPs = spec.externalIPs ?? [];
  switch (spec.type) {
    case "ClusterIP":
    case "NodePort":
      return externalIPs.length > 0 ? externalIPs.join(",") : "<none>";
    case "LoadBalancer": {
      const lbIPs = loadBalancerStatusString(svc.status?.loadBalancer);
      if (externalIPs.length > 0) {
        return [...(lbIPs ? lbIPs.split(",") : []), ...externalIPs].join(",");
      }
      return lbIPs || "<pending>";
    }
    case "ExternalName":
      return spec.externalName ?? "";
    default:
      return "<unknown>";
  }
}

function portsString(svc: ServiceView): string {
  const pieces = (svc.spec?.ports ?? []).map((p) => {
    const protocol = p.protocol ?? "";
    return p.nodePort && p.nodePort > 0 ? `${p.port}:${p.nodePort}/${protocol}` : `${p.port}/${protocol}`;
  });
  return pieces.join(",") || "<none>";
}

export const servicePrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Type"),
    column("Cluster-IP"),
    column("External-IP"),
    column("Port(s)"),
    ageColumn,
    wideColumn("Selector"),
  ],
  row(obj, ctx) {
    const svc = view<ServiceView>(obj);
    return [
      svc.metadata.name ?? "",
      svc.spec?.type ?? "",
      svc.spec?.clusterIPs?.[0] ?? "<none>",
      externalIP(svc),
      portsString(svc),
      translateTimestampSince(svc.metadata.creationTimestamp, ctx.now),
      formatLabels(svc.spec?.selector),
    ];
  },
};
