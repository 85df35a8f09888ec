import { describe, expect, it } from "vitest";
import { schemaFor } from "../schema/schema";
import { deepCopyJson } from "../storage/deep-copy";
import type { KubeObject } from "../types";
import type { DefaulterTable } from "./defaulter";
import { builtinDefaulters } from "./index";
import { applyDefaultersByModel, applyDefaultersWithoutRecursion } from "./walk";

const container = (name: string) => ({
  name,
  image: "nginx",
  ports: [{ containerPort: 80 }],
  env: [{ name: "A", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } }],
  resources: { limits: { cpu: "1" } },
  readinessProbe: { httpGet: { port: 80 } },
  livenessProbe: { exec: { command: ["true"] } },
  lifecycle: { preStop: { httpGet: { port: 80 } } },
});
const podSpec = {
  containers: [container("a"), container("b")],
  initContainers: [container("init")],
  volumes: [{ name: "s", secret: { secretName: "s" } }, { name: "c", configMap: { name: "c" } }, { name: "d", downwardAPI: { items: [] } }],
  affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [] }] } } },
};
const objects: KubeObject[] = [
  { apiVersion: "v1", kind: "Pod", metadata: { name: "p", labels: { a: "b" } }, spec: deepCopyJson(podSpec) },
  {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "d" },
    spec: { selector: { matchLabels: { a: "b" } }, template: { metadata: { labels: { a: "b" } }, spec: deepCopyJson(podSpec) } },
  },
  {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: "s" },
    spec: {
      selector: { matchLabels: { a: "b" } },
      template: { spec: deepCopyJson(podSpec) },
      volumeClaimTemplates: [{ metadata: { name: "data" }, spec: { resources: { requests: { storage: "1Gi" } } } }],
    },
  },
  {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: { name: "cj" },
    spec: { schedule: "* * * * *", jobTemplate: { spec: { template: { spec: deepCopyJson(podSpec) } } } },
  },
  { apiVersion: "v1", kind: "Service", metadata: { name: "s" }, spec: { ports: [{ port: 80 }], selector: { a: "b" } } },
  {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: { name: "h" },
    spec: { scaleTargetRef: { kind: "Deployment", name: "d" }, maxReplicas: 3 },
  },
  {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "n" },
    spec: { podSelector: {}, ingress: [{ ports: [{ port: 80 }] }] },
  },
];

describe("applyDefaultersByModel (recursive, skipping what no defaulter reaches)", () => {
  for (const obj of objects) {
    it(`defaults a ${obj.kind} exactly as the walk without recursion does`, () => {
      const model = schemaFor(obj.apiVersion, obj.kind)!.model;
      const fast = deepCopyJson(obj);
      const slow = deepCopyJson(obj);
      applyDefaultersByModel(fast, model, builtinDefaulters);
      applyDefaultersWithoutRecursion(slow, model, builtinDefaulters);
      expect(fast).toEqual(slow);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(slow)); // same key order too
      expect(fast).not.toEqual(obj);
    });
  }

  it("meets the types in the same order, map values included, and deep values too", () => {
    const record = (seen: string[]): DefaulterTable => ({
      V1Container: (c) => void seen.push(`container ${c.name}`),
      V1ContainerPort: (p) => void seen.push(`port ${p.containerPort}`),
      V1LabelSelectorRequirement: (r) => void seen.push(`requirement ${r.key}`),
      V1JSONSchemaProps: (p) => void seen.push(`props ${p.description}`),
    });
    let deep: Record<string, unknown> = { description: "leaf" };
    for (let i = 0; i < 80; i++) deep = { description: `level ${i}`, properties: { x: deep, y: { description: `side ${i}` } } };
    const cases: [KubeObject, string][] = [
      [objects[1], "V1Deployment"],
      [
        { apiVersion: "v1", kind: "X", metadata: {}, spec: { selector: { matchExpressions: [{ key: "a" }, { key: "b" }] } } },
        "V1PodDisruptionBudget",
      ],
      [{ apiVersion: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinition", metadata: {}, spec: { versions: [{ schema: { openAPIV3Schema: deep } }] } }, "V1CustomResourceDefinition"],
    ];
    for (const [obj, model] of cases) {
      const fast: string[] = [];
      const slow: string[] = [];
      applyDefaultersByModel(deepCopyJson(obj), model, record(fast));
      applyDefaultersWithoutRecursion(deepCopyJson(obj), model, record(slow));
      expect(fast.length).toBeGreaterThan(1);
      expect(fast).toEqual(slow);
    }
  });
});
