import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../apiserver/storage/deep-copy";
import { makeNode } from "../../testing/node-builder";
import { makePod } from "../../testing/pod-builder";
import type { Node, Pod } from "./api-types";
import { NodeInfo, newPodEntry, podEntryOf, podTotalsOf } from "./node-info";
import { resourcesFromList } from "./resources";

describe("NodeInfo allocatable", () => {
  const node = () => makeNode().name("n1").capacity({ cpu: "4", memory: "8Gi", pods: "110", "example.com/gpu": "2" }).obj() as Node;

  it("reads a frozen node's allocatable once, the same as parsing it", () => {
    const frozen = deepFreeze(node());
    const first = new NodeInfo(frozen);
    const second = new NodeInfo(frozen);
    expect([...first.allocatable]).toEqual([...resourcesFromList(frozen.status?.allocatable)]);
    expect(second.allocatable).toBe(first.allocatable);
    expect(second.allowedPodNumber).toBe(110);
    expect(second.allocatableOf("example.com/gpu")).toBe(2);
  });

  it("parses an unfrozen node's allocatable afresh", () => {
    const n = node();
    expect(new NodeInfo(n).allocatableOf("cpu")).toBe(4000);
    n.status!.allocatable!.cpu = "2";
    expect(new NodeInfo(n).allocatableOf("cpu")).toBe(2000);
  });
});

describe("NodeInfo from kept totals", () => {
  const node = makeNode().name("n1").capacity({ cpu: "4", memory: "8Gi", pods: "110" }).obj() as Node;
  const entry = (name: string, port: number) => newPodEntry(makePod().name(name).uid(name).requests({ cpu: "100m", memory: "64Mi" }).hostPort(port).obj() as Pod);
  const view = (ni: NodeInfo) => ({
    pods: ni.pods.map((e) => e.pod.metadata.name),
    requested: [...ni.requested],
    cpu: ni.nonZeroRequestedCPU,
    memory: ni.nonZeroRequestedMemory,
    ports: [...ni.usedPorts],
  });

  it("reads the totals' sums and copies them only at its first change, which leaves the totals as they were", () => {
    const [a, b, c] = [entry("a", 8001), entry("b", 8002), entry("c", 8003)];
    const totals = podTotalsOf([a, b]);
    const before = view(totals as NodeInfo);
    const fromTotals = new NodeInfo(node, totals);
    const oneByOne = new NodeInfo(node);
    for (const e of [a, b]) oneByOne.addPod(e);
    expect(view(fromTotals)).toEqual(view(oneByOne));
    expect(fromTotals.pods).toBe(totals.pods); // nothing copied while only read
    for (const ni of [fromTotals, oneByOne]) {
      ni.addPod(c);
      ni.removePod(a);
    }
    expect(view(fromTotals)).toEqual(view(oneByOne));
    expect(view(fromTotals)).toEqual({ pods: ["b", "c"], requested: [...oneByOne.requested], cpu: 200, memory: 128 * 1024 * 1024, ports: [["0.0.0.0/TCP/8002", 1], ["0.0.0.0/TCP/8003", 1]] });
    expect(view(totals as NodeInfo)).toEqual(before);
    const removedFirst = new NodeInfo(node, totals);
    removedFirst.removePod(b);
    expect(view(removedFirst).pods).toEqual(["a"]);
    expect(view(totals as NodeInfo)).toEqual(before);
  });
});

describe("podEntryOf", () => {
  const spec = () =>
    makePod()
      .name("a")
      .requests({ cpu: "250m", memory: "64Mi" })
      .obj().spec as Pod["spec"];

  it("shares a frozen spec's sums between versions of a pod, each entry naming its own version", () => {
    const base = makePod().name("a").requests({ cpu: "250m", memory: "64Mi" }).obj() as Pod;
    base.spec!.containers![0].ports = [{ containerPort: 80, hostPort: 8080 }];
    const frozenSpec = deepFreeze(structuredClone(base.spec!));
    const v1 = deepFreeze({ ...structuredClone(base), spec: frozenSpec }) as Pod;
    const v2 = deepFreeze({ ...structuredClone(base), metadata: { ...base.metadata, labels: { x: "y" } }, status: { phase: "Running" }, spec: frozenSpec }) as Pod;
    const e1 = podEntryOf(v1);
    const e2 = podEntryOf(v2);
    expect(e1.pod).toBe(v1);
    expect(e2.pod).toBe(v2);
    expect(e2.requests).toBe(e1.requests);
    // The same as computing them afresh (the slow path).
    for (const [pod, entry] of [[v1, e1], [v2, e2]] as const) {
      const fresh = newPodEntry(pod);
      expect([...entry.requests]).toEqual([...fresh.requests]);
      expect([entry.nonZeroCPU, entry.nonZeroMemory, entry.hostPorts]).toEqual([fresh.nonZeroCPU, fresh.nonZeroMemory, fresh.hostPorts]);
    }
    expect(e1.hostPorts).toEqual(["0.0.0.0/TCP/8080"]);
    expect(e1.nonZeroCPU).toBe(250);
  });

  it("computes afresh for a different spec, frozen or not", () => {
    const a = deepFreeze({ ...makePod().name("a").obj(), spec: deepFreeze(spec()) }) as Pod;
    const b = deepFreeze({ ...makePod().name("a").obj(), spec: deepFreeze(makePod().name("a").requests({ cpu: "1" }).obj().spec!) }) as Pod;
    expect(podEntryOf(b).requests).not.toBe(podEntryOf(a).requests);
    expect(podEntryOf(b).nonZeroCPU).toBe(1000);
    const open = makePod().name("a").requests({ cpu: "2" }).obj() as Pod;
    expect(podEntryOf(open).nonZeroCPU).toBe(2000);
  });
});
