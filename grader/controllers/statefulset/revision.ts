// StatefulSet revisions (stateful_set_utils.go getPatch/newRevision/
// ApplyRevision and pkg/controller/history): a ControllerRevision stores the
// pod template as a strategic-merge patch `{"spec":{"template":{...,"$patch":
// "replace"}}}`, named `<set>-<hash>` where the hash is FNV-32 of the patch's
// bytes followed by the decimal collision count, printed in decimal and
// re-encoded with rand.SafeEncodeString. The template is serialized as the
// typed v1.34 encoder does: `resources: {}` on every container (a struct, so
// never omitted) and no `creationTimestamp` (omitzero since v1.34).
import { deepCopyJson } from "../../apiserver/storage/deep-copy";
import type { KubeObject } from "../../apiserver/types";
import { safeEncodeString } from "../deployment/pod-template-hash";
import { newControllerRef } from "../replicaset/controller-ref";
import type { PodTemplate } from "../replicaset/types";
import { goJsonMarshal } from "./go-json";
import type { ControllerRevision, StatefulSet } from "./types";

/** history.ControllerRevisionHashLabel. */
export const controllerRevisionHashLabel = "controller.kubernetes.io/hash";

const fnv32Offset = 0x811c9dc5;
const fnv32Prime = 0x01000193;

/** hash/fnv New32 (multiply, then xor: not FNV-1a). */
export function fnv32(bytes: Uint8Array): number {
  let h = fnv32Offset;
  for (const b of bytes) h = (Math.imul(h, fnv32Prime) ^ b) >>> 0;
  return h;
}

const containerLists = ["initContainers", "containers", "ephemeralContainers"];

/** The template as the apps/v1 encoder writes it from the typed object. */
function encodedTemplate(template: PodTemplate | undefined): Record<string, unknown> {
  const t = deepCopyJson((template ?? {}) as Record<string, unknown>);
  const metadata = (t.metadata ?? {}) as Record<string, unknown>;
  delete metadata.creationTimestamp;
  t.metadata = metadata;
  const spec = (t.spec ?? {}) as Record<string, unknown>;
  for (const list of containerLists) {
    for (const c of (spec[list] as Record<string, unknown>[] | undefined) ?? []) c.resources ??= {};
  }
  t.spec = spec;
  return t;
}

/** getPatch: the revision's data (the same for StatefulSets and DaemonSets). */
export function revisionPatch(owner: KubeObject): Record<string, unknown> {
  const template = (owner.spec as { template?: PodTemplate } | undefined)?.template;
  return { spec: { template: { ...encodedTemplate(template), $patch: "replace" } } };
}

/** history.HashControllerRevision with the collision count as probe. */
export function hashRevisionData(data: unknown, collisionCount: number): string {
  const bytes = new TextEncoder().encode(goJsonMarshal(data) + String(collisionCount));
  return safeEncodeString(String(fnv32(bytes)));
}

/** history.ControllerRevisionName: the prefix is cut to 223 characters. */
export function controllerRevisionName(prefix: string, hash: string): string {
  return `${prefix.length > 223 ? prefix.slice(0, 223) : prefix}-${hash}`;
}

/** history.NewControllerRevision: template labels plus the hash label, the set as controller. */
export function newRevision(set: StatefulSet, revision: number, collisionCount: number): ControllerRevision {
  const data = revisionPatch(set);
  const hash = hashRevisionData(data, collisionCount);
  return {
    apiVersion: "apps/v1",
    kind: "ControllerRevision",
    metadata: {
      name: controllerRevisionName(set.metadata.name ?? "", hash),
      namespace: set.metadata.namespace,
      labels: { ...(set.spec.template?.metadata?.labels ?? {}), [controllerRevisionHashLabel]: hash },
      ownerReferences: [newControllerRef(set)],
    },
    data,
    revision,
  };
}

/** history.EqualRevision: same hash label and the same data bytes. */
export function equalRevision(a: ControllerRevision, b: ControllerRevision): boolean {
  const ha = a.metadata.labels?.[controllerRevisionHashLabel];
  const hb = b.metadata.labels?.[controllerRevisionHashLabel];
  if (ha === undefined || ha !== hb) return false;
  return goJsonMarshal(a.data) === goJsonMarshal(b.data);
}

/** ApplyRevision: the set with the template the revision recorded. */
export function applyRevision(set: StatefulSet, revision: ControllerRevision): StatefulSet {
  const recorded = ((revision.data as { spec?: { template?: Record<string, unknown> } } | undefined)?.spec?.template ?? {}) as Record<string, unknown>;
  const template = deepCopyJson(recorded);
  delete template.$patch;
  return { ...set, spec: { ...set.spec, template: template as PodTemplate } };
}

/** history.SortControllerRevisions: by revision number, then creation time, then name. */
export function sortRevisions(revisions: ControllerRevision[]): ControllerRevision[] {
  return [...revisions].sort((a, b) => {
    if (a.revision !== b.revision) return a.revision - b.revision;
    const ta = a.metadata.creationTimestamp ?? "";
    const tb = b.metadata.creationTimestamp ?? "";
    if (ta !== tb) return ta < tb ? -1 : 1;
    return (a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1;
  });
}

export function nextRevisionNumber(sorted: ControllerRevision[]): number {
  return sorted.length === 0 ? 1 : sorted[sorted.length - 1].revision + 1;
}
