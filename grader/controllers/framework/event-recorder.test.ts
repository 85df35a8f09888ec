import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster/cluster";
import type { KubeObject } from "../../apiserver/types";
import { EventRecorder } from "./event-recorder";

const eventsGVR = { group: "", version: "v1", resource: "events" };

function names(api: ReturnType<typeof createCluster>["api"]): string[] {
  return api
    .list(eventsGVR, { namespace: "default" })
    .items.map((e) => e.metadata.name!)
    .filter((n) => n.startsWith("web."))
    .sort();
}

describe("EventRecorder names", () => {
  it("gives an event about the same object in the same nanosecond a suffix, also when another writer took the name, and reuses a name whose event was deleted", () => {
    const c = createCluster({ seed: 1 });
    const pod: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "web", namespace: "default", uid: "u1" } };
    const hex = (BigInt(c.clock.now()) * 1_000_000n).toString(16);
    // Another component (the scheduler names its events the same way) wrote first.
    c.api.create({ apiVersion: "v1", kind: "Event", metadata: { name: `web.${hex}`, namespace: "default" }, involvedObject: { kind: "Pod", name: "web" }, reason: "Scheduled", message: "x", type: "Normal" });
    const recorder = new EventRecorder(c.api, c.clock, { component: "kubelet", host: "node01" });
    recorder.record(pod, "Normal", "Pulling", "one");
    recorder.record(pod, "Normal", "Pulled", "two");
    expect(names(c.api)).toEqual([`web.${hex}`, `web.${hex}1`, `web.${hex}2`]);
    c.api.delete(eventsGVR, "default", `web.${hex}1`);
    recorder.record(pod, "Normal", "Created", "three");
    expect(names(c.api)).toEqual([`web.${hex}`, `web.${hex}1`, `web.${hex}2`]);
    expect(c.api.get(eventsGVR, "default", `web.${hex}1`).reason).toBe("Created");
  });

  it("names each event after the virtual instant it is recorded at, and repeats raise the count of the first", () => {
    const c = createCluster({ seed: 1 });
    const pod: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "web", namespace: "default", uid: "u2" } };
    const recorder = new EventRecorder(c.api, c.clock, { component: "kubelet", host: "node01" });
    const expected: string[] = [];
    for (const step of [0, 1, 999, 1000, 7]) {
      c.clock.advance(step);
      expected.push(`web.${(BigInt(c.clock.now()) * 1_000_000n).toString(16)}`);
      recorder.record(pod, "Normal", "Pulled", `at ${c.clock.now()}`);
    }
    expect(names(c.api)).toEqual([...expected].sort());
    recorder.record(pod, "Normal", "Pulled", `at ${c.clock.now()}`);
    const other = new EventRecorder(c.api, c.clock, { component: "kubelet", host: "node02" });
    other.record(pod, "Normal", "Pulled", `at ${c.clock.now()}`); // another source: a new event
    expect(c.api.get(eventsGVR, "default", expected[4]).count).toBe(2);
    expect(names(c.api)).toHaveLength(6);
  });
});
