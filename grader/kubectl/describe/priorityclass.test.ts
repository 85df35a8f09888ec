// Expected texts follow describePriorityClass of k8s.io/kubectl/pkg/describe/describe.go v0.34.5:
// annotations on one line as labels.FormatLabels prints them.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const manifests = `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high, annotations: {team: infra}}
value: 1000
description: "Important workloads"
preemptionPolicy: Never
`;

describe("kubectl describe priorityclass (describe.go describePriorityClass)", () => {
  it("prints value, default flag, preemption policy, description and annotations", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "priorityclass", "high")).toBe(
      lines("Name:              high", "Value:             1000", "GlobalDefault:     false", "PreemptionPolicy:  Never", "Description:       Important workloads", "Annotations:       team=infra", "Events:            <none>"),
    );
  });

  it("prints the built-in system-node-critical class with its defaulted preemption policy", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "pc", "system-node-critical")).toBe(
      lines(
        "Name:              system-node-critical",
        "Value:             2000001000",
        "GlobalDefault:     false",
        "PreemptionPolicy:  PreemptLowerPriority",
        "Description:       Used for system critical pods that must not be moved from their current node.",
        "Annotations:       <none>",
        "Events:            <none>",
      ),
    );
  });
});
