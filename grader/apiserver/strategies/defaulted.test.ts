// Minimal manifests, as a candidate writes them, pass validation once the
// scheme defaults are applied (the API core's order: applyDefaults → prepare → validate).
import { describe, expect, it } from "vitest";
import { newInvalid } from "../errors";
import type { KubeObject } from "../types";
import { applyDefaults, strategyFor } from "./index";

function createMessage(manifest: KubeObject): string {
  const o = structuredClone(manifest);
  const group = o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "";
  applyDefaults(o);
  const s = strategyFor(group, o.kind);
  s.prepareForCreate?.(o);
  const errs = s.validate?.(o) ?? [];
  return errs.length ? newInvalid(group, o.kind, o.metadata.name ?? "", errs).message : "";
}

const podTemplate = (labels: Record<string, string>, restartPolicy?: string) => ({
  metadata: { labels },
  spec: { ...(restartPolicy ? { restartPolicy } : {}), containers: [{ name: "app", image: "nginx:1.27", ports: [{ containerPort: 80 }] }] },
});

const manifests: { name: string; obj: KubeObject }[] = [
  { name: "a Pod", obj: { apiVersion: "v1", kind: "Pod", metadata: { name: "web", namespace: "default" }, spec: podTemplate({}).spec } },
  {
    name: "a Deployment",
    obj: {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "web", namespace: "default" },
      spec: { replicas: 2, selector: { matchLabels: { app: "web" } }, template: podTemplate({ app: "web" }) },
    },
  },
  {
    name: "a Service",
    obj: { apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default" }, spec: { selector: { app: "web" }, ports: [{ port: 80 }] } },
  },
  {
    name: "a NodePort Service",
    obj: { apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default" }, spec: { type: "NodePort", selector: { app: "web" }, ports: [{ port: 80, nodePort: 30080 }] } },
  },
  {
    name: "a Job",
    obj: {
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: "pi", namespace: "default", uid: "5f0c7d2e-0000-4000-8000-000000000001" },
      spec: { template: podTemplate({}, "Never") },
    },
  },
  {
    name: "a CronJob",
    obj: {
      apiVersion: "batch/v1",
      kind: "CronJob",
      metadata: { name: "tick", namespace: "default" },
      spec: { schedule: "*/1 * * * *", jobTemplate: { spec: { template: podTemplate({}, "OnFailure") } } },
    },
  },
  {
    name: "a DaemonSet",
    obj: {
      apiVersion: "apps/v1",
      kind: "DaemonSet",
      metadata: { name: "agent", namespace: "default" },
      spec: { selector: { matchLabels: { app: "agent" } }, template: podTemplate({ app: "agent" }) },
    },
  },
  {
    name: "a StatefulSet",
    obj: {
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata: { name: "db", namespace: "default" },
      spec: { serviceName: "db", selector: { matchLabels: { app: "db" } }, template: podTemplate({ app: "db" }) },
    },
  },
  {
    name: "an Ingress",
    obj: {
      apiVersion: "networking.k8s.io/v1",
      kind: "Ingress",
      metadata: { name: "shop", namespace: "default" },
      spec: { rules: [{ http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] } }] },
    },
  },
  {
    name: "a PersistentVolumeClaim",
    obj: {
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: { name: "data", namespace: "default" },
      spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
    },
  },
];

describe("defaulted minimal manifests", () => {
  it.each(manifests)("accepts $name", ({ obj }) => {
    expect(createMessage(obj)).toBe("");
  });
});
