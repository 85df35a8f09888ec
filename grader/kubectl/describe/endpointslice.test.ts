// Expected texts follow describeEndpointSliceV1 of k8s.io/kubectl/pkg/describe/describe.go v0.34.5;
// the slice is written by the cluster's EndpointSlice controller (its name suffix is random).
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { describeEndpointSlice } from "./endpointslice";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";
import { webServiceManifests } from "./web-service-manifests";

describe("kubectl describe endpointslice (describe.go describeEndpointSliceV1)", () => {
  it("prints the ports table and each endpoint with its conditions, target and node", async () => {
    const w = await clusterWith(webServiceManifests, 20_000);
    const text = await describeOutput(w, "endpointslice", "-l", "kubernetes.io/service-name=web");
    expect(text.replace(/web-[a-z0-9]{5}\n/, "web-xxxxx\n").replace(/web-[a-z0-9]+-[a-z0-9]{5}\n/g, "web-pod\n")).toBe(
      lines(
        "Name:         web-xxxxx",
        "Namespace:    default",
        "Labels:       endpointslice.kubernetes.io/managed-by=endpointslice-controller.k8s.io",
        "              kubernetes.io/service-name=web",
        "Annotations:  endpoints.kubernetes.io/last-change-trigger-time: 2026-01-01T00:00:03Z",
        "AddressType:  IPv4",
        "Ports:",
        "  Name  Port  Protocol",
        "  ----  ----  --------",
        "  http  80    TCP",
        "Endpoints:",
        "  - Addresses:  192.168.1.2",
        "    Conditions:",
        "      Ready:    true",
        "    Hostname:   <unset>",
        "    TargetRef:  Pod/web-pod",
        "    NodeName:   node01",
        "    Zone:       <unset>",
        "  - Addresses:  192.168.1.3",
        "    Conditions:",
        "      Ready:    true",
        "    Hostname:   <unset>",
        "    TargetRef:  Pod/web-pod",
        "    NodeName:   node01",
        "    Zone:       <unset>",
        "Events:         <none>",
      ),
    );
  });

  it("prints `Ports: <unset>` and `Endpoints: <none>` for an empty slice, and `<unset>` for an unset port and ready condition", () => {
    const empty = { apiVersion: "discovery.k8s.io/v1", kind: "EndpointSlice", metadata: { name: "s", namespace: "default" }, addressType: "IPv4", endpoints: [] } as unknown as KubeObject;
    expect(describeEndpointSlice(empty, undefined, 0)).toBe(lines("Name:         s", "Namespace:    default", "Labels:       <none>", "Annotations:  <none>", "AddressType:  IPv4", "Ports: <unset>", "Endpoints: <none>"));
    const unset = { ...empty, ports: [{ protocol: "UDP" }], endpoints: [{ addresses: ["10.0.0.1", "10.0.0.2"], conditions: {} }] } as unknown as KubeObject;
    expect(describeEndpointSlice(unset, undefined, 0)).toBe(
      lines(
        "Name:         s",
        "Namespace:    default",
        "Labels:       <none>",
        "Annotations:  <none>",
        "AddressType:  IPv4",
        "Ports:",
        "  Name     Port     Protocol",
        "  ----     ----     --------",
        "  <unset>  <unset>  UDP",
        "Endpoints:",
        "  - Addresses:  10.0.0.1, 10.0.0.2",
        "    Conditions:",
        "      Ready:   <unset>",
        "    Hostname:  <unset>",
        "    NodeName:  <unset>",
        "    Zone:      <unset>",
      ),
    );
  });
});
