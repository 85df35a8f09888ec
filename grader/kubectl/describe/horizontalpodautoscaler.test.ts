// Expected texts follow describeHorizontalPodAutoscalerV2 and printDirectionBehavior of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5. The simulation has no metrics yet, so
// every current value is <unknown> and the status counts are 0.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const manifests = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 5
  metrics:
  - type: Resource
    resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}
  - type: Resource
    resource: {name: memory, target: {type: AverageValue, averageValue: 100Mi}}
  - type: Pods
    pods: {metric: {name: packets-per-second}, target: {type: AverageValue, averageValue: 1k}}
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 300
      policies: [{type: Percent, value: 10, periodSeconds: 60}]
---
apiVersion: autoscaling/v1
kind: HorizontalPodAutoscaler
metadata: {name: old}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  maxReplicas: 3
  targetCPUUtilizationPercentage: 80
`;

const hpas = { group: "autoscaling", version: "v2", resource: "horizontalpodautoscalers" };

describe("kubectl describe hpa (describe.go describeHorizontalPodAutoscalerV2)", () => {
  it("prints each metric's current / target, the replica bounds, the defaulted behavior and the target's pod counts", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "hpa", "web")).toBe(
      lines(
        "Name:                                                  web",
        "Namespace:                                             default",
        "Labels:                                                <none>",
        "Annotations:                                           <none>",
        "CreationTimestamp:                                     Thu, 01 Jan 2026 00:00:00 +0000",
        "Reference:                                             Deployment/web",
        "Metrics:                                               ( current / target )",
        "  resource cpu on pods  (as a percentage of request):  <unknown> / 50%",
        "  resource memory on pods:                             <unknown> / 100Mi",
        '  "packets-per-second" on pods:                        <unknown> / 1k',
        "Min replicas:                                          2",
        "Max replicas:                                          5",
        "Behavior:",
        "  Scale Up:",
        "    Stabilization Window: 0 seconds",
        "    Select Policy: Max",
        "    Policies:",
        "      - Type: Pods     Value: 4    Period: 15 seconds",
        "      - Type: Percent  Value: 100  Period: 15 seconds",
        "  Scale Down:",
        "    Stabilization Window: 300 seconds",
        "    Select Policy: Max",
        "    Policies:",
        "      - Type: Percent  Value: 10  Period: 60 seconds",
        "Deployment pods:       0 current / 0 desired",
        "Events:                <none>",
      ),
    );
  });

  it("prints an autoscaling/v1 object in its v2 form, with current utilization and conditions from the status", async () => {
    const w = await clusterWith(manifests);
    const hpa = w.cluster.api.get(hpas, "default", "old");
    w.cluster.api.update(
      {
        ...hpa,
        status: {
          currentReplicas: 2,
          desiredReplicas: 3,
          currentMetrics: [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: 95, averageValue: "95m" } } }],
          conditions: [{ type: "AbleToScale", status: "True", reason: "ReadyForNewScale", message: "recommended size matches current size", lastTransitionTime: "2026-01-01T00:00:00Z" }],
        },
      },
      { subresource: "status" },
    );
    expect(await describeOutput(w, "hpa", "old")).toBe(
      lines(
        "Name:                                                  old",
        "Namespace:                                             default",
        "Labels:                                                <none>",
        "Annotations:                                           <none>",
        "CreationTimestamp:                                     Thu, 01 Jan 2026 00:00:00 +0000",
        "Reference:                                             Deployment/web",
        "Metrics:                                               ( current / target )",
        "  resource cpu on pods  (as a percentage of request):  95% (95m) / 80%",
        "Min replicas:                                          1",
        "Max replicas:                                          3",
        "Deployment pods:                                       2 current / 3 desired",
        "Conditions:",
        "  Type         Status  Reason            Message",
        "  ----         ------  ------            -------",
        "  AbleToScale  True    ReadyForNewScale  recommended size matches current size",
        "Events:        <none>",
      ),
    );
  });
});
