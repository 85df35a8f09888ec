// The ClusterApi adapter: what a scheduling attempt writes — the binding and a
// Scheduled event, or PodScheduled=False/Unschedulable and a FailedScheduling
// Warning (schedule_one.go handleSchedulingFailure, events.k8s.io recorder).
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../apiserver/types";
import { makeNode } from "../testing/node-builder";
import { makePod } from "../testing/pod-builder";
import { formatMicroTime, KubeScheduler, scheduledMessage } from "./scheduler";
import { FakeClusterApi } from "./testing/fake-cluster-api";

const t0 = Date.UTC(2026, 0, 1, 0, 0, 5);
const nodes = () => [makeNode().name("controlplane").controlPlane().obj(), makeNode().name("node01").obj()];

function setup(objects: KubeObject[]) {
  const api = new FakeClusterApi(objects);
  const scheduler = new KubeScheduler(api, { now: () => t0 });
  return { api, scheduler };
}

describe("KubeScheduler writing through the ClusterApi (pkg/scheduler/schedule_one.go)", () => {
  it("binds a schedulable pod and records a Normal Scheduled event from default-scheduler", () => {
    const { api, scheduler } = setup([...nodes(), makePod().name("web").uid("u1").obj()]);
    const [outcome] = scheduler.schedulePending();
    expect(outcome).toMatchObject({ kind: "Scheduled", nodeName: "node01", pod: "default/web" });
    expect((api.get({ group: "", version: "v1", resource: "pods" }, "default", "web").spec as { nodeName: string }).nodeName).toBe("node01");
    const [event] = api.all("events");
    expect(event).toMatchObject({
      type: "Normal",
      reason: "Scheduled",
      action: "Binding",
      message: scheduledMessage("default", "web", "node01"),
      reportingComponent: "default-scheduler",
      reportingInstance: "default-scheduler-controlplane",
      eventTime: "2026-01-01T00:00:05.000000Z",
      involvedObject: { apiVersion: "v1", kind: "Pod", name: "web", namespace: "default", uid: "u1" },
    });
    expect(event.message).toBe("Successfully assigned default/web to node01");
  });

  it("marks an unschedulable pod PodScheduled=False with reason Unschedulable and the FitError message, and warns FailedScheduling", () => {
    const message =
      "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.";
    const { api, scheduler } = setup([...nodes(), makePod().name("big").requests({ cpu: "3" }).obj()]);
    scheduler.schedulePending();
    const pod = api.get({ group: "", version: "v1", resource: "pods" }, "default", "big");
    expect((pod.status as { conditions: unknown[] }).conditions).toEqual([
      { type: "PodScheduled", status: "False", lastProbeTime: null, lastTransitionTime: "2026-01-01T00:00:05Z", reason: "Unschedulable", message },
    ]);
    expect(api.all("events").map((e) => [e.type, e.reason, e.action, e.message])).toEqual([["Warning", "FailedScheduling", "Scheduling", message]]);
  });

  it("turns a repeated identical failure into an event series instead of a second event", () => {
    const { api, scheduler } = setup([...nodes(), makePod().name("big").requests({ cpu: "3" }).obj()]);
    scheduler.scheduleOne("default", "big");
    scheduler.scheduleOne("default", "big");
    const events = api.all("events");
    expect(events).toHaveLength(1);
    expect(events[0].series).toEqual({ count: 2, lastObservedTime: formatMicroTime(t0) });
  });

  it("schedules pending pods in queue order so the second anti-affine replica is the one left Pending", () => {
    const replica = (name: string, ts: string) =>
      makePod().name(name).labels({ app: "web" }).creationTimestamp(ts).podAntiAffinity("kubernetes.io/hostname", { app: "web" }).obj();
    const { scheduler } = setup([...nodes(), replica("web-b", "2026-01-01T00:00:02Z"), replica("web-a", "2026-01-01T00:00:01Z")]);
    const outcomes = scheduler.schedulePending();
    expect(outcomes.map((o) => [o.pod, o.kind === "Scheduled" ? o.nodeName : o.message])).toEqual([
      ["default/web-a", "node01"],
      [
        "default/web-b",
        "0/2 nodes are available: 1 node(s) didn't match pod anti-affinity rules, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.",
      ],
    ]);
  });

  it("annotates a WaitForFirstConsumer claim with the selected node before binding", () => {
    const { api, scheduler } = setup([
      ...nodes(),
      { apiVersion: "storage.k8s.io/v1", kind: "StorageClass", metadata: { name: "standard" }, provisioner: "rancher.io/local-path", volumeBindingMode: "WaitForFirstConsumer" },
      { apiVersion: "v1", kind: "PersistentVolumeClaim", metadata: { name: "data", namespace: "default" }, spec: { storageClassName: "standard", accessModes: ["ReadWriteOnce"] } },
      makePod().name("db").pvc("data").obj(),
    ]);
    scheduler.schedulePending();
    expect(api.get({ group: "", version: "v1", resource: "persistentvolumeclaims" }, "default", "data").metadata.annotations).toEqual({
      "volume.kubernetes.io/selected-node": "node01",
    });
  });

  it("leaves alone pods of another scheduler, bound pods and gated pods", () => {
    const { scheduler } = setup([
      ...nodes(),
      makePod().name("other").schedulerName("my-scheduler").obj(),
      makePod().name("bound").node("node01").obj(),
      { ...makePod().name("gated").obj(), spec: { ...(makePod().obj().spec as object), schedulingGates: [{ name: "wait" }] } },
    ]);
    expect(scheduler.schedulePending()).toEqual([]);
  });
});
