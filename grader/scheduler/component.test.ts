// The scheduler inside a live cluster: pods are bound as settle() runs, and an
// unschedulable pod stays Pending with upstream's FailedScheduling message
// (framework/types.go FitError, v1.34 with the DRA PostFilter), until a change helps.
import { describe, expect, it } from "vitest";
import { createCluster } from "../cluster/cluster";
import type { KubeObject } from "../apiserver/types";

const pods = { group: "", version: "v1", resource: "pods" };
const nodes = { group: "", version: "v1", resource: "nodes" };
const events = { group: "", version: "v1", resource: "events" };

function nginx(name: string, extra: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: "v1", kind: "Pod", metadata: { name }, spec: { containers: [{ name, image: "nginx" }], ...extra } };
}

function eventsFor(cluster: ReturnType<typeof createCluster>, name: string) {
  return cluster.api
    .list(events, { namespace: "default" })
    .items.filter((e) => (e.involvedObject as { name: string }).name === name)
    .map((e) => `${e.type} ${e.reason}: ${e.message}`);
}

describe("the scheduler in a cluster", () => {
  it("binds a plain pod to node01, not to the tainted control plane, with a Scheduled event", () => {
    const c = createCluster();
    c.api.create(nginx("web"));
    c.settle({ forMs: 1000 });
    expect(c.api.get(pods, "default", "web").spec).toMatchObject({ nodeName: "node01" });
    // The scheduler's event comes first; the kubelet's (Pulling, Pulled, ...) follow.
    expect(eventsFor(c, "web")[0]).toBe("Normal Scheduled: Successfully assigned default/web to node01");
  });

  it("leaves a pod Pending when every worker is tainted, then schedules it once it tolerates the taint", () => {
    const c = createCluster();
    const node01 = c.api.get(nodes, "", "node01");
    c.api.update({ ...node01, spec: { ...(node01.spec as object), taints: [{ key: "dedicated", value: "true", effect: "NoSchedule" }] } });
    c.api.create(nginx("web"));
    c.settle({ forMs: 1000 });
    const pending = c.api.get(pods, "default", "web");
    expect(pending.spec).not.toHaveProperty("nodeName");
    expect((pending.status as { conditions: unknown[] }).conditions).toEqual([
      expect.objectContaining({
        type: "PodScheduled",
        status: "False",
        reason: "Unschedulable",
        message:
          "0/2 nodes are available: 2 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.",
      }),
    ]);
    expect(eventsFor(c, "web")).toEqual([
      "Warning FailedScheduling: 0/2 nodes are available: 2 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.",
    ]);

    // Tolerations may only be added to a pod (the admission-added not-ready/unreachable ones stay).
    const pod = c.api.get(pods, "default", "web");
    const spec = pod.spec as { tolerations: object[] };
    c.api.update({ ...pod, spec: { ...spec, tolerations: [...spec.tolerations, { key: "dedicated", operator: "Equal", value: "true", effect: "NoSchedule" }] } });
    c.settle({ forMs: 1000 });
    expect(c.api.get(pods, "default", "web").spec).toMatchObject({ nodeName: "node01" });
  });

  it("keeps a pod that asks for more cpu than any node has Pending with Insufficient cpu", () => {
    const c = createCluster();
    c.api.create({
      ...nginx("big"),
      spec: { containers: [{ name: "big", image: "nginx", resources: { requests: { cpu: "64" } } }] },
    });
    c.settle({ forMs: 1000 });
    const msg = ((c.api.get(pods, "default", "big").status as { conditions: { message: string }[] }).conditions[0]).message;
    expect(msg).toBe(
      "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.",
    );
  });
});
