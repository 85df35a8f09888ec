// pkg/controller/tainteviction/taint_eviction.go (getNoExecuteTaints, getMinTolerationTime)
// and pkg/apis/core/v1/helper/helpers.go (GetMatchingTolerations), v1.34.
import { describe, expect, it } from "vitest";
import { matchingTolerations, minTolerationMs, noExecuteTaints, tolerateForever } from "./no-execute-taints";

const noExec = { key: "k", value: "v", effect: "NoExecute" };
const other = { key: "dedicated", value: "db", effect: "NoExecute" };

describe("noExecuteTaints", () => {
  it("keeps only the NoExecute taints, in the node's order", () => {
    expect(noExecuteTaints([{ key: "a", effect: "NoSchedule" }, noExec, { key: "b", effect: "PreferNoSchedule" }, other])).toEqual([noExec, other]);
  });
  it("is empty for a node without taints", () => {
    expect(noExecuteTaints(undefined)).toEqual([]);
  });
});

describe("matchingTolerations", () => {
  const cases = [
    { name: "a pod without tolerations tolerates no taint", tolerations: undefined, want: { allTolerated: false, used: [] } },
    {
      name: "the first toleration that matches each taint is the one used",
      tolerations: [{ key: "k", operator: "Exists", tolerationSeconds: 10 }, { operator: "Exists" }],
      want: { allTolerated: true, used: [{ key: "k", operator: "Exists", tolerationSeconds: 10 }, { operator: "Exists" }] },
    },
    {
      name: "one untolerated taint means nothing is used",
      tolerations: [{ key: "k", value: "v", effect: "NoExecute" }],
      want: { allTolerated: false, used: [] },
    },
    {
      name: "a toleration for another effect does not match",
      tolerations: [{ key: "k", value: "v", effect: "NoSchedule" }, { key: "dedicated", operator: "Exists" }],
      want: { allTolerated: false, used: [] },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(matchingTolerations([noExec, other], c.tolerations)).toEqual(c.want);
    });
  }
});

describe("minTolerationMs", () => {
  const cases = [
    { name: "no used toleration evicts at once", used: [], want: 0 },
    { name: "tolerations without tolerationSeconds tolerate forever", used: [{ operator: "Exists" }], want: tolerateForever },
    { name: "the shortest tolerationSeconds wins", used: [{ tolerationSeconds: 300 }, { operator: "Exists" }, { tolerationSeconds: 60 }], want: 60_000 },
    { name: "zero tolerationSeconds evicts at once", used: [{ tolerationSeconds: 300 }, { tolerationSeconds: 0 }], want: 0 },
    { name: "negative tolerationSeconds count as zero", used: [{ tolerationSeconds: -5 }], want: 0 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(minTolerationMs(c.used)).toBe(c.want);
    });
  }
});
