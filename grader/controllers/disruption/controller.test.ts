// The disruption controller against pkg/controller/disruption/disruption.go (v1.34).
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import type { Cluster } from "../../cluster/cluster";
import { clusterWithComponents } from "../../testing/cluster-with-components";
import { eventsAbout } from "../../testing/events";
import { kubectlGet } from "../../testing/kubectl-get";
import { ScriptedKubelet } from "../../testing/scripted-kubelet";
import { controllerRefTo } from "../job/pods";
import { DisruptionController, pdbsGVR } from "./controller";
import { scaledValue } from "./expected-scale";

type Json = Record<string, unknown>;
const template = { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx:1.27" }] } };

/** A Deployment of `replicas` with its ReplicaSet and pods, written by hand (no Deployment controller here). */
function deploymentWithPods(c: Cluster, replicas: number, podCount = replicas): void {
  const d = c.api.create({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", namespace: "default" }, spec: { replicas, selector: { matchLabels: { app: "web" } }, template } });
  const rs = c.api.create({
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: { name: "web-5d4f8", namespace: "default", labels: { app: "web" }, ownerReferences: [controllerRefTo(d)] },
    spec: { replicas, selector: { matchLabels: { app: "web" } }, template },
  });
  for (let i = 0; i < podCount; i++)
    c.api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: `web-5d4f8-${i}`, namespace: "default", labels: { app: "web" }, ownerReferences: [controllerRefTo(rs)] }, spec: template.spec });
}

const pdb = (spec: Json): KubeObject => ({ apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "web", namespace: "default" }, spec: { selector: { matchLabels: { app: "web" } }, ...spec } });

function scenario(spec: Json, replicas = 3): Cluster {
  const c = clusterWithComponents([new DisruptionController(), new ScriptedKubelet([{ match: () => true }])], 2);
  deploymentWithPods(c, replicas);
  c.api.create(pdb(spec));
  c.settle({ forMs: 10_000 });
  return c;
}

describe("a PDB minAvailable 50% over a Deployment of 3 ready pods", () => {
  const c = scenario({ minAvailable: "50%" });

  it("rounds 50% of 3 up to 2 desired healthy, so 1 disruption is allowed", () => {
    expect(c.api.get(pdbsGVR, "default", "web").status).toEqual({
      observedGeneration: 1,
      disruptionsAllowed: 1,
      currentHealthy: 3,
      desiredHealthy: 2,
      expectedPods: 3,
      conditions: [
        { type: "DisruptionAllowed", status: "True", observedGeneration: 1, lastTransitionTime: "2026-01-01T00:00:02Z", reason: "SufficientPods", message: "" },
      ],
    });
  });

  it("shows in kubectl get pdb", () => {
    expect(kubectlGet(c, "pdb")).toBe("NAME   MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE\nweb    50%             N/A               1                     10s\n");
  });
});

describe("other budgets over the same 3 pods", () => {
  it.each([
    { name: "maxUnavailable 50% rounds up to 2 unavailable: desired 1, allowed 2", spec: { maxUnavailable: "50%" }, want: [2, 1, "SufficientPods"] },
    { name: "minAvailable 3 leaves nothing to disrupt: InsufficientPods", spec: { minAvailable: 3 }, want: [0, 3, "InsufficientPods"] },
    { name: "maxUnavailable 0 allows nothing", spec: { maxUnavailable: 0 }, want: [0, 3, "InsufficientPods"] },
    { name: "minAvailable 1 allows 2", spec: { minAvailable: 1 }, want: [2, 1, "SufficientPods"] },
  ])("$name", ({ spec, want }) => {
    const c = scenario(spec);
    const s = c.api.get(pdbsGVR, "default", "web").status as Json;
    expect([s.disruptionsAllowed, s.desiredHealthy, (s.conditions as Json[])[0].reason]).toEqual(want);
  });
});

describe("a PDB whose pods have no controller", () => {
  it("warns about unmanaged pods when a percentage needs the scale", () => {
    const c = clusterWithComponents([new DisruptionController(), new ScriptedKubelet([{ match: () => true }])], 2);
    c.api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "solo", namespace: "default", labels: { app: "web" } }, spec: template.spec });
    c.api.create(pdb({ maxUnavailable: "50%" }));
    c.settle({ forMs: 10_000 });
    expect(eventsAbout(c.api, "default", "PodDisruptionBudget", "web").map((e) => e.reason)).toContain("UnmanagedPods");
  });

  it("says NoPods when nothing matches", () => {
    const c = clusterWithComponents([new DisruptionController()], 2);
    c.api.create(pdb({ minAvailable: 1 }));
    c.settle({ forMs: 1000 });
    expect(eventsAbout(c.api, "default", "PodDisruptionBudget", "web").map((e) => `${e.reason} ${e.message}`)).toEqual(["NoPods No matching pods found"]);
  });
});

describe("GetScaledValueFromIntOrPercent", () => {
  it.each([
    { v: "50%", total: 3, up: true, want: 2 },
    { v: "50%", total: 3, up: false, want: 1 },
    { v: "10%", total: 5, up: true, want: 1 },
    { v: 4, total: 3, up: true, want: 4 },
  ])("$v of $total (roundUp $up) is $want", ({ v, total, up, want }) => {
    expect(scaledValue(v, total, up)).toBe(want);
  });
});
