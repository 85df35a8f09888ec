"use client";
// The Kubernetes field schema for completion and problems, fetched once per
// page (the browser caches it across pages); null until it arrives or when
// it cannot be had — the editor then still highlights and checks YAML syntax.
import { useEffect, useState } from "react";
import { graderVersion } from "@kubedojo/grader/version";
import type { KubernetesFieldMap } from "./field-map";

// The browser caches the map for a day: the URL changes with the grader and with the map's format (2: enum values).
const fieldsUrl = `/api/kubernetes/fields?grader=${graderVersion}&format=2`;

let pending: Promise<KubernetesFieldMap | null> | undefined;

function loadFields(): Promise<KubernetesFieldMap | null> {
  pending ??= fetch(fieldsUrl)
    .then((r) => (r.ok ? (r.json() as Promise<KubernetesFieldMap>) : null))
    .catch(() => null);
  return pending;
}

export function useKubernetesFields(wanted: boolean): KubernetesFieldMap | null {
  const [fields, setFields] = useState<KubernetesFieldMap | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadFields().then((f) => {
      if (live) setFields(f);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return fields;
}
