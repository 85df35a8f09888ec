// Bench: schedule 1,000 pods onto 100 nodes with the default profile (pure
// core, one snapshot kept current as pods are assumed). Run: npx tsx grader/scheduler/scheduler.bench.ts
// Target: well under 500 ms per run.
import { performance } from "node:perf_hooks";
import { makeNode } from "../testing/node-builder";
import { makePod } from "../testing/pod-builder";
import { newDefaultFramework } from "./default-framework";
import type { Pod } from "./framework/api-types";
import { schedulePod, type SchedulerProgress } from "./framework/schedule-one";
import { ClusterSnapshot } from "./framework/snapshot";

const nodes = Array.from({ length: 100 }, (_, i) =>
  makeNode()
    .name(`node-${String(i).padStart(3, "0")}`)
    .label("topology.kubernetes.io/zone", `zone-${i % 3}`)
    .capacity({ cpu: "16", memory: "64Gi", pods: "110" })
    .obj(),
);
const pods = Array.from({ length: 1000 }, (_, i) => {
  const b = makePod().name(`pod-${i}`).labels({ app: `app-${i % 20}` }).requests({ cpu: "100m", memory: "128Mi" });
  if (i % 10 === 0) b.preferredPodAntiAffinity(50, "kubernetes.io/hostname", { app: `app-${i % 20}` });
  if (i % 25 === 0) b.podAntiAffinity("kubernetes.io/hostname", { app: "singleton" }).labels({ app: "singleton" });
  return b.obj() as Pod;
});

function runOnce(): { ms: number; scheduled: number } {
  const start = performance.now();
  const snapshot = new ClusterSnapshot({ nodes });
  const fwk = newDefaultFramework();
  const progress: SchedulerProgress = { nextStartNodeIndex: 0 };
  let scheduled = 0;
  for (const pod of pods) {
    const r = schedulePod(fwk, snapshot, pod, progress);
    if (r.kind === "Scheduled") {
      snapshot.addPod(pod, r.nodeName);
      scheduled++;
    }
  }
  return { ms: performance.now() - start, scheduled };
}

const runs: number[] = [];
let scheduled = 0;
for (let i = 0; i < 7; i++) {
  const r = runOnce();
  runs.push(r.ms);
  scheduled = r.scheduled;
}
runs.sort((a, b) => a - b);
console.log(`scheduler: 1000 pods onto 100 nodes, ${scheduled} scheduled`);
console.log(`median ${runs[3].toFixed(1)} ms, min ${runs[0].toFixed(1)} ms, max ${runs[6].toFixed(1)} ms (7 runs)`);
