// Expected texts follow describeIngressV1, describeBackendV1, serviceBackendStringer and
// describeIngressTLSV1 of k8s.io/kubectl/pkg/describe/describe.go v0.34.5. A host line ends with
// an empty cell, so it is padded with trailing spaces as upstream's tabwriter pads it; a backend
// whose Service is missing shows the API error `services "api" not found`.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";
import { webServiceManifests } from "./web-service-manifests";

const ingresses = `---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: site, annotations: {nginx.ingress.kubernetes.io/rewrite-target: /}}
spec:
  ingressClassName: nginx
  tls: [{hosts: [shop.example.com], secretName: shop-tls}, {hosts: [a.example.com, b.example.com]}]
  rules:
  - host: shop.example.com
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
      - {path: /api, pathType: Prefix, backend: {service: {name: api, port: {name: grpc}}}}
  - http:
      paths:
      - {path: /static, pathType: ImplementationSpecific, backend: {resource: {apiGroup: k8s.example.com, kind: StorageBucket, name: static-assets}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: default-only}
spec:
  defaultBackend: {service: {name: web, port: {name: http}}}
`;

describe("kubectl describe ingress (describe.go describeIngressV1)", () => {
  it("prints TLS, each host's paths with the backend's endpoints or lookup error, and resource backends", async () => {
    const w = await clusterWith(webServiceManifests + ingresses, 20_000);
    expect(await describeOutput(w, "ingress", "site")).toBe(
      lines(
        "Name:             site",
        "Labels:           <none>",
        "Namespace:        default",
        "Address:          ",
        "Ingress Class:    nginx",
        "Default backend:  <default>",
        "TLS:",
        "  shop-tls terminates shop.example.com",
        "  SNI routes a.example.com,b.example.com",
        "Rules:",
        "  Host              Path  Backends",
        "  ----              ----  --------",
        "  shop.example.com  ",
        "                    /      web:80 (192.168.1.2:80,192.168.1.3:80)",
        "                    /api   api:grpc (<error: services \"api\" not found>)",
        "  *                 ",
        "                    /static   APIGroup: k8s.example.com, Kind: StorageBucket, Name: static-assets",
        "Annotations:        nginx.ingress.kubernetes.io/rewrite-target: /",
        "Events:             <none>",
      ),
    );
  });

  it("prints the default backend as the only rule of an Ingress without rules", async () => {
    const w = await clusterWith(webServiceManifests + ingresses, 20_000);
    expect(await describeOutput(w, "ing", "default-only")).toBe(
      lines(
        "Name:             default-only",
        "Labels:           <none>",
        "Namespace:        default",
        "Address:          ",
        "Ingress Class:    <none>",
        "Default backend:  web:http (192.168.1.2:80,192.168.1.3:80)",
        "Rules:",
        "  Host        Path  Backends",
        "  ----        ----  --------",
        "  *           *     web:http (192.168.1.2:80,192.168.1.3:80)",
        "Annotations:  <none>",
        "Events:       <none>",
      ),
    );
  });
});
