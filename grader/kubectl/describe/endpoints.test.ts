// Expected texts follow describeEndpoints of k8s.io/kubectl/pkg/describe/describe.go v0.34.5;
// the Endpoints object is written by the cluster's endpoints controller.
import { describe, expect, it } from "vitest";
import { clusterWith, lines, maskRandom } from "./describe-test-cluster";
import { webServiceManifests } from "./web-service-manifests";

describe("kubectl describe endpoints (describe.go describeEndpoints)", () => {
  it("prints each subset's ready and not-ready addresses and its ports, then a blank line", async () => {
    const w = await clusterWith(webServiceManifests, 20_000);
    const r = await w.kubectl("describe", "endpoints", "web");
    // describeEndpoints reads v1 Endpoints: the server warns that they are deprecated (KEP-4974).
    expect(r.stderr).toBe("Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n");
    expect(maskRandom(r.stdout)).toBe(
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
