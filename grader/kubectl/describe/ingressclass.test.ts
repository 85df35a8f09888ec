// Expected texts follow describeIngressClassV1 of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const manifests = `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata: {name: external}
spec:
  controller: example.com/ingress
  parameters: {apiGroup: k8s.example.com, kind: IngressParameters, name: external-lb, scope: Cluster}
`;

describe("kubectl describe ingressclass (describe.go describeIngressClassV1)", () => {
  it("prints the controller and the parameters reference", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "ingressclass", "external")).toBe(
      lines(
        "Name:         external",
        "Labels:       <none>",
        "Annotations:  <none>",
        "Controller:   example.com/ingress",
        "Parameters:",
        "  APIGroup:  k8s.example.com",
        "  Kind:      IngressParameters",
        "  Name:      external-lb",
        "Events:      <none>",
      ),
    );
  });

  it("prints the cluster's nginx class without a Parameters section", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "ingressclass", "nginx")).toBe(
      lines(
        "Name:         nginx",
        "Labels:       app.kubernetes.io/component=controller",
        "              app.kubernetes.io/instance=ingress-nginx",
        "              app.kubernetes.io/name=ingress-nginx",
        "Annotations:  <none>",
        "Controller:   k8s.io/ingress-nginx",
        "Events:       <none>",
      ),
    );
  });
});
