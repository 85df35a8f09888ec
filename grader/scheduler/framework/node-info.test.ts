import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../apiserver/storage/deep-copy";
import { makeNode } from "../../testing/node-builder";
import { makePod } from "../../testing/pod-builder";
import type { Node, Pod } from "./api-types";
import { NodeInfo, newPodEntry, podTotalsOf } from "./node-info";
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
