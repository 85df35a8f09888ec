// Expected texts follow describeReplicaSet, DescribePodTemplate and getPodStatusForController of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5; the objects are built by the cluster's controllers.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  replicas: 1
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: app, image: nginx:1.27, ports: [{containerPort: 80}]}]}
`;

const replicaSet = `apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: web, labels: {app: web}}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: app, image: nginx:1.27}]}
`;

const header = [
  "Name:           api-5cd7fb9465",
  "Namespace:      default",
  "Selector:       app=api,pod-template-hash=5cd7fb9465",
  "Labels:         app=api",
  "                pod-template-hash=5cd7fb9465",
  "Annotations:    deployment.kubernetes.io/desired-replicas: 1",
  "                deployment.kubernetes.io/max-replicas: 2",
  "                deployment.kubernetes.io/revision: 1",
  "Controlled By:  Deployment/api",
  "Replicas:       1 current / 1 desired",
  "Pods Status:    1 Running / 0 Waiting / 0 Succeeded / 0 Failed",
  "Pod Template:",
  "  Labels:  app=api",
  "           pod-template-hash=5cd7fb9465",
  "  Containers:",
  "   app:",
  "    Image:         nginx:1.27",
  "    Port:          80/TCP",
  "    Host Port:     0/TCP",
  "    Environment:   <none>",
  "    Mounts:        <none>",
  "  Volumes:         <none>",
  "  Node-Selectors:  <none>",
  "  Tolerations:     <none>",
];

describe("kubectl describe replicaset (describe.go describeReplicaSet)", () => {
  it("prints a Deployment's ReplicaSet with its Controlled By line, its running pods and the controller's events", async () => {
    const w = await clusterWith(deployment, 20_000);
    expect(await describeOutput(w, "rs", "api-5cd7fb9465")).toBe(
      lines(
        ...header,
        "Events:",
        "  Type    Reason            Age   From                   Message",
        "  ----    ------            ----  ----                   -------",
        "  Normal  SuccessfulCreate  20s   replicaset-controller  Created pod: api-5cd7fb9465-xxxxx",
      ),
    );
  });

  it("leaves the Events section out with --show-events=false", async () => {
    const w = await clusterWith(deployment, 20_000);
    expect(await describeOutput(w, "rs", "api-5cd7fb9465", "--show-events=false")).toBe(lines(...header));
  });

  it("prints a bare ReplicaSet without a Controlled By line, counting only the pods it controls", async () => {
    const w = await clusterWith(replicaSet, 90_000);
    expect(await describeOutput(w, "replicaset", "web")).toBe(
      lines(
        "Name:         web",
        "Namespace:    default",
        "Selector:     app=web",
        "Labels:       app=web",
        "Annotations:  <none>",
        "Replicas:     2 current / 2 desired",
        "Pods Status:  2 Running / 0 Waiting / 0 Succeeded / 0 Failed",
        "Pod Template:",
        "  Labels:  app=web",
        "  Containers:",
        "   app:",
        "    Image:         nginx:1.27",
        "    Port:          <none>",
        "    Host Port:     <none>",
        "    Environment:   <none>",
        "    Mounts:        <none>",
        "  Volumes:         <none>",
        "  Node-Selectors:  <none>",
        "  Tolerations:     <none>",
        "Events:",
        "  Type    Reason            Age   From                   Message",
        "  ----    ------            ----  ----                   -------",
        "  Normal  SuccessfulCreate  90s   replicaset-controller  Created pod: web-xxxxx",
        "  Normal  SuccessfulCreate  90s   replicaset-controller  Created pod: web-xxxxx",
      ),
    );
  });
});
