// Printers read objects through small structural views of the fields they print;
// objects are plain JSON, so every field is optional.
import type { KubeObject } from "../types";

/** Reads a stored object through the view of the fields a printer needs. */
export function view<T>(obj: KubeObject): T & KubeObject {
  return obj as T & KubeObject;
}

export interface LabelSelectorRequirementView {
  key: string;
  operator: string;
  values?: string[];
}

export interface LabelSelectorView {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirementView[];
}

export interface ContainerView {
  name?: string;
  image?: string;
  restartPolicy?: string;
}

export interface PodTemplateView {
  metadata?: { labels?: Record<string, string> };
  spec?: { containers?: ContainerView[]; initContainers?: ContainerView[]; nodeSelector?: Record<string, string> };
}
