// Expected texts follow describeNetworkPolicy, describeNetworkPolicySpec,
// printNetworkPolicySpecIngressFrom/EgressTo and policyTypesToString of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5. `Created on:` is Go's time.Time.String();
// `PodSelector: ` is followed by a level-2 write, hence the four spaces; an empty except list
// leaves `Except: ` with its trailing space.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const manifests = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-policy}
spec:
  podSelector: {matchLabels: {role: db}}
  policyTypes: [Ingress, Egress]
  ingress:
  - from:
    - ipBlock: {cidr: 172.17.0.0/16, except: [172.17.1.0/24, 172.17.2.0/24]}
    - namespaceSelector: {matchLabels: {project: myproject}}
      podSelector: {matchLabels: {role: frontend}}
    - podSelector: {matchLabels: {role: frontend}}
    ports: [{protocol: TCP, port: 6379}, {port: metrics}]
  - {}
  egress:
  - to: [{ipBlock: {cidr: 10.0.0.0/24}}]
    ports: [{protocol: UDP, port: 32000, endPort: 32768}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all}
spec:
  podSelector: {}
`;

describe("kubectl describe networkpolicy (describe.go describeNetworkPolicy)", () => {
  it("prints each ingress and egress rule's ports and peers, separated by dashes", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "netpol", "db-policy")).toBe(
      lines(
        "Name:         db-policy",
        "Namespace:    default",
        "Created on:   2026-01-01 00:00:00 +0000 UTC",
        "Labels:       <none>",
        "Annotations:  <none>",
        "Spec:",
        "  PodSelector:     role=db",
        "  Allowing ingress traffic:",
        "    To Port: 6379/TCP",
        "    To Port: metrics/TCP",
        "    From:",
        "      IPBlock:",
        "        CIDR: 172.17.0.0/16",
        "        Except: 172.17.1.0/24, 172.17.2.0/24",
        "    From:",
        "      NamespaceSelector: project=myproject",
        "      PodSelector: role=frontend",
        "    From:",
        "      PodSelector: role=frontend",
        "    ----------",
        "    To Port: <any> (traffic allowed to all ports)",
        "    From: <any> (traffic not restricted by source)",
        "  Allowing egress traffic:",
        "    To Port Range: 32000-32768/UDP",
        "    To:",
        "      IPBlock:",
        "        CIDR: 10.0.0.0/24",
        "        Except: ",
        "  Policy Types: Ingress, Egress",
      ),
    );
  });

  it("prints a default-deny policy: every pod selected, ingress isolated, egress not affected", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "networkpolicy", "deny-all")).toBe(
      lines(
        "Name:         deny-all",
        "Namespace:    default",
        "Created on:   2026-01-01 00:00:00 +0000 UTC",
        "Labels:       <none>",
        "Annotations:  <none>",
        "Spec:",
        "  PodSelector:     <none> (Allowing the specific traffic to all pods in this namespace)",
        "  Allowing ingress traffic:",
        "    <none> (Selected pods are isolated for ingress connectivity)",
        "  Not affecting egress traffic",
        "  Policy Types: Ingress",
      ),
    );
  });
});
