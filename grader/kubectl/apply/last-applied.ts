// The `kubectl.kubernetes.io/last-applied-configuration` annotation
// (k8s.io/kubectl/pkg/util/apply.go): the manifest as JSON, itself without the
// annotation, with the newline runtime.Encode ends it with.
import type { KubeObject } from "../../apiserver/types";
import { goJsonCompact } from "./go-json";

export const lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration";

// The annotations map is always present, if empty: `"metadata":{"annotations":{},...}`.
function withoutAnnotation(obj: KubeObject): KubeObject {
  const copy = structuredClone(obj);
  const annotations = { ...(copy.metadata.annotations ?? {}) };
  delete annotations[lastAppliedAnnotation];
  copy.metadata.annotations = annotations;
  return copy;
}

/** The annotation's value for a manifest (GetModifiedConfiguration with annotate=false). */
export function lastAppliedText(obj: KubeObject): string {
  return `${goJsonCompact(withoutAnnotation(obj))}\n`;
}

/** The manifest carrying its own last-applied annotation (GetModifiedConfiguration with annotate=true). */
export function withLastApplied(obj: KubeObject): KubeObject {
  // One copy serves both: the annotation's text is that copy as JSON, before the annotation is added.
  const copy = withoutAnnotation(obj);
  const text = `${goJsonCompact(copy)}\n`;
  copy.metadata.annotations = { ...(copy.metadata.annotations ?? {}), [lastAppliedAnnotation]: text };
  return copy;
}

/** The last-applied configuration stored on a live object, parsed; undefined when absent or empty. */
export function originalConfiguration(live: KubeObject): Record<string, unknown> | undefined {
  const text = live.metadata.annotations?.[lastAppliedAnnotation];
  if (!text) return undefined;
  return JSON.parse(text) as Record<string, unknown>;
}
