// Expected texts follow describeLimitRange and describeLimitRangeSpec of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5. Upstream takes an item's resources from a Go
// map (random order); the simulation sorts them by name.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";
import { teamNamespaceManifests } from "./quota-limits-manifests";

describe("kubectl describe limitrange (describe.go describeLimitRange)", () => {
  it("prints one row per item and resource with `-` for what the item does not set", async () => {
    const w = await clusterWith(teamNamespaceManifests);
    expect(await describeOutput(w, "limits", "limits", "-n", "team-a")).toBe(
      lines(
        "Name:       limits",
        "Namespace:  team-a",
        "Type        Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio",
        "----        --------  ---  ---  ---------------  -------------  -----------------------",
        "Container   cpu       -    1    100m             500m           5",
        "Container   memory    -    -    128Mi            256Mi          -",
        "Pod         memory    -    1Gi  -                -              -",
      ),
    );
  });
});
