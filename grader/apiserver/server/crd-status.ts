// What apiextensions-apiserver's naming and establishing controllers write to a
// CRD's status right after it is created (pkg/controller/status/naming_controller.go,
// pkg/controller/establish/establishing_controller.go), so `kubectl wait
// --for=condition=Established crd/x` and `kubectl get crd -o yaml` read as on
// a real cluster. Name conflicts between CRDs are not modelled.
import type { KubeObject } from "../types";

interface CrdSpec {
  names?: Record<string, unknown>;
  versions?: { name: string; storage?: boolean }[];
}

interface Condition {
  type: string;
  status: string;
  reason: string;
  message: string;
  lastTransitionTime: string;
}

/** The status the controllers settle on for `crd` at time `now` (keeps earlier transition times). */
export function establishedCrdStatus(crd: KubeObject, now: string): Record<string, unknown> {
  const spec = (crd.spec ?? {}) as CrdSpec;
  const names = spec.names ?? {};
  const kind = String(names.kind ?? "");
  const acceptedNames: Record<string, unknown> = {
    kind,
    listKind: names.listKind ?? `${kind}List`,
    plural: names.plural,
    singular: names.singular || kind.toLowerCase(),
  };
  if (Array.isArray(names.shortNames) && names.shortNames.length) acceptedNames.shortNames = names.shortNames;
  if (Array.isArray(names.categories) && names.categories.length) acceptedNames.categories = names.categories;
  const previous = ((crd.status as { conditions?: Condition[] } | undefined)?.conditions ?? []).reduce<Record<string, Condition>>(
    (m, c) => ((m[c.type] = c), m),
    {},
  );
  const condition = (type: string, reason: string, message: string): Condition => ({
    lastTransitionTime: previous[type]?.status === "True" ? previous[type].lastTransitionTime : now,
    message,
    reason,
    status: "True",
    type,
  });
  const storage = (spec.versions ?? []).find((v) => v.storage)?.name;
  const stored = new Set<string>((crd.status as { storedVersions?: string[] } | undefined)?.storedVersions ?? []);
  if (storage) stored.add(storage);
  return {
    acceptedNames,
    conditions: [
      condition("NamesAccepted", "NoConflicts", "no conflicts found"),
      condition("Established", "InitialNamesAccepted", "the initial names have been accepted"),
    ],
    storedVersions: [...stored],
  };
}
