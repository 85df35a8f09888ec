// Skipping quiet syncs changes nothing: the same scenarios run with every sync
// in full and with quiet ones skipped leave byte-identical clusters (every
// object, event and status, every container log), and syncs were skipped.
import { describe, expect, it } from "vitest";
import { createCluster, type Cluster } from "../cluster/cluster";
import type { KubeObject } from "../apiserver/types";
import type { PodRecord } from "./pod-state";
import { recordFields, steady, stillQuiet, volumesReadRuntime, type QuietSync } from "./quiet-sync";

type Json = Record<string, unknown>;
const pods = { group: "", version: "v1", resource: "pods" };
const configMaps = { group: "", version: "v1", resource: "configmaps" };
const secrets = { group: "", version: "v1", resource: "secrets" };

const deployment = (name: string, replicas: number, podSpec: Json): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name },
  spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: podSpec } },
});

const scenarios: Record<string, (c: Cluster) => void> = {
  probes: (c) => {
    c.api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "web-config" }, data: { mode: "fast" } });
    c.api.create(
      deployment("web", 3, {
        containers: [
          {
            name: "nginx",
            image: "nginx:1.27",
            envFrom: [{ configMapRef: { name: "web-config" } }],
            readinessProbe: { httpGet: { path: "/", port: 80 }, periodSeconds: 5 },
            livenessProbe: { tcpSocket: { port: 80 }, periodSeconds: 10 },
          },
        ],
      }),
    );
    c.api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "flaky" }, spec: { containers: [{ name: "c", image: "busybox:1.36", command: ["sh", "-c", "touch /tmp/ok; sleep 20; rm /tmp/ok; sleep 3600"], readinessProbe: { exec: { command: ["cat", "/tmp/ok"] }, periodSeconds: 5 } }] } });
    c.settle({ forMs: 120_000 });
  },
  crashAndPull: (c) => {
    c.api.create(deployment("crash", 2, { containers: [{ name: "c", image: "busybox:1.36", command: ["sh", "-c", "sleep 7; exit 1"] }] }));
    c.api.create(deployment("bad", 1, { containers: [{ name: "c", image: "nginx:nope" }] }));
    c.api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "init" }, spec: { initContainers: [{ name: "i", image: "busybox:1.36", command: ["sh", "-c", "sleep 5"] }, { name: "side", image: "busybox:1.36", restartPolicy: "Always", command: ["sleep", "3600"] }], containers: [{ name: "c", image: "nginx:1.27" }] } });
    c.settle({ forMs: 90_000 });
    const p = c.api.get(pods, "default", "init");
    ((p.spec as Json).containers as Json[])[0].image = "nginx:1.28";
    c.api.update(p);
    c.settle({ forMs: 60_000 });
    c.api.delete(pods, "default", "init");
    c.settle({ forMs: 60_000 });
  },
  volumes: (c) => {
    c.api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg" }, data: { a: "one" } });
    c.api.create({ apiVersion: "v1", kind: "Secret", metadata: { name: "sec" }, stringData: { password: "pw" } });
    c.api.create({
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "vol", labels: { x: "1" } },
      spec: {
        containers: [
          {
            name: "c",
            image: "busybox:1.36",
            command: ["sh", "-c", "while true; do cat /cfg/a /sec/password /down/ip /down/labels; echo; sleep 7; done"],
            volumeMounts: [{ name: "cfg", mountPath: "/cfg" }, { name: "sec", mountPath: "/sec" }, { name: "down", mountPath: "/down" }],
          },
        ],
        volumes: [
          { name: "cfg", configMap: { name: "cfg" } },
          { name: "sec", secret: { secretName: "sec" } },
          { name: "down", downwardAPI: { items: [{ path: "ip", fieldRef: { fieldPath: "status.podIP" } }, { path: "labels", fieldRef: { fieldPath: "metadata.labels" } }] } },
        ],
      },
    });
    c.settle({ forMs: 30_000 });
    const cm = c.api.get(configMaps, "default", "cfg");
    (cm.data as Json).a = "changed";
    c.api.update(cm);
    c.settle({ forMs: 20_000 });
    const sec = c.api.get(secrets, "default", "sec");
    (sec as Json).data = { password: Buffer.from("pw2").toString("base64") };
    c.api.update(sec);
    c.settle({ forMs: 20_000 });
    c.api.delete(configMaps, "default", "cfg");
    c.settle({ forMs: 40_000 });
  },
};

function runScenario(name: string, skip: boolean): { text: string; skipped: number } {
  const c = createCluster({ seed: 5 });
  c.kubelet!.skipQuietSyncs = skip;
  scenarios[name](c);
  const logs: Record<string, string> = {};
  for (const p of c.api.list(pods).items) {
    const spec = p.spec as Json;
    for (const ct of [...((spec.initContainers ?? []) as Json[]), ...(spec.containers as Json[])]) {
      for (const previous of [false, true]) {
        const key = `${p.metadata.name}/${ct.name as string}/${previous}`;
        try {
          logs[key] = c.kubelet!.logs("default", p.metadata.name!, ct.name as string, { previous, timestamps: true });
        } catch (e) {
          logs[key] = `error: ${(e as Error).message}`;
        }
      }
    }
  }
  return { text: JSON.stringify({ snapshot: c.snapshot(), logs }), skipped: c.kubelet!.quietSyncsSkipped };
}

describe("quiet syncs", () => {
  for (const name of Object.keys(scenarios)) {
    it(`${name}: skipping them leaves the cluster byte-identical`, () => {
      const full = runScenario(name, false);
      const skipping = runScenario(name, true);
      expect(full.skipped).toBe(0);
      expect(skipping.skipped).toBeGreaterThan(0);
      expect(skipping.text).toBe(full.text);
    });
  }
});

function record(): PodRecord {
  const pod = { apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "default", uid: "u", resourceVersion: "7" }, spec: { containers: [{ name: "app", image: "nginx" }] } } as KubeObject;
  const app = { name: "app", kind: "app" as const, spec: {}, state: { kind: "running" as const, startedAt: 0 }, restartCount: 0, instances: 1, ready: true, started: true, busy: false, probes: new Map() };
  return { key: "default/p", uid: "u", node: "n", pod, podIP: "10.0.0.1", hostIP: "1.1.1.1", startTime: 0, containers: new Map([["app", app]]), initialized: true, timers: new Set() };
}

describe("stillQuiet", () => {
  const remember = (rec: PodRecord, runtime?: QuietSync["runtime"]): QuietSync => ({ resourceVersion: rec.pod.metadata.resourceVersion, configRevision: 1, runtime, fields: recordFields(rec) });

  it("holds while nothing changed, and fails on a new resourceVersion, ConfigMap change, container state or readiness", () => {
    const rec = record();
    const q = remember(rec);
    expect(stillQuiet(q, rec, 1, () => undefined)).toBe(true);
    expect(stillQuiet(undefined, rec, 1, () => undefined)).toBe(false);
    expect(stillQuiet(q, rec, 2, () => undefined)).toBe(false);
    expect(stillQuiet(q, { ...rec, pod: { ...rec.pod, metadata: { ...rec.pod.metadata, resourceVersion: "8" } } }, 1, () => undefined)).toBe(false);
    const c = rec.containers.get("app")!;
    c.ready = false;
    expect(stillQuiet(q, rec, 1, () => undefined)).toBe(false);
    c.ready = true;
    c.state = { kind: "running", startedAt: 0 };
    expect(stillQuiet(q, rec, 1, () => undefined)).toBe(false);
  });

  it("compares the pod IP and node info only for volumes that read them", () => {
    const rec = record();
    const node = {};
    const q = remember(rec, { podIP: "10.0.0.1", nodeInfo: node });
    expect(stillQuiet(q, rec, 1, () => node)).toBe(true);
    expect(stillQuiet(q, rec, 1, () => ({}))).toBe(false);
    expect(stillQuiet(q, { ...rec, podIP: "10.0.0.2" }, 1, () => node)).toBe(false);
  });

  it("is never quiet for a container that is waiting (it may be started, or back off with an event)", () => {
    const rec = record();
    rec.containers.get("app")!.state = { kind: "waiting", reason: "CrashLoopBackOff" };
    expect(steady(rec)).toBe(false);
    expect(stillQuiet(remember(rec), rec, 1, () => undefined)).toBe(false);
  });

  it("volumesReadRuntime: status and resource fields of downward API files, plain or projected", () => {
    const pod = (volumes: Json[]) => ({ metadata: {}, spec: { volumes } }) as unknown as KubeObject;
    expect(volumesReadRuntime(pod([{ name: "a", configMap: { name: "x" } }]))).toBe(false);
    expect(volumesReadRuntime(pod([{ name: "a", downwardAPI: { items: [{ path: "l", fieldRef: { fieldPath: "metadata.labels" } }] } }]))).toBe(false);
    expect(volumesReadRuntime(pod([{ name: "a", downwardAPI: { items: [{ path: "ip", fieldRef: { fieldPath: "status.podIP" } }] } }]))).toBe(true);
    expect(volumesReadRuntime(pod([{ name: "a", projected: { sources: [{ downwardAPI: { items: [{ path: "m", resourceFieldRef: { resource: "limits.memory" } }] } }] } }]))).toBe(true);
  });
});
