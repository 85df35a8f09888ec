// Ingress, IngressClass and NetworkPolicy columns of printers.go.
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn } from "./columns";
import { formatLabelSelector } from "./labels";
import type { LabelSelectorView } from "./object-view";
import { view } from "./object-view";
import { loadBalancerStatusString, type LoadBalancerStatusView } from "./service";
import { translateTimestampSince } from "./timestamps";

interface IngressView {
  metadata: { name?: string; creationTimestamp?: string };
  spec?: { ingressClassName?: string | null; rules?: { host?: string }[]; tls?: unknown[] };
  status?: { loadBalancer?: LoadBalancerStatusView };
}

interface IngressClassView {
  metadata: { name?: string; creationTimestamp?: string };
  spec?: { controller?: string; parameters?: { apiGroup?: string | null; kind?: string; name?: string } | null };
}

interface NetworkPolicyView {
  metadata: { name?: string; creationTimestamp?: string };
  spec?: { podSelector?: LabelSelectorView };
}

const maxHosts = 3;

/** formatHosts: up to 3 hosts, `*` when no rule names one. */
export function formatHosts(rules: { host?: string }[]): string {
  const list: string[] = [];
  let more = false;
  for (const rule of rules) {
    if (list.length === maxHosts) more = true;
    if (!more && rule.host) list.push(rule.host);
  }
  if (list.length === 0) return "*";
  const text = list.join(",");
  return more ? `${text} + ${rules.length - maxHosts} more...` : text;
}

export const ingressPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Class", "string", "The name of the IngressClass resource that should be used for additional configuration"),
    column("Hosts", "string", "Hosts that incoming requests are matched against before the ingress rule"),
    column("Address", "string", "Address is a list containing ingress points for the load-balancer"),
    column("Ports", "string", "Ports of TLS configurations that open"),
    ageColumn,
  ],
  row(obj, ctx) {
    const ing = view<IngressView>(obj);
    return [
      ing.metadata.name ?? "",
      ing.spec?.ingressClassName ?? "<none>",
      formatHosts(ing.spec?.rules ?? []),
      loadBalancerStatusString(ing.status?.loadBalancer),
      (ing.spec?.tls ?? []).length !== 0 ? "80, 443" : "80",
      translateTimestampSince(ing.metadata.creationTimestamp, ctx.now),
    ];
  },
};

export const ingressClassPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Controller", "string", "Controller that is responsible for handling this class"),
    column("Parameters", "string", "A reference to a resource with additional parameters"),
    ageColumn,
  ],
  row(obj, ctx) {
    const ic = view<IngressClassView>(obj);
    const p = ic.spec?.parameters;
    let parameters = "<none>";
    if (p) {
      parameters = (p.kind ?? "") + (p.apiGroup !== undefined && p.apiGroup !== null ? `.${p.apiGroup}` : "") + `/${p.name ?? ""}`;
    }
    return [ic.metadata.name ?? "", ic.spec?.controller ?? "", parameters, translateTimestampSince(ic.metadata.creationTimestamp, ctx.now)];
  },
};

export const networkPolicyPrinter: TablePrinter = {
  columns: [nameColumn, column("Pod-Selector"), ageColumn],
  row(obj, ctx) {
    const np = view<NetworkPolicyView>(obj);
    // podSelector is a value, never nil: an empty one selects everything and prints <none>.
    return [
      np.metadata.name ?? "",
      formatLabelSelector(np.spec?.podSelector ?? {}),
      translateTimestampSince(np.metadata.creationTimestamp, ctx.now),
    ];
  },
};
