import { describe, expect, it } from "vitest";
import { makeNode } from "../../testing/node-builder";
import { makePod } from "../../testing/pod-builder";
import type { Node, Pod } from "./api-types";
import { CycleState } from "./cycle-state";
import { Framework } from "./framework";
import type { FilterPlugin, PreFilterPlugin } from "./interface";
import { NodeInfo } from "./node-info";
import { ClusterSnapshot } from "./snapshot";
import { newStatus } from "./status";

/** A plugin whose PreFilter skips it for pods labelled skip=<its name>; its Filter records that it ran. */
function plugin(name: string, ran: string[]): PreFilterPlugin & FilterPlugin {
  return {
    name,
    preFilter(_state, pod) {
      return pod.metadata.labels?.skip?.split(",").includes(name) ? { status: newStatus("Skip") } : {};
    },
    filter() {
      ran.push(name);
      return undefined;
    },
  };
}

describe("Framework.runFilterPlugins", () => {
  const node = makeNode().name("n1").capacity({ cpu: "4", memory: "8Gi", pods: "110" }).obj() as Node;

  it("runs the plugins PreFilter did not skip, cycle after cycle, as asking the skip set of each would", () => {
    const ran: string[] = [];
    const fwk = new Framework(() => ["a", "b", "c"].map((n) => ({ plugin: plugin(n, ran), weight: 0 })));
    fwk.useSnapshot(new ClusterSnapshot({ nodes: [node] }));
    const nodeInfo = new NodeInfo(node);
    const cycles: [string, string[]][] = [["", ["a", "b", "c"]], ["b", ["a", "c"]], ["b", ["a", "c"]], ["a,c", ["b"]], ["", ["a", "b", "c"]]];
    for (const [skip, expected] of cycles) {
      const state = new CycleState();
      const pod = makePod().name("p").labels(skip ? { skip } : {}).obj() as Pod;
      fwk.runPreFilterPlugins(state, pod);
      for (let i = 0; i < 2; i++) {
        ran.length = 0;
        expect(fwk.runFilterPlugins(state, pod, nodeInfo)).toBeUndefined();
        expect(ran).toEqual(expected);
      }
      // A skip set that grows after a first Filter call is honoured.
      state.read<Set<string>>("framework/skip-filter-plugins").add("c");
      ran.length = 0;
      fwk.runFilterPlugins(state, pod, nodeInfo);
      expect(ran).toEqual(expected.filter((n) => n !== "c"));
    }
    // Without PreFilter (no skip set), every plugin runs.
    ran.length = 0;
    fwk.runFilterPlugins(new CycleState(), makePod().name("q").obj() as Pod, nodeInfo);
    expect(ran).toEqual(["a", "b", "c"]);
  });
});
