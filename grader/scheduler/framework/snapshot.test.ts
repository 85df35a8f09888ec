import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../apiserver/storage/deep-copy";
import { makeNode } from "../../testing/node-builder";
import { makePod } from "../../testing/pod-builder";
import type { Pod } from "./api-types";
import { ClusterSnapshot } from "./snapshot";

const nodes = [makeNode().name("a").capacity({ cpu: "4", memory: "8Gi", pods: "110" }).obj(), makeNode().name("b").capacity({ cpu: "4", memory: "8Gi", pods: "110" }).obj()];
const pods = () => [
  makePod().name("p1").uid("1").node("a").requests({ cpu: "250m", memory: "64Mi" }).hostPort(8080).obj(),
  makePod().name("p2").uid("2").node("a").container("side", { cpu: "100m" }).obj(),
  makePod().name("p3").uid("3").node("b").requests({ memory: "1Gi" }).hostPort(53, "UDP").obj(),
];

// What a cycle reads of each node.
function accounting(s: ClusterSnapshot) {
  return s.nodeInfos.map((ni) => ({
    name: ni.name,
    pods: ni.pods.map((e) => e.pod.metadata.name),
    requested: [...ni.requested],
    nonZero: [ni.nonZeroRequestedCPU, ni.nonZeroRequestedMemory],
    ports: [...ni.usedPorts],
  }));
}

describe("ClusterSnapshot with the API's frozen pods", () => {
  it("accounts frozen pods (whose entries are remembered across snapshots) exactly as fresh copies, also after a removal", () => {
    const frozen = pods().map((p) => deepFreeze(p));
    const fromFresh = new ClusterSnapshot({ nodes, pods: pods() });
    const first = new ClusterSnapshot({ nodes, pods: frozen });
    const second = new ClusterSnapshot({ nodes, pods: frozen });
    expect(accounting(first)).toEqual(accounting(fromFresh));
    expect(accounting(second)).toEqual(accounting(fromFresh));
    second.removePod(frozen[0] as Pod);
    fromFresh.removePod(pods()[0] as Pod);
    expect(accounting(second)).toEqual(accounting(fromFresh));
    // The first snapshot shares the entries but not the accounting.
    expect(first.get("a")!.pods).toHaveLength(2);
    expect(first.get("a")!.usedPorts.get("0.0.0.0/TCP/8080")).toBe(1);
  });
});
