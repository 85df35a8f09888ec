// Objects are stored at one version per resource and converted on the way in
// and out, as the API server converts through its internal version. Most
// resources are served at a single version; the exceptions are
// autoscaling/v1 HorizontalPodAutoscaler (stored as autoscaling/v2) and
// events.k8s.io/v1 Event (stored as a core v1 Event).
// Sources: pkg/apis/autoscaling/v1/conversion.go, pkg/apis/events/v1/conversion.go.
import type { KubeObject } from "../types";
import type { ResourceEntry } from "./builtin-resources";

type Json = Record<string, unknown>;

// events.k8s.io/v1 field → core/v1 field
const eventFieldRenames: [string, string][] = [
  ["regarding", "involvedObject"],
  ["note", "message"],
  ["deprecatedSource", "source"],
  ["deprecatedFirstTimestamp", "firstTimestamp"],
  ["deprecatedLastTimestamp", "lastTimestamp"],
  ["deprecatedCount", "count"],
  ["reportingController", "reportingComponent"],
];

function renameFields(obj: Json, renames: [string, string][], reverse: boolean): Json {
  const out: Json = { ...obj };
  for (const [a, b] of renames) {
    const [from, to] = reverse ? [b, a] : [a, b];
    if (from in out) {
      out[to] = out[from];
      delete out[from];
    }
  }
  return out;
}

function hpaV1ToV2(obj: KubeObject): KubeObject {
  const spec = { ...((obj.spec ?? {}) as Json) };
  const target = spec.targetCPUUtilizationPercentage;
  delete spec.targetCPUUtilizationPercentage;
  if (typeof target === "number") {
    spec.metrics = [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: target } } }];
  }
  const out: KubeObject = { ...obj, spec };
  if (obj.status) {
    const status = { ...(obj.status as Json) };
    const current = status.currentCPUUtilizationPercentage;
    delete status.currentCPUUtilizationPercentage;
    if (typeof current === "number") {
      status.currentMetrics = [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: current } } }];
    }
    out.status = status;
  }
  return out;
}

interface Metric {
  type?: string;
  resource?: { name?: string; target?: { averageUtilization?: number }; current?: { averageUtilization?: number } };
}

function hpaV2ToV1(obj: KubeObject): KubeObject {
  const spec = { ...((obj.spec ?? {}) as Json) };
  const metrics = (spec.metrics ?? []) as Metric[];
  delete spec.metrics;
  delete spec.behavior;
  const cpu = metrics.find((m) => m.type === "Resource" && m.resource?.name === "cpu");
  if (cpu?.resource?.target?.averageUtilization !== undefined) spec.targetCPUUtilizationPercentage = cpu.resource.target.averageUtilization;
  const out: KubeObject = { ...obj, spec };
  if (obj.status) {
    const status = { ...(obj.status as Json) };
    const current = ((status.currentMetrics ?? []) as Metric[]).find((m) => m.type === "Resource" && m.resource?.name === "cpu");
    delete status.currentMetrics;
    delete status.conditions;
    if (current?.resource?.current?.averageUtilization !== undefined) status.currentCPUUtilizationPercentage = current.resource.current.averageUtilization;
    out.status = status;
  }
  return out;
}

/** The object as stored (its resource's preferred version, core for events). Returns `obj` itself when nothing changes. */
export function toStorageVersion(entry: ResourceEntry, obj: KubeObject): KubeObject {
  const { group, kind } = entry.info;
  if (group === "autoscaling" && obj.apiVersion === "autoscaling/v1") return { ...hpaV1ToV2(obj), apiVersion: "autoscaling/v2" };
  if (group === "events.k8s.io") return { ...(renameFields(obj, eventFieldRenames, false) as KubeObject), apiVersion: "v1", kind };
  return obj;
}

/** A stored object as a client asked for it (`version` of `entry`). Returns `obj` itself when nothing changes. */
export function fromStorageVersion(entry: ResourceEntry, obj: KubeObject, version: string): KubeObject {
  const { group, kind } = entry.info;
  if (group === "autoscaling" && version === "v1") return { ...hpaV2ToV1(obj), apiVersion: "autoscaling/v1" };
  if (group === "events.k8s.io") return { ...(renameFields(obj, eventFieldRenames, true) as KubeObject), apiVersion: `events.k8s.io/${version}`, kind };
  return obj;
}
