// Expected texts follow describeDaemonSet of k8s.io/kubectl/pkg/describe/describe.go v0.34.5: the
// five `Number of Nodes` lines have no tab, so they split the header's column block. The
// DaemonSet tolerates every taint, so both nodes run its pod (daemon_controller.go).
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const manifests = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      nodeSelector: {kubernetes.io/os: linux}
      tolerations: [{operator: Exists}]
      containers: [{name: a, image: busybox, command: [sleep, "3600"]}]
`;

describe("kubectl describe daemonset (describe.go describeDaemonSet)", () => {
  it("prints the node selector, the scheduling counts, the pod status and the template", async () => {
    const w = await clusterWith(manifests, 5_000);
    expect(await describeOutput(w, "ds", "agent")).toBe(
      lines(
        "Name:           agent",
        "Namespace:      default",
        "Selector:       app=agent",
        "Node-Selector:  kubernetes.io/os=linux",
        "Labels:         <none>",
        "Annotations:    deprecated.daemonset.template.generation: 1",
        "Desired Number of Nodes Scheduled: 2",
        "Current Number of Nodes Scheduled: 2",
        "Number of Nodes Scheduled with Up-to-date Pods: 2",
        "Number of Nodes Scheduled with Available Pods: 2",
        "Number of Nodes Misscheduled: 0",
        "Pods Status:  2 Running / 0 Waiting / 0 Succeeded / 0 Failed",
        "Pod Template:",
        "  Labels:  app=agent",
        "  Containers:",
        "   a:",
        "    Image:      busybox",
        "    Port:       <none>",
        "    Host Port:  <none>",
        "    Command:",
        "      sleep",
        "      3600",
        "    Environment:   <none>",
        "    Mounts:        <none>",
        "  Volumes:         <none>",
        "  Node-Selectors:  kubernetes.io/os=linux",
        "  Tolerations:     op=Exists",
        "Events:",
        "  Type    Reason            Age   From                  Message",
        "  ----    ------            ----  ----                  -------",
        "  Normal  SuccessfulCreate  5s    daemonset-controller  Created pod: agent-xxxxx",
        "  Normal  SuccessfulCreate  5s    daemonset-controller  Created pod: agent-xxxxx",
      ),
    );
  });
});
