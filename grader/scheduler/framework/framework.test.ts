import { describe, expect, it } from "vitest";
import { makeNode } from "../../testing/node-builder";
import { makePod } from "../../testing/pod-builder";
import type { Node, Pod } from "./api-types";
import { CycleState } from "./cycle-state";
import { Framework } from "./framework";
import type { FilterPlugin, NodeScore, PreFilterPlugin, ScorePlugin } from "./interface";
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

describe("Framework.runScorePlugins", () => {
  const nodes = (n: number) => Array.from({ length: n }, (_, i) => new NodeInfo(makeNode().name(`n${i}`).capacity({ cpu: `${i + 1}`, memory: "8Gi", pods: "110" }).obj() as Node));
  // Scores from the node's cpu; the first plugin normalizes to 0..100 (as NodeAffinity does), the second does not.
  const scorer = (name: string, normalize: boolean): ScorePlugin => ({
    name,
    score: (_s, _p, ni) => ni.allocatableOf("cpu") / 1000 + name.length,
    ...(normalize
      ? {
          normalizeScore(_s: CycleState, _p: Pod, scores: NodeScore[]) {
            const max = Math.max(...scores.map((s) => s.score));
            for (const s of scores) s.score = Math.trunc((100 * s.score) / max);
          },
        }
      : {}),
  });
  /** The slow path: fresh arrays per plugin, as the framework built them before. */
  const expected = (list: NodeInfo[]): NodeScore[] => {
    const totals = list.map((n) => ({ name: n.name, score: 0 }));
    for (const [pl, weight] of [[scorer("a", true), 2], [scorer("bb", false), 1]] as const) {
      const scores = list.map((n) => ({ name: n.name, score: pl.score(new CycleState(), {} as Pod, n) as number }));
      pl.normalizeScore?.(new CycleState(), {} as Pod, scores);
      scores.forEach((s, i) => (totals[i].score += s.score * weight));
    }
    return totals;
  };

  it("gives each call the totals fresh score arrays give, whatever the number of nodes before", () => {
    const fwk = new Framework(() => [
      { plugin: scorer("a", true), weight: 2 },
      { plugin: scorer("bb", false), weight: 1 },
    ]);
    const pod = makePod().name("p").obj() as Pod;
    for (const n of [5, 2, 7, 7, 1, 3]) {
      const list = nodes(n);
      const totals = fwk.runScorePlugins(new CycleState(), pod, list);
      expect(totals).toEqual(expected(list));
      // What is returned is the caller's: another call does not change it.
      const copy = structuredClone(totals);
      fwk.runScorePlugins(new CycleState(), pod, nodes(4));
      expect(totals).toEqual(copy);
    }
  });
});
