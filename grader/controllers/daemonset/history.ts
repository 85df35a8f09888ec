// DaemonSet history (pkg/controller/daemon/update.go constructHistory,
// snapshot, cleanupHistory): the current revision is the ControllerRevision
// whose data equals the DaemonSet's getPatch bytes; when none does, a snapshot
// `<ds>-<hash>` is made with the next revision number. The data is the same
// `$patch: replace` template as a StatefulSet's; the hash is
// controller.ComputeHash of the template (see deployment/pod-template-hash.ts
// for how ours relates to upstream's).
import type { ClusterApi } from "../../apiserver/api-interface";
import { isAlreadyExists } from "../../apiserver/errors";
import type { KubeObject } from "../../apiserver/types";
import { computePodTemplateHash } from "../deployment/pod-template-hash";
import { newControllerRef } from "../replicaset/controller-ref";
import { goJsonMarshal } from "../statefulset/go-json";
import { revisionPatch, sortRevisions } from "../statefulset/revision";
import type { ControllerRevision } from "../statefulset/types";
import { daemonSetRevisionLabel } from "./pod-template";
import { controllerRevisionsGVR, type DaemonSet } from "./types";

export interface DaemonSetHistory {
  current: ControllerRevision;
  old: ControllerRevision[];
  /** The collision count the snapshot ended with. */
  collisionCount?: number;
}

function patchOf(ds: DaemonSet): Record<string, unknown> {
  return revisionPatch(ds);
}

function snapshot(api: ClusterApi, ds: DaemonSet, revision: number): { current: ControllerRevision; collisionCount?: number } {
  const data = patchOf(ds);
  let collisionCount = ds.status?.collisionCount;
  for (;;) {
    const hash = computePodTemplateHash(ds.spec.template, collisionCount);
    const history: ControllerRevision = {
      apiVersion: "apps/v1",
      kind: "ControllerRevision",
      metadata: {
        name: `${ds.metadata.name}-${hash}`,
        namespace: ds.metadata.namespace,
        labels: { ...(ds.spec.template?.metadata?.labels ?? {}), [daemonSetRevisionLabel]: hash },
        ...(ds.metadata.annotations ? { annotations: { ...ds.metadata.annotations } } : {}),
        ownerReferences: [newControllerRef(ds)],
      },
      data,
      revision,
    };
    try {
      return { current: api.create(history) as ControllerRevision, collisionCount };
    } catch (e) {
      if (!isAlreadyExists(e)) throw e;
      const existing = api.get(controllerRevisionsGVR, ds.metadata.namespace ?? "", history.metadata.name ?? "") as ControllerRevision;
      if (goJsonMarshal(existing.data) === goJsonMarshal(data)) return { current: existing, collisionCount };
      collisionCount = (collisionCount ?? 0) + 1; // a hash collision: the status update carries the new count
    }
  }
}

// A stored revision's data never changes (a frozen object of the API's read-only lists):
// its marshalled bytes are kept with it rather than made again at every sync.
const frozenDataBytes = new WeakMap<object, string>();

/** goJsonMarshal(h.data), once per frozen data object. */
export function marshalledData(h: ControllerRevision): string {
  const data = h.data;
  if (data === null || typeof data !== "object" || !Object.isFrozen(data)) return goJsonMarshal(data);
  let bytes = frozenDataBytes.get(data);
  if (bytes === undefined) frozenDataBytes.set(data, (bytes = goJsonMarshal(data)));
  return bytes;
}

export function constructHistory(api: ClusterApi, ds: DaemonSet, owned: ControllerRevision[]): DaemonSetHistory {
  const patch = goJsonMarshal(patchOf(ds));
  const current: ControllerRevision[] = [];
  const old: ControllerRevision[] = [];
  for (const h of owned) (marshalledData(h) === patch ? current : old).push(h);
  const nextRevision = old.reduce((max, h) => Math.max(max, h.revision), 0) + 1;
  if (current.length === 0) {
    const made = snapshot(api, ds, nextRevision);
    return { current: made.current, old, collisionCount: made.collisionCount };
  }
  // dedupCurHistories: the highest revision wins; duplicates are deleted.
  const sorted = sortRevisions(current);
  let cur = sorted[sorted.length - 1];
  for (const dup of sorted.slice(0, -1)) deleteQuietly(api, dup);
  if (cur.revision < nextRevision) cur = api.update({ ...cur, revision: nextRevision }) as ControllerRevision;
  return { current: cur, old, collisionCount: ds.status?.collisionCount };
}

/** cleanupHistory: keeps revisionHistoryLimit old revisions that no pod runs, deleting the oldest first. */
export function cleanupHistory(api: ClusterApi, ds: DaemonSet, pods: KubeObject[], history: DaemonSetHistory): void {
  const limit = ds.spec.revisionHistoryLimit ?? 10;
  if (history.old.length <= limit) return;
  const live = new Set([history.current.metadata.labels?.[daemonSetRevisionLabel]]);
  for (const p of pods) live.add(p.metadata.labels?.[daemonSetRevisionLabel]);
  const candidates = sortRevisions(history.old).filter((h) => !live.has(h.metadata.labels?.[daemonSetRevisionLabel]));
  let excess = history.old.length - limit;
  for (const h of candidates) {
    if (excess <= 0) break;
    deleteQuietly(api, h);
    excess--;
  }
}

function deleteQuietly(api: ClusterApi, obj: KubeObject): void {
  try {
    api.delete(controllerRevisionsGVR, obj.metadata.namespace ?? "", obj.metadata.name ?? "");
  } catch {
    // gone already
  }
}
