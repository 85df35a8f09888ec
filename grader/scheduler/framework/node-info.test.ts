import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../apiserver/storage/deep-copy";
import { makeNode } from "../../testing/node-builder";
import type { Node } from "./api-types";
import { NodeInfo } from "./node-info";
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
