import { describe, expect, it } from "vitest";
import type { WatchEvent } from "../../apiserver/api-interface";
import { labelSelectorFromMeta, labelSelectorMatches } from "../../apiserver/selectors";
import { controllerOf } from "./controller-ref";
import { PodCache } from "./pod-cache";
import { isPodActive, podReadyCondition } from "./pod-readiness";
import { PodVerdicts } from "./pod-verdicts";
import { RunningCounts } from "./running-counts";
import type { Pod, ReplicaSet } from "./types";

function rs(templateLabels: Record<string, string>): ReplicaSet {
  return { apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "web", namespace: "ns", uid: "rs-1" }, spec: { replicas: 3, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: templateLabels } } } };
}

// What the full claim pass and status count over the owned pods (undefined when a release is due).
function claimedByFullPass(cache: PodCache, r: ReplicaSet) {
  const selector = labelSelectorFromMeta(r.spec.selector);
  const full = labelSelectorFromMeta({ matchLabels: r.spec.template!.metadata!.labels! });
  let replicas = 0;
  let fullyLabeled = 0;
  let ready = 0;
  for (const p of cache.ownedOrOrphans("ns", "rs-1").filter(isPodActive)) {
    if (controllerOf(p)?.uid !== "rs-1") continue;
    if (!labelSelectorMatches(selector, p.metadata.labels)) return undefined;
    replicas++;
    if (labelSelectorMatches(full, p.metadata.labels)) fullyLabeled++;
    if (podReadyCondition(p)?.status === "True") ready++;
  }
  return { replicas, fullyLabeled, ready };
}

describe("RunningCounts", () => {
  it("counts after every pod event what a full claim pass counts, through owner, label, readiness, phase and template changes", () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const cache = new PodCache();
    const running = new RunningCounts();
    let r = rs({ app: "web" });
    const selector = labelSelectorFromMeta(r.spec.selector);
    const verdicts = new PodVerdicts(r, selector);
    const live = new Map<string, Pod>();
    let fast = 0;
    for (let step = 0; step < 1500; step++) {
      if (step % 500 === 250) {
        r = rs(step % 1000 === 250 ? { app: "web", tier: "fe" } : { app: "web" });
        verdicts.use(r, selector);
      }
      const name = `p${rand(30)}`;
      const before = live.get(name);
      let e: WatchEvent;
      if (before && rand(8) === 0) {
        e = { type: "DELETED", object: before };
        live.delete(name);
      } else {
        const owner = ["rs-1", "rs-1", "rs-1", "rs-2", undefined][rand(5)];
        const labels = [{ app: "web" }, { app: "web", tier: "fe" }, { app: "db" }][rand(3) === 0 ? rand(3) : 0];
        const phase = ["Running", "Running", "Pending", "Succeeded", "Failed"][rand(5)];
        const ready = rand(2) === 0 ? "True" : "False";
        const pod = Object.freeze({
          apiVersion: "v1",
          kind: "Pod",
          metadata: { name, namespace: "ns", labels, ...(owner ? { ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: owner, uid: owner, controller: true }] } : {}), ...(rand(10) === 0 ? { deletionTimestamp: "2026-01-01T00:00:00Z" } : {}) },
          spec: {},
          status: { phase, conditions: [{ type: "Ready", status: ready }] },
        }) as unknown as Pod;
        e = { type: before ? "MODIFIED" : "ADDED", object: pod };
        live.set(name, pod);
      }
      cache.apply(e);
      for (const p of before ? [before, e.object as Pod] : [e.object as Pod]) if (controllerOf(p)?.uid === "rs-1") running.touch(name);
      if (rand(3) !== 0) continue; // syncs are rarer than events
      const got = running.counts({ ownerUid: "rs-1", owned: cache.controlledBy("ns", "rs-1"), pod: (n) => cache.get("ns", n), verdicts });
      expect(got, `step ${step}`).toEqual(claimedByFullPass(cache, r));
      if (got) fast++;
    }
    expect(fast).toBeGreaterThan(50);
  });
});
