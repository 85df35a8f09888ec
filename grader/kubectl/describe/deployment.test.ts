// Expected texts follow k8s.io/kubectl/pkg/describe/describe.go v0.34.5 (describeDeployment,
// DescribePodTemplate, printReplicaSetsByLabels, DescribeEvents) laid out by its tabbedString
// tabwriter (minwidth 0, padding 2): a line without a tab ends a column block, so the Conditions
// table and the ReplicaSet lines share one.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { describeDeployment } from "./deployment";

const now = Date.parse("2026-01-01T00:10:00Z");

const deployment = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", namespace: "default", uid: "d1", creationTimestamp: "2026-01-01T00:00:00Z", labels: { app: "web" }, annotations: { "deployment.kubernetes.io/revision": "2" } },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: "web" } },
    strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: "25%", maxSurge: "25%" } },
    template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "app", image: "nginx:1.27", ports: [{ containerPort: 80, protocol: "TCP" }] }] } },
  },
  status: {
    replicas: 3,
    updatedReplicas: 3,
    availableReplicas: 3,
    conditions: [
      { type: "Available", status: "True", reason: "MinimumReplicasAvailable" },
      { type: "Progressing", status: "True", reason: "NewReplicaSetAvailable" },
    ],
  },
} as unknown as KubeObject;

const replicaSet = (name: string, replicas: number): KubeObject => ({ apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name }, spec: { replicas }, status: { replicas } }) as unknown as KubeObject;

const scaled = { apiVersion: "v1", kind: "Event", metadata: { name: "e" }, type: "Normal", reason: "ScalingReplicaSet", count: 1, firstTimestamp: "2026-01-01T00:05:00Z", lastTimestamp: "2026-01-01T00:05:00Z", source: { component: "deployment-controller" }, message: "Scaled up replica set web-new from 0 to 3" } as unknown as KubeObject;

const podTemplateLines = [
  "Pod Template:",
  "  Labels:  app=web",
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

describe("describeDeployment (describe.go describeDeployment)", () => {
  it("prints the header, the pod template, the conditions aligned with the ReplicaSet lines, and the events", () => {
    expect(describeDeployment(deployment, { oldReplicaSets: [replicaSet("web-old", 0)], newReplicaSet: replicaSet("web-new", 3) }, [scaled], now)).toBe(
      [
        "Name:                   web",
        "Namespace:              default",
        "CreationTimestamp:      Thu, 01 Jan 2026 00:00:00 +0000",
        "Labels:                 app=web",
        "Annotations:            deployment.kubernetes.io/revision: 2",
        "Selector:               app=web",
        "Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable",
        "StrategyType:           RollingUpdate",
        "MinReadySeconds:        0",
        "RollingUpdateStrategy:  25% max unavailable, 25% max surge",
        ...podTemplateLines,
        "Conditions:",
        "  Type           Status  Reason",
        "  ----           ------  ------",
        "  Available      True    MinimumReplicasAvailable",
        "  Progressing    True    NewReplicaSetAvailable",
        "OldReplicaSets:  web-old (0/0 replicas created)",
        "NewReplicaSet:   web-new (3/3 replicas created)",
        "Events:",
        "  Type    Reason             Age   From                   Message",
        "  ----    ------             ----  ----                   -------",
        "  Normal  ScalingReplicaSet  5m    deployment-controller  Scaled up replica set web-new from 0 to 3",
        "",
      ].join("\n"),
    );
  });

  it("omits the ReplicaSet lines without any ReplicaSet and the rolling-update line for Recreate, and prints `Events:  <none>`", () => {
    const recreate = { ...deployment, spec: { ...(deployment as unknown as { spec: object }).spec, strategy: { type: "Recreate" } }, status: {} } as unknown as KubeObject;
    expect(describeDeployment(recreate, { oldReplicaSets: [] }, [], now)).toBe(
      [
        "Name:               web",
        "Namespace:          default",
        "CreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000",
        "Labels:             app=web",
        "Annotations:        deployment.kubernetes.io/revision: 2",
        "Selector:           app=web",
        "Replicas:           3 desired | 0 updated | 0 total | 0 available | 0 unavailable",
        "StrategyType:       Recreate",
        "MinReadySeconds:    0",
        ...podTemplateLines,
        "Events:            <none>",
        "",
      ].join("\n"),
    );
  });
});
