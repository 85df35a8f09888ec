// describeNetworkPolicy, describeNetworkPolicySpec, printNetworkPolicySpecIngressFrom/EgressTo and
// policyTypesToString of k8s.io/kubectl/pkg/describe/describe.go v0.34.5 (no Events section).
import type { KubeObject } from "../../apiserver/types";
import { formatLabelSelector } from "../../apiserver/printers/labels";
import type { LabelSelectorView } from "../../apiserver/printers/object-view";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { formatGoTime } from "./go-time";
import type { Describer } from "./describers";

interface NetworkPolicyPeerView {
  podSelector?: LabelSelectorView | null;
  namespaceSelector?: LabelSelectorView | null;
  ipBlock?: { cidr?: string; except?: string[] } | null;
}

interface NetworkPolicyPortView {
  protocol?: string;
  port?: number | string | null;
  endPort?: number | null;
}

interface NetworkPolicyRuleView {
  ports?: NetworkPolicyPortView[];
  from?: NetworkPolicyPeerView[];
  to?: NetworkPolicyPeerView[];
}

interface NetworkPolicyView {
  metadata: KubeObject["metadata"];
  spec?: { podSelector?: LabelSelectorView; ingress?: NetworkPolicyRuleView[]; egress?: NetworkPolicyRuleView[]; policyTypes?: string[] };
}

const indent = "    ";

/** The `To Port` lines of a rule: `80/TCP`, `8000-9000/TCP`; an unset port prints as Go's `<nil>`. */
function writePorts(w: DescribeWriter, ports: NetworkPolicyPortView[] | undefined): void {
  if ((ports ?? []).length === 0) {
    w.write(0, `${indent}To Port: <any> (traffic allowed to all ports)\n`);
    return;
  }
  for (const port of ports!) {
    const protocol = port.protocol ?? "TCP";
    const value = port.port === undefined || port.port === null ? "<nil>" : String(port.port);
    if (port.endPort === undefined || port.endPort === null) w.write(0, `${indent}To Port: ${value}/${protocol}\n`);
    else w.write(0, `${indent}To Port Range: ${value}-${port.endPort}/${protocol}\n`);
  }
}

/** The `From:`/`To:` blocks of a rule's peers. */
function writePeers(w: DescribeWriter, title: string, peers: NetworkPolicyPeerView[] | undefined, anyText: string): void {
  if ((peers ?? []).length === 0) {
    w.write(0, `${indent}${anyText}\n`);
    return;
  }
  for (const peer of peers!) {
    w.write(0, `${indent}${title}:\n`);
    if (peer.podSelector && peer.namespaceSelector) {
      w.write(1, `${indent}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
      w.write(1, `${indent}PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
    } else if (peer.podSelector) {
      w.write(1, `${indent}PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
    } else if (peer.namespaceSelector) {
      w.write(1, `${indent}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
    } else if (peer.ipBlock) {
      w.write(1, `${indent}IPBlock:\n`);
      w.write(2, `${indent}CIDR: ${peer.ipBlock.cidr ?? ""}\n`);
      w.write(2, `${indent}Except: ${(peer.ipBlock.except ?? []).join(", ")}\n`);
    }
  }
}

function writeRules(w: DescribeWriter, rules: NetworkPolicyRuleView[] | undefined, direction: "ingress" | "egress"): void {
  if ((rules ?? []).length === 0) {
    w.write(0, `${indent}<none> (Selected pods are isolated for ${direction} connectivity)\n`);
    return;
  }
  rules!.forEach((rule, i) => {
    writePorts(w, rule.ports);
    if (direction === "ingress") writePeers(w, "From", rule.from, "From: <any> (traffic not restricted by source)");
    else writePeers(w, "To", rule.to, "To: <any> (traffic not restricted by destination)");
    if (i !== rules!.length - 1) w.write(0, `${indent}----------\n`);
  });
}

/** `kubectl describe networkpolicy`: the prose layout of describeNetworkPolicy. */
export function describeNetworkPolicy(obj: KubeObject): string {
  const np = obj as unknown as NetworkPolicyView;
  const spec = np.spec ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${np.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${np.metadata.namespace ?? ""}\n`);
  w.write(0, `Created on:\t${formatGoTime(np.metadata.creationTimestamp)}\n`);
  writeLabelsMultiline(w, "Labels", np.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", np.metadata.annotations);
  w.write(0, "Spec:\n");
  w.write(1, "PodSelector: ");
  const selector = spec.podSelector ?? {};
  if (Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0) {
    w.write(2, "<none> (Allowing the specific traffic to all pods in this namespace)\n");
  } else {
    w.write(2, `${formatLabelSelector(selector)}\n`);
  }
  const types = spec.policyTypes ?? [];
  if (types.includes("Ingress")) {
    w.write(1, "Allowing ingress traffic:\n");
    writeRules(w, spec.ingress, "ingress");
  } else {
    w.write(1, "Not affecting ingress traffic\n");
  }
  if (types.includes("Egress")) {
    w.write(1, "Allowing egress traffic:\n");
    writeRules(w, spec.egress, "egress");
  } else {
    w.write(1, "Not affecting egress traffic\n");
  }
  w.write(1, `Policy Types: ${types.length > 0 ? types.join(", ") : "<none>"}\n`);
  return w.toString();
}

export const networkPolicyDescriber: Describer = (_cluster, obj) => describeNetworkPolicy(obj);
