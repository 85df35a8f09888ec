// Expected texts written from describeReplicationController, DescribePodTemplate and
// getPodStatusForController of k8s.io/kubectl/pkg/describe/describe.go v0.34.5 (the simulated
// API server does not serve replicationcontrollers yet, so the objects are built here).
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { createCluster } from "../../cluster/cluster";
import { describerFor } from "./describers";
import { describeReplicationController } from "./replicationcontroller";
import { lines } from "./describe-test-cluster";

const uid = "0d5f1c2a-1111-4222-8333-444455556666";

function replicationController(extra: { annotations?: Record<string, string>; conditions?: unknown[] } = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "ReplicationController",
    metadata: { name: "web", namespace: "default", uid, labels: { app: "web" }, annotations: extra.annotations, creationTimestamp: "2026-01-01T00:00:00Z" },
    spec: {
      replicas: 3,
      selector: { app: "web", tier: "front" },
      template: {
        metadata: { labels: { app: "web", tier: "front" } },
        spec: { containers: [{ name: "nginx", image: "nginx:1.27", ports: [{ containerPort: 80, protocol: "TCP" }] }] },
      },
    },
    status: { replicas: 2, conditions: extra.conditions },
  } as unknown as KubeObject;
}

const template = [
  "Pod Template:",
  "  Labels:  app=web",
  "           tier=front",
  "  Containers:",
  "   nginx:",
  "    Image:         nginx:1.27",
  "    Port:          80/TCP",
  "    Host Port:     0/TCP",
  "    Environment:   <none>",
  "    Mounts:        <none>",
  "  Volumes:         <none>",
  "  Node-Selectors:  <none>",
  "  Tolerations:     <none>",
];

describe("kubectl describe replicationcontroller (describe.go describeReplicationController)", () => {
  it("prints the map selector with FormatLabels, the replica counts and the pods by phase, without Controlled By", () => {
    const text = describeReplicationController(replicationController(), { running: 1, waiting: 1, succeeded: 0, failed: 2 }, [], Date.parse("2026-01-01T00:10:00Z"));
    expect(text).toBe(
      lines(
        "Name:         web",
        "Namespace:    default",
        "Selector:     app=web,tier=front",
        "Labels:       app=web",
        "Annotations:  <none>",
        "Replicas:     2 current / 3 desired",
        "Pods Status:  1 Running / 1 Waiting / 0 Succeeded / 2 Failed",
        ...template,
        // One tabwriter: the Events line aligns with the template's last cells above it.
        "Events:            <none>",
      ),
    );
  });

  it("lists the conditions (a space after the type, as upstream writes it) and leaves Events out when not asked", () => {
    const rc = replicationController({
      annotations: { team: "shop" },
      conditions: [{ type: "ReplicaFailure", status: "True", reason: "FailedCreate" }],
    });
    const text = describeReplicationController(rc, { running: 0, waiting: 0, succeeded: 0, failed: 0 }, undefined, 0);
    expect(text).toBe(
      lines(
        "Name:         web",
        "Namespace:    default",
        "Selector:     app=web,tier=front",
        "Labels:       app=web",
        "Annotations:  team: shop",
        "Replicas:     2 current / 3 desired",
        "Pods Status:  0 Running / 0 Waiting / 0 Succeeded / 0 Failed",
        ...template,
        "Conditions:",
        // `%v \t`: the space after the type widens its column.
        "  Type             Status  Reason",
        "  ----             ------  ------",
        "  ReplicaFailure   True    FailedCreate",
      ),
    );
  });

  it("an empty selector is <none> and a missing template <unset>", () => {
    const rc = replicationController();
    (rc.spec as Record<string, unknown>).selector = {};
    delete (rc.spec as Record<string, unknown>).template;
    const text = describeReplicationController(rc, { running: 0, waiting: 0, succeeded: 0, failed: 0 }, undefined, 0);
    expect(text).toContain("Selector:     <none>\n");
    expect(text.endsWith("Pod Template:\n  <unset>")).toBe(true);
  });

  it("is the describer of core ReplicationController: it counts only the matching pods the controller owns", () => {
    const cluster = createCluster();
    const pod = (name: string, labels: Record<string, string>, owned: boolean) =>
      cluster.api.create({
        apiVersion: "v1",
        kind: "Pod",
        metadata: {
          name,
          namespace: "default",
          labels,
          ownerReferences: owned ? [{ apiVersion: "v1", kind: "ReplicationController", name: "web", uid, controller: true }] : undefined,
        },
        spec: { containers: [{ name: "nginx", image: "nginx:1.27" }] },
      } as unknown as KubeObject);
    pod("web-a", { app: "web", tier: "front" }, true);
    pod("web-b", { app: "web", tier: "front" }, true);
    pod("stray", { app: "web", tier: "front" }, false);
    pod("other", { app: "web" }, true);
    const text = describerFor("", "ReplicationController")(cluster, replicationController(), { showEvents: false });
    expect(text).toContain("Pods Status:  0 Running / 2 Waiting / 0 Succeeded / 0 Failed\n");
  });
});
