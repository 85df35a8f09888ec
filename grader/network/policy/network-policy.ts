// NetworkPolicy evaluation as a policy-enforcing CNI does it
// (networking/v1 semantics): a pod selected by a policy of a direction only
// lets through what some rule of such a policy allows; a dropped TCP SYN
// makes the client time out. Ports are the pod's (after kube-proxy's DNAT).
import type { ClusterApi } from "../../apiserver/api-interface";
import type { KubeObject } from "../../apiserver/types";
import { labelSelectorFromMeta, labelSelectorMatches, type MetaLabelSelector } from "../../apiserver/selectors";
import { cidrContains } from "../ipv4";
import { gvr, tryGet } from "../service-endpoints";

/** One side of a connection: its IP, and its pod when it is one. */
export interface PolicyPeer {
  ip: string;
  pod?: KubeObject;
}

interface PeerJson {
  podSelector?: MetaLabelSelector;
  namespaceSelector?: MetaLabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}

interface PortJson {
  protocol?: string;
  port?: number | string;
  endPort?: number;
}

interface RuleJson {
  from?: PeerJson[];
  to?: PeerJson[];
  ports?: PortJson[];
}

interface PolicySpecJson {
  podSelector?: MetaLabelSelector;
  policyTypes?: string[];
  ingress?: RuleJson[];
  egress?: RuleJson[];
}

function matches(selector: MetaLabelSelector | undefined, labels: Record<string, string> | undefined): boolean {
  return labelSelectorMatches(labelSelectorFromMeta(selector ?? {}), labels);
}

function policyTypes(spec: PolicySpecJson): string[] {
  if (spec.policyTypes?.length) return spec.policyTypes;
  return spec.egress ? ["Ingress", "Egress"] : ["Ingress"];
}

function namespaceLabels(api: ClusterApi, namespace: string): Record<string, string> {
  return (tryGet(api, gvr.namespaces, "", namespace)?.metadata.labels ?? { "kubernetes.io/metadata.name": namespace }) as Record<string, string>;
}

function peerMatches(api: ClusterApi, peer: PeerJson, policyNamespace: string, other: PolicyPeer): boolean {
  if (peer.ipBlock) {
    return cidrContains(peer.ipBlock.cidr, other.ip) && !(peer.ipBlock.except ?? []).some((c) => cidrContains(c, other.ip));
  }
  const pod = other.pod;
  if (!pod) return false;
  const podNamespace = pod.metadata.namespace ?? "default";
  if (peer.namespaceSelector) {
    if (!matches(peer.namespaceSelector, namespaceLabels(api, podNamespace))) return false;
  } else if (podNamespace !== policyNamespace) return false;
  return peer.podSelector ? matches(peer.podSelector, pod.metadata.labels) : true;
}

/** A named port is looked up on the destination pod's containers. */
function portMatches(rulePort: PortJson, port: number, protocol: string, destination: KubeObject | undefined): boolean {
  if ((rulePort.protocol ?? "TCP") !== protocol) return false;
  if (rulePort.port === undefined) return true;
  if (typeof rulePort.port === "number") return rulePort.endPort !== undefined ? port >= rulePort.port && port <= rulePort.endPort : port === rulePort.port;
  const containers = ((destination?.spec as { containers?: { ports?: { name?: string; containerPort: number; protocol?: string }[] }[] } | undefined)?.containers ?? []);
  return containers.some((c) => (c.ports ?? []).some((p) => p.name === rulePort.port && p.containerPort === port && (p.protocol ?? "TCP") === protocol));
}

function ruleAllows(api: ClusterApi, rule: RuleJson, peers: PeerJson[] | undefined, policyNamespace: string, other: PolicyPeer, port: number, protocol: string, destination: KubeObject | undefined): boolean {
  const peerOk = !peers || peers.length === 0 || peers.some((p) => peerMatches(api, p, policyNamespace, other));
  const portOk = !rule.ports || rule.ports.length === 0 || rule.ports.some((p) => portMatches(p, port, protocol, destination));
  return peerOk && portOk;
}

/** Whether the policies of `subject`'s namespace let this direction's traffic through. */
function directionAllows(api: ClusterApi, direction: "Ingress" | "Egress", subject: KubeObject, other: PolicyPeer, port: number, protocol: string, destination: KubeObject | undefined): boolean {
  const namespace = subject.metadata.namespace ?? "default";
  const policies = api.list(gvr.networkPolicies, { namespace }).items;
  let selected = false;
  for (const policy of policies) {
    const spec = (policy.spec ?? {}) as PolicySpecJson;
    if (!policyTypes(spec).includes(direction) || !matches(spec.podSelector, subject.metadata.labels)) continue;
    selected = true;
    const rules = (direction === "Ingress" ? spec.ingress : spec.egress) ?? [];
    if (rules.some((r) => ruleAllows(api, r, direction === "Ingress" ? r.from : r.to, namespace, other, port, protocol, destination))) return true;
  }
  return !selected;
}

/** Whether a TCP/UDP connection from source to destination:port passes every NetworkPolicy. */
export function networkPoliciesAllow(api: ClusterApi, source: PolicyPeer, destination: PolicyPeer, port: number, protocol = "TCP"): boolean {
  if (source.pod && !directionAllows(api, "Egress", source.pod, destination, port, protocol, destination.pod)) return false;
  if (destination.pod && !directionAllows(api, "Ingress", destination.pod, source, port, protocol, destination.pod)) return false;
  return true;
}
