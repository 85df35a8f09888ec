// Building typed objects in Go's struct field order, so -o json prints keys as kubectl does.
import type { KubeObject, ObjectMeta } from "../../apiserver/types";
import type { ParsedCommand } from "../parse-args";

/** A map field (labels, data, …): Go's encoding/json writes map keys sorted. */
export function sortedRecord(entries: Iterable<[string, string]>): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [key, value] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) record[key] = value;
  return record;
}

/** The namespace goes into the object only when given explicitly with -n (EnforceNamespace). */
export function explicitNamespace(parsed: ParsedCommand): string | undefined {
  return parsed.changed.includes("namespace") && typeof parsed.flags["namespace"] === "string" && parsed.flags["namespace"] !== ""
    ? parsed.flags["namespace"]
    : undefined;
}

/** ObjectMeta fields in Go order: name, namespace, …, labels, annotations. */
export function objectMeta(name: string, namespace?: string, labels?: Record<string, string>, annotations?: Record<string, string>): ObjectMeta {
  const meta: ObjectMeta = { name };
  if (namespace) meta.namespace = namespace;
  if (labels && Object.keys(labels).length > 0) meta.labels = labels;
  if (annotations && Object.keys(annotations).length > 0) meta.annotations = annotations;
  return meta;
}

/** TypeMeta comes first in Go: kind, then apiVersion. */
export function typed(kind: string, apiVersion: string, rest: Omit<KubeObject, "kind" | "apiVersion">): KubeObject {
  return { kind, apiVersion, ...rest } as KubeObject;
}
