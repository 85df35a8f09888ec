// Expected texts follow describePodDisruptionBudgetV1 of k8s.io/kubectl/pkg/describe/describe.go
// v0.34.5; the status comes from the cluster's disruption controller.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { describePodDisruptionBudget } from "./poddisruptionbudget";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";
import { webServiceManifests } from "./web-service-manifests";

const pdb = `---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web-pdb}
spec:
  minAvailable: 1
  selector: {matchLabels: {app: web}}
`;

describe("kubectl describe pdb (describe.go describePodDisruptionBudgetV1)", () => {
  it("prints min available, the selector and the healthy counts", async () => {
    const w = await clusterWith(webServiceManifests + pdb, 20_000);
    expect(await describeOutput(w, "pdb", "web-pdb", "--show-events=false")).toBe(
      lines(
        "Name:           web-pdb",
        "Namespace:      default",
        "Min available:  1",
        "Selector:       app=web",
        "Status:",
        "    Allowed disruptions:  1",
        "    Current:              2",
        "    Desired:              1",
        "    Total:                2",
      ),
    );
  });

  it("prints max unavailable as a percentage and `<unset>` without a selector", () => {
    const obj = { apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "p", namespace: "default" }, spec: { maxUnavailable: "50%" }, status: {} } as unknown as KubeObject;
    expect(describePodDisruptionBudget(obj, [], 0)).toBe(
      lines(
        "Name:             p",
        "Namespace:        default",
        "Max unavailable:  50%",
        "Selector:         <unset>",
        "Status:",
        "    Allowed disruptions:  0",
        "    Current:              0",
        "    Desired:              0",
        "    Total:                0",
        "Events:                   <none>",
      ),
    );
  });
});
