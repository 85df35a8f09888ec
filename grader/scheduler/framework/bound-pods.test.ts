import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../apiserver/storage/deep-copy";
import type { KubeObject } from "../../apiserver/types";
import { makeNode } from "../../testing/node-builder";
import { makePod } from "../../testing/pod-builder";
import type { Pod } from "./api-types";
import { BoundPods } from "./bound-pods";
import { ClusterSnapshot } from "./snapshot";

const nodes = ["a", "b", "c"].map((n) => makeNode().name(n).capacity({ cpu: "8", memory: "16Gi", pods: "110" }).obj());

// What a cycle reads of each node, pods in their order.
function accounting(s: ClusterSnapshot) {
  return s.nodeInfos.map((ni) => ({
    name: ni.name,
    pods: ni.pods.map((e) => `${e.pod.metadata.namespace}/${e.pod.metadata.name}`),
    affinity: ni.podsWithAffinity.map((e) => e.pod.metadata.name),
    requested: [...ni.requested],
    nonZero: [ni.nonZeroRequestedCPU, ni.nonZeroRequestedMemory],
    ports: [...ni.usedPorts],
  }));
}

// A deterministic sequence of pod creations, bindings, moves, finishes and deletions.
function* events(): Generator<{ type: "ADDED" | "MODIFIED" | "DELETED"; object: KubeObject }> {
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const live = new Map<string, KubeObject>();
  for (let i = 0; i < 400; i++) {
    const name = `p${rand(40)}`;
    const ns = ["default", "shop", "a-team"][rand(3)];
    const key = `${ns}/${name}`;
    const op = rand(10);
    if (live.has(key) && op === 0) {
      yield { type: "DELETED", object: live.get(key)! };
      live.delete(key);
      continue;
    }
    let b = makePod().name(name).namespace(ns).uid(`${key}-${i}`).requests({ cpu: `${100 + rand(5) * 50}m`, memory: `${64 + rand(4) * 64}Mi` });
    if (op < 7) b = b.node(["a", "b", "c", "gone"][rand(4)]);
    if (op === 7) b = b.node("b").phase(["Succeeded", "Failed", "Running"][rand(3)]);
    if (rand(5) === 0) b = b.hostPort(8000 + rand(3));
    if (rand(6) === 0) b = b.podAntiAffinity("kubernetes.io/hostname", { app: "x" });
    const pod = deepFreeze(b.obj());
    yield { type: live.has(key) ? "MODIFIED" : "ADDED", object: pod };
    live.set(key, pod);
  }
}

describe("BoundPods", () => {
  it("gives after every event the snapshot a List of the same pods gives", () => {
    const bound = new BoundPods();
    const stored = new Map<string, KubeObject>();
    let checked = 0;
    for (const e of events()) {
      bound.apply(e);
      const key = `${e.object.metadata.namespace}/${e.object.metadata.name}`;
      if (e.type === "DELETED") stored.delete(key);
      else stored.set(key, e.object);
      const listed = [...stored.keys()].sort().map((k) => stored.get(k)!);
      const fromList = new ClusterSnapshot({ nodes, pods: listed });
      const fromWatch = new ClusterSnapshot({ nodes, boundPods: bound });
      expect(accounting(fromWatch)).toEqual(accounting(fromList));
      expect(fromWatch.generation).toBe(fromList.generation);
      checked += fromList.nodeInfos.reduce((n, ni) => n + ni.pods.length, 0);
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("starts each snapshot from kept totals that a cycle's binds and removals leave untouched", () => {
    const bound = new BoundPods();
    const stored = new Map<string, KubeObject>();
    let removed = 0;
    for (const e of events()) {
      bound.apply(e);
      const key = `${e.object.metadata.namespace}/${e.object.metadata.name}`;
      if (e.type === "DELETED") stored.delete(key);
      else stored.set(key, e.object);
      const listed = [...stored.keys()].sort().map((k) => stored.get(k)!);
      const fromList = new ClusterSnapshot({ nodes, pods: listed });
      const fromWatch = new ClusterSnapshot({ nodes, boundPods: bound });
      // A cycle assumes a pod and removes another (preemption's victims), on both.
      const assumed = makePod().name("assumed").uid("assumed").requests({ cpu: "1", memory: "1Gi" }).hostPort(8001).obj();
      const victim = (listed as Pod[]).find((p) => p.spec?.nodeName && p.spec.nodeName !== "gone" && !["Succeeded", "Failed"].includes(p.status?.phase ?? ""));
      for (const s of [fromList, fromWatch]) {
        s.addPod(assumed as Pod, "a");
        if (victim) s.removePod(victim);
        s.removePod(victim ?? (assumed as Pod)); // a second removal of the same pod changes nothing more
      }
      if (victim) removed++;
      expect(accounting(fromWatch)).toEqual(accounting(fromList));
      expect(fromWatch.generation).toBe(fromList.generation);
      expect(accounting(new ClusterSnapshot({ nodes, boundPods: bound }))).toEqual(accounting(new ClusterSnapshot({ nodes, pods: listed })));
    }
    expect(removed).toBeGreaterThan(100);
  });
});
