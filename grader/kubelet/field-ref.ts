// Downward API values: fieldRef and resourceFieldRef (pkg/api/v1/resource and
// pkg/fieldpath), shared by env and downwardAPI volumes.
import { parseQuantity } from "../apiserver/quantity";
import type { KubeObject } from "../apiserver/types";

type Json = Record<string, unknown>;

export interface PodRuntimeFields {
  podIP: string;
  hostIP: string;
  /** Node allocatable, the default when a container sets no limit. */
  nodeAllocatable: Record<string, string>;
}

function formatMap(m: Record<string, string> | undefined): string {
  return Object.keys(m ?? {})
    .sort()
    .map((k) => `${k}="${(m ?? {})[k].replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`)
    .join("\n");
}

export function fieldRefValue(pod: KubeObject, fieldPath: string, rt: PodRuntimeFields): string {
  const spec = pod.spec as Json;
  const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(fieldPath);
  if (m) return (pod.metadata[m[1] as "labels" | "annotations"] ?? {})[m[2]] ?? "";
  switch (fieldPath) {
    case "metadata.name":
      return pod.metadata.name ?? "";
    case "metadata.namespace":
      return pod.metadata.namespace ?? "";
    case "metadata.uid":
      return pod.metadata.uid ?? "";
    case "metadata.labels":
      return formatMap(pod.metadata.labels);
    case "metadata.annotations":
      return formatMap(pod.metadata.annotations);
    case "spec.nodeName":
      return (spec.nodeName as string) ?? "";
    case "spec.serviceAccountName":
      return (spec.serviceAccountName as string) ?? "";
    case "status.hostIP":
    case "status.hostIPs":
      return rt.hostIP;
    case "status.podIP":
    case "status.podIPs":
      return rt.podIP;
    default:
      return "";
  }
}

/** requests.cpu / limits.memory / … of a container, divided by `divisor` and rounded up (ExtractContainerResourceValue). */
export function resourceFieldValue(container: Json, resource: string, divisor: string | undefined, rt: PodRuntimeFields): string {
  const res = (container.resources ?? {}) as { limits?: Record<string, string>; requests?: Record<string, string> };
  const [kind, name] = resource.split(".") as ["limits" | "requests", string];
  let raw = res[kind]?.[name];
  if (raw === undefined && kind === "limits") raw = rt.nodeAllocatable[name];
  if (raw === undefined && kind === "requests") raw = res.limits?.[name] ?? (name === "cpu" || name === "memory" ? "0" : undefined);
  if (raw === undefined) return "0";
  const q = parseQuantity(raw);
  const d = parseQuantity(divisor ?? "1");
  if (name === "cpu") {
    const milli = q.milliValue();
    const dm = d.milliValue() || 1n;
    return String((milli + dm - 1n) / dm);
  }
  const v = q.value();
  const dv = d.value() || 1n;
  return String((v + dv - 1n) / dv);
}
