// Expected texts follow describeEndpoints of k8s.io/kubectl/pkg/describe/describe.go v0.34.5;
// the Endpoints object is written by the cluster's endpoints controller.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";
import { webServiceManifests } from "./web-service-manifests";

describe("kubectl describe endpoints (describe.go describeEndpoints)", () => {
  it("prints each subset's ready and not-ready addresses and its ports, then a blank line", async () => {
    const w = await clusterWith(webServiceManifests, 20_000);
    expect(await describeOutput(w, "endpoints", "web")).toBe(
      lines(
        "Name:         web",
        "Namespace:    default",
        "Labels:       <none>",
        "Annotations:  endpoints.kubernetes.io/last-change-trigger-time: 2026-01-01T00:00:03Z",
        "Subsets:",
        "  Addresses:          192.168.1.2,192.168.1.3",
        "  NotReadyAddresses:  <none>",
        "  Ports:",
        "    Name  Port  Protocol",
        "    ----  ----  --------",
        "    http  80    TCP",
        "",
        "Events:  <none>",
      ),
    );
  });
});
