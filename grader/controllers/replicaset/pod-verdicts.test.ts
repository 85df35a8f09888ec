import { describe, expect, it } from "vitest";
import { labelSelectorFromMeta } from "../../apiserver/selectors";
import { PodVerdicts } from "./pod-verdicts";
import { calculateReplicaSetStatus } from "./status";
import type { Pod, ReplicaSet } from "./types";

function rs(templateLabels: Record<string, string>, minReadySeconds = 0): ReplicaSet {
  return {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: { name: "web", namespace: "default", uid: "rs-1" },
    spec: { replicas: 3, minReadySeconds, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: templateLabels } } },
  };
}

function pod(name: string, labels: Record<string, string>, ready?: "True" | "False", since = "2026-01-01T00:00:00Z"): Pod {
  return Object.freeze({
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default", labels },
    spec: {},
    status: ready ? { phase: "Running", conditions: [{ type: "Initialized", status: "True" }, { type: "Ready", status: ready, lastTransitionTime: since }] } : { phase: "Pending" },
  }) as Pod;
}

const pods = [
  pod("a", { app: "web", tier: "fe" }, "True"),
  pod("b", { app: "web" }, "True", "2026-01-01T00:00:50Z"),
  pod("c", { app: "web", tier: "fe" }, "False"),
  pod("d", { app: "db", tier: "fe" }),
  pod("e", {}),
];
const now = Date.UTC(2026, 0, 1, 0, 1, 0);

describe("PodVerdicts", () => {
  it("gives the status the direct computation gives, for several template labels and minReadySeconds", () => {
    const selector = labelSelectorFromMeta({ matchLabels: { app: "web" } });
    for (const labels of [{ app: "web" }, { app: "web", tier: "fe" }, {}] as Record<string, string>[]) {
      for (const minReady of [0, 30]) {
        const r = rs(labels, minReady);
        const v = new PodVerdicts(r, selector);
        const withVerdicts = calculateReplicaSetStatus(r, pods, undefined, now, (p) => v.of(p));
        expect(withVerdicts).toEqual(calculateReplicaSetStatus(r, pods, undefined, now));
      }
    }
  });

  it("answers from memory for the same pod object and learns again when the template's labels change", () => {
    const selector = labelSelectorFromMeta({ matchLabels: { app: "web" } });
    const v = new PodVerdicts(rs({ app: "web" }), selector);
    const first = v.of(pods[0]);
    expect(v.of(pods[0])).toBe(first);
    expect(pods.map((p) => v.of(p).matchesSelector)).toEqual([true, true, true, false, false]);
    expect(pods.map((p) => v.of(p).fullyLabeled)).toEqual([true, true, true, false, false]);
    v.use(rs({ app: "web", tier: "fe" }), selector);
    expect(v.of(pods[0])).not.toBe(first);
    expect(pods.map((p) => v.of(p).fullyLabeled)).toEqual([true, false, true, false, false]);
    expect(v.of(pods[2]).ready?.status).toBe("False");
  });
});
