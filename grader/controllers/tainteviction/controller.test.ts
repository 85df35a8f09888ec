// NoExecute taints evict pods as pkg/controller/tainteviction/taint_eviction.go (v1.34) does:
// event reason TaintManagerEviction, messages "Marking for deletion Pod %s" and
// "Cancelling deletion of Pod %s" from component taint-eviction-controller, and the
// DisruptionTarget condition (DeletionByTaintManager) written before the delete.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { testWorkstation, type TestWorkstation } from "../../kubectl/commands/write-test-io";
import { eventsAbout } from "../../testing/events";

const podsGVR = { group: "", version: "v1", resource: "pods" };

function createPod(w: TestWorkstation, name: string, tolerations: Record<string, unknown>[] = []): void {
  w.cluster.api.create({
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default" },
    spec: { containers: [{ name: "c", image: "nginx" }], ...(tolerations.length ? { tolerations } : {}) },
  });
}

function podNames(w: TestWorkstation): string[] {
  return w.cluster.api.list(podsGVR, { namespace: "default" }).items.map((p) => p.metadata.name ?? "");
}

function evictionEvents(w: TestWorkstation, name: string): string[] {
  return eventsAbout(w.cluster.api, "default", "Pod", name)
    .filter((e) => e.reason === "TaintManagerEviction")
    .map((e) => `${e.type} ${e.reason} ${e.source}: ${e.message}`);
}

async function runningPods(podsWithTolerations: Record<string, Record<string, unknown>[]>): Promise<TestWorkstation> {
  const w = testWorkstation();
  for (const [name, tolerations] of Object.entries(podsWithTolerations)) createPod(w, name, tolerations);
  w.cluster.settle({ forMs: 30_000 });
  return w;
}

describe("kubectl taint node node01 k=v:NoExecute", () => {
  const ready = runningPods({
    plain: [],
    for60: [{ key: "k", operator: "Equal", value: "v", effect: "NoExecute", tolerationSeconds: 60 }],
    forever: [{ key: "k", operator: "Exists", effect: "NoExecute" }],
  });

  it("deletes the pod that does not tolerate the taint at once, with an event", async () => {
    const w = await ready;
    expect(podNames(w)).toEqual(["for60", "forever", "plain"]);
    expect((await w.kubectl("taint", "node", "node01", "k=v:NoExecute")).stdout).toBe("node/node01 tainted\n");
    w.cluster.settle({ forMs: 1000 });
    expect(podNames(w)).toEqual(["for60", "forever"]);
    expect(evictionEvents(w, "plain")).toEqual(["Normal TaintManagerEviction taint-eviction-controller: Marking for deletion Pod default/plain"]);
  });

  it("keeps the pod tolerating it for 60 s until those 60 s have passed", async () => {
    const w = await ready;
    w.cluster.settle({ forMs: 58_000 }); // 59 s after the taint
    const pod = w.cluster.api.get(podsGVR, "default", "for60");
    expect(pod.metadata.deletionTimestamp).toBeUndefined();
    expect(evictionEvents(w, "for60")).toEqual([]);
  });

  it("deletes the pod tolerating it for 60 s once they have passed", async () => {
    const w = await ready;
    w.cluster.settle({ forMs: 1000 });
    expect(podNames(w)).toEqual(["forever"]);
    expect(evictionEvents(w, "for60")).toEqual(["Normal TaintManagerEviction taint-eviction-controller: Marking for deletion Pod default/for60"]);
  });

  it("keeps the pod tolerating it without tolerationSeconds", async () => {
    const w = await ready;
    w.cluster.settle({ forMs: 10 * 60_000 });
    expect(podNames(w)).toEqual(["forever"]);
    expect(evictionEvents(w, "forever")).toEqual([]);
  });

  it("leaves the kube-proxy pod on node01 alone (its DaemonSet tolerations cover every taint)", async () => {
    const w = await ready;
    const onNode01 = w.cluster.api.list(podsGVR, { namespace: "kube-system", fieldSelector: "spec.nodeName=node01" }).items;
    expect(onNode01.map((p) => p.metadata.name?.replace(/-[a-z0-9]{5}$/, ""))).toEqual(["kube-proxy"]);
    expect(onNode01[0].metadata.deletionTimestamp).toBeUndefined();
  });
});

describe("the pod condition written before the deletion", () => {
  it("is DisruptionTarget True, reason DeletionByTaintManager, at the time of the eviction", async () => {
    const w = await runningPods({ plain: [] });
    const seen: KubeObject[] = [];
    w.cluster.api.watch(podsGVR, { namespace: "default" }, (e) => seen.push(e.object));
    await w.kubectl("taint", "node", "node01", "k=v:NoExecute");
    w.cluster.settle({ forMs: 1000 });
    const conditions = (seen[0].status as { conditions: Record<string, unknown>[] }).conditions;
    expect(conditions.find((c) => c.type === "DisruptionTarget")).toEqual({
      type: "DisruptionTarget",
      observedGeneration: 1,
      status: "True",
      lastProbeTime: null,
      lastTransitionTime: "2026-01-01T00:00:30Z",
      reason: "DeletionByTaintManager",
      message: "Taint manager: deleting due to NoExecute taint",
    });
    expect(seen[0].metadata.deletionTimestamp).toBeUndefined(); // the condition comes first, then the delete
    expect(seen[1].metadata.deletionTimestamp).toBeDefined();
  });
});

describe("removing the taint before tolerationSeconds run out", () => {
  it("cancels the pending deletion, with an event, and the pod stays", async () => {
    const w = await runningPods({ for60: [{ key: "k", operator: "Exists", effect: "NoExecute", tolerationSeconds: 60 }] });
    await w.kubectl("taint", "node", "node01", "k=v:NoExecute");
    w.cluster.settle({ forMs: 30_000 });
    expect((await w.kubectl("taint", "node", "node01", "k=v:NoExecute-")).stdout).toBe("node/node01 untainted\n");
    w.cluster.settle({ forMs: 10 * 60_000 });
    expect(podNames(w)).toEqual(["for60"]);
    expect(evictionEvents(w, "for60")).toEqual(["Normal TaintManagerEviction taint-eviction-controller: Cancelling deletion of Pod default/for60"]);
  });

  it("adding a second taint the pod does not tolerate deletes it at once, cancelling the pending deletion first", async () => {
    const w = await runningPods({ for60: [{ key: "k", operator: "Exists", effect: "NoExecute", tolerationSeconds: 60 }] });
    await w.kubectl("taint", "node", "node01", "k=v:NoExecute");
    w.cluster.settle({ forMs: 10_000 });
    await w.kubectl("taint", "node", "node01", "other=x:NoExecute");
    w.cluster.settle({ forMs: 1000 });
    expect(podNames(w)).toEqual([]);
    expect(evictionEvents(w, "for60")).toEqual([
      "Normal TaintManagerEviction taint-eviction-controller: Cancelling deletion of Pod default/for60",
      "Normal TaintManagerEviction taint-eviction-controller: Marking for deletion Pod default/for60",
    ]);
  });
});

describe("the default tolerations (DefaultTolerationSeconds admission: not-ready and unreachable for 300 s)", () => {
  for (const key of ["node.kubernetes.io/unreachable", "node.kubernetes.io/not-ready"]) {
    it(`keep a pod on a node tainted ${key}:NoExecute for 300 s, then it is deleted`, async () => {
      const w = await runningPods({ plain: [] });
      await w.kubectl("taint", "node", "node01", `${key}:NoExecute`);
      w.cluster.settle({ forMs: 299_000 });
      expect(w.cluster.api.get(podsGVR, "default", "plain").metadata.deletionTimestamp).toBeUndefined();
      w.cluster.settle({ forMs: 1000 });
      expect(podNames(w)).toEqual([]);
      expect(evictionEvents(w, "plain")).toEqual(["Normal TaintManagerEviction taint-eviction-controller: Marking for deletion Pod default/plain"]);
    });
  }
});

describe("a NoSchedule taint", () => {
  it("does not evict running pods", async () => {
    const w = await runningPods({ plain: [] });
    await w.kubectl("taint", "node", "node01", "k=v:NoSchedule");
    w.cluster.settle({ forMs: 10 * 60_000 });
    expect(podNames(w)).toEqual(["plain"]);
  });
});
