// `npm run bench -w grader`: how fast a fresh cluster is and how many Pods the
// API takes per second with the whole pipeline on (decode, defaults,
// admission, validation). Prints medians over several runs; about 10 s.
// Targets: fresh cluster ≤ 1 ms; ≥ 20,000 pod creates/s.
import { createCluster } from "../cluster/cluster";
import type { KubeObject } from "../apiserver/types";
import { median, percentile } from "./stats";


function timeMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function benchFreshCluster(): void {
  const first = timeMs(() => createCluster({ seed: 1 }));
  for (let i = 0; i < 200; i++) createCluster({ seed: 1 }); // warm up
  const runs: number[] = [];
  for (let run = 0; run < 9; run++) {
    const n = 500;
    runs.push((timeMs(() => {
      for (let i = 0; i < n; i++) createCluster({ seed: 1 });
    }) / n) * 1000);
  }
  const us = median(runs);
  console.log(`fresh default cluster: first build ${first.toFixed(1)} ms; then median ${us.toFixed(1)} µs (${Math.round(1e6 / us).toLocaleString("en")} clusters/s)`);
}

function podManifest(i: number): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: `bench-${i}`, labels: { app: "bench", n: String(i % 10) } },
    spec: {
      containers: [
        {
          name: "app",
          image: "nginx:1.27",
          ports: [{ containerPort: 80 }],
          resources: { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "100m", memory: "64Mi" } },
        },
      ],
    },
  };
}

/**
 * Create+get of 1,000 Pods in a fresh cluster, measured as a grading worker runs: the JIT needs
 * about 5,000 creates before these paths are optimised (the first rounds take 2–4× longer), so
 * six rounds warm up, the first is printed as the cold figure, and the median of the next eleven counts.
 */
function benchPodCreates(): void {
  const round = (seed: number): number => {
    const cluster = createCluster({ seed });
    const pods = Array.from({ length: 1000 }, (_, i) => podManifest(i));
    return timeMs(() => {
      for (const p of pods) {
        cluster.api.create(p);
        cluster.api.get({ group: "", version: "v1", resource: "pods" }, "default", p.metadata.name!);
      }
    });
  };
  const cold = round(0);
  for (let seed = 1; seed < 6; seed++) round(seed);
  const runs: number[] = [];
  for (let seed = 6; seed < 17; seed++) runs.push(round(seed));
  const ms = median(runs);
  console.log(`create+get of 1,000 Pods: first round ${cold.toFixed(1)} ms; warm median ${ms.toFixed(1)} ms (${Math.round(1000 / (ms / 1000)).toLocaleString("en")} pods/s)`);
}

function nested(depth: number): unknown {
  let v: unknown = "leaf";
  for (let i = 0; i < depth; i++) v = { x: v };
  return v;
}

/** Bad input is refused within a bounded time (target < 50 ms each) and changes nothing. */
function benchBadInput(): void {
  const cm = (name: string, extra: Record<string, unknown> = {}): KubeObject => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name }, ...extra });
  const cases: [string, () => KubeObject][] = [
    ["5 MB object", () => cm("big", { data: { big: "x".repeat(5 * 1024 * 1024) } })],
    ["nesting 10,000 deep", () => cm("deep", { extra: nested(10_001) })],
    ["label value of 64 characters", () => ({ ...cm("label"), metadata: { name: "label", labels: { app: "x".repeat(64) } } })],
    ["name of 254 characters", () => cm("a".repeat(254))],
    ["Secret with invalid base64", () => ({ apiVersion: "v1", kind: "Secret", metadata: { name: "s" }, data: { password: "not base64!" } })],
  ];
  const cluster = createCluster({ seed: 1 });
  for (const [name, build] of cases) {
    const times: number[] = [];
    let message = "";
    for (let i = 0; i < 7; i++) {
      const obj = build();
      times.push(timeMs(() => {
      try {
        cluster.api.create(obj);
        message = "ACCEPTED (unexpected)";
      } catch (e) {
        message = (e as Error).message.slice(0, 90);
      }
      }));
    }
    console.log(`bad input, ${name}: median ${median(times).toFixed(2)} ms — ${message}`);
  }
}

/** A typical task's objects: a Deployment of 3 with probes, a Service, a ConfigMap. */
function typicalTaskObjects(): KubeObject[] {
  return [
    { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "web-config" }, data: { mode: "fast" } },
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "web" },
      spec: {
      replicas: 3,
      selector: { matchLabels: { app: "web" } },
      template: {
        metadata: { labels: { app: "web" } },
        spec: {
          containers: [
            {
              name: "nginx",
              image: "nginx:1.27",
              ports: [{ containerPort: 80 }],
              envFrom: [{ configMapRef: { name: "web-config" } }],
              readinessProbe: { httpGet: { path: "/", port: 80 }, periodSeconds: 5 },
              livenessProbe: { tcpSocket: { port: 80 }, periodSeconds: 10 },
            },
          ],
        },
      },
      },
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "web" },
      spec: { selector: { app: "web" }, ports: [{ port: 80, targetPort: 80 }] },
    },
  ];
}

/**
 * Fresh cluster + a typical task's objects, settled over 5 virtual minutes (target ≤ 5 ms median).
 * Measured warm, as a grading worker runs: the first settles compile the code paths (JIT).
 */
function benchTypicalSettle(): void {
  const settleOnce = () => {
    const cluster = createCluster({ seed: 1 });
    for (const obj of typicalTaskObjects()) cluster.api.create(obj);
    return cluster.settle({ forMs: 5 * 60 * 1000 });
  };
  const first = timeMs(() => settleOnce());
  for (let i = 0; i < 200; i++) settleOnce(); // warm up: the median keeps falling for about 200 settles (JIT)
  const runs: number[] = [];
  let steps = 0;
  for (let run = 0; run < 51; run++) runs.push(timeMs(() => (steps = settleOnce().steps)));
  console.log(
    `fresh cluster + typical task settled over 5 virtual minutes: first ${first.toFixed(1)} ms; then median ${median(runs).toFixed(1)} ms, ` +
      `p90 ${percentile(runs, 90).toFixed(1)} ms (${steps} steps)`,
  );
}

/** 100 nodes, 1,000 pods (a Deployment of 1,000) scheduled and settled (target ≤ 500 ms). */
function benchHundredNodes(): void {
  const runs: number[] = [];
  const nodes = Array.from({ length: 100 }, (_, i) => ({ name: `node${String(i + 1).padStart(3, "0")}`, capacity: { cpu: "16", memory: "64Gi", pods: "110" } }));
  // Four runs to warm up (JIT: about 1,000, 680, 560, 540 ms, then ≈ 470–500 from the fifth on), then seven measured.
  const warmUp = 4;
  for (let run = 0; run < warmUp + 7; run++) {
    const cluster = createCluster({ seed: 1, topology: { extraNodes: nodes } });
    const ms = timeMs(() => {
      cluster.api.create({
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "big" },
        spec: {
          replicas: 1000,
          selector: { matchLabels: { app: "big" } },
          template: { metadata: { labels: { app: "big" } }, spec: { containers: [{ name: "c", image: "registry.k8s.io/pause:3.10" }] } },
        },
      });
      cluster.settle({ forMs: 5 * 60 * 1000 });
    });
    if (run >= warmUp) runs.push(ms);
  }
  console.log(`100 nodes, Deployment of 1,000 pods scheduled and settled over 5 virtual minutes: median ${median(runs).toFixed(0)} ms`);
}

benchFreshCluster();
benchPodCreates();
benchBadInput();
benchTypicalSettle();
benchHundredNodes();
