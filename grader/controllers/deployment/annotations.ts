// The annotations a Deployment keeps on itself and its ReplicaSets
// (pkg/controller/deployment/util/deployment_util.go): the revision of each
// ReplicaSet, the history of revisions a reused ReplicaSet served, the desired
// and maximum replica counts of the last scaling, and every other annotation
// of the Deployment copied over (kubernetes.io/change-cause among them).
import type { KubeObject } from "../../apiserver/types";
import type { Deployment, ReplicaSet } from "./types";
import { desiredReplicas } from "./types";
import { maxSurge } from "./replicas";

import {
  deprecatedRollbackToAnnotation,
  desiredReplicasAnnotation,
  lastAppliedConfigAnnotation,
  maxReplicasAnnotation,
  revisionAnnotation,
  revisionHistoryAnnotation,
} from "./annotation-keys";

/** Limit of the revision-history annotation (sync.go maxRevHistoryLengthInChars). */
export const maxRevisionHistoryChars = 2000;

const notCopied = new Set([
  lastAppliedConfigAnnotation,
  revisionAnnotation,
  revisionHistoryAnnotation,
  desiredReplicasAnnotation,
  maxReplicasAnnotation,
  deprecatedRollbackToAnnotation,
]);

/** The revision annotation as a number: 0 when absent, NaN when unreadable (Revision). */
export function revisionOf(obj: KubeObject): number {
  const v = obj.metadata.annotations?.[revisionAnnotation];
  if (v === undefined) return 0;
  return /^[+-]?\d+$/.test(v) ? Number(v) : NaN;
}

/** The highest readable revision (MaxRevision). */
export function maxRevision(replicaSets: ReplicaSet[]): number {
  let max = 0;
  for (const rs of replicaSets) {
    const v = revisionOf(rs);
    if (v > max) max = v;
  }
  return max;
}

/** Sets the Deployment's revision annotation; true when it changed. */
export function setDeploymentRevision(d: Deployment, revision: string): boolean {
  const annotations = (d.metadata.annotations ??= {});
  if (annotations[revisionAnnotation] === revision) return false;
  annotations[revisionAnnotation] = revision;
  return true;
}

function copyDeploymentAnnotations(d: Deployment, rs: ReplicaSet): boolean {
  const annotations = (rs.metadata.annotations ??= {});
  let changed = false;
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (notCopied.has(k) || annotations[k] === v) continue;
    annotations[k] = v;
    changed = true;
  }
  return changed;
}

/** Sets desired-replicas and max-replicas; true when either changed. */
export function setReplicasAnnotations(rs: ReplicaSet, desired: number, max: number): boolean {
  const annotations = (rs.metadata.annotations ??= {});
  let changed = false;
  if (annotations[desiredReplicasAnnotation] !== String(desired)) {
    annotations[desiredReplicasAnnotation] = String(desired);
    changed = true;
  }
  if (annotations[maxReplicasAnnotation] !== String(max)) {
    annotations[maxReplicasAnnotation] = String(max);
    changed = true;
  }
  return changed;
}

export function replicasAnnotationsNeedUpdate(rs: ReplicaSet, desired: number, max: number): boolean {
  const annotations = rs.metadata.annotations;
  return !annotations || annotations[desiredReplicasAnnotation] !== String(desired) || annotations[maxReplicasAnnotation] !== String(max);
}

/** The replica annotations of a Deployment as they are now: its replicas, and replicas + maxSurge. */
export function replicasAnnotationValues(d: Deployment): [desired: number, max: number] {
  return [desiredReplicas(d), desiredReplicas(d) + maxSurge(d)];
}

/**
 * SetNewReplicaSetAnnotations: copies the Deployment's annotations, raises the
 * revision to `newRevision` when it is higher (keeping the old one in
 * revision-history: a rollback reuses the ReplicaSet), and on creation sets the
 * replica annotations. True when anything changed.
 */
export function setNewReplicaSetAnnotations(d: Deployment, rs: ReplicaSet, newRevision: string, exists: boolean): boolean {
  let changed = copyDeploymentAnnotations(d, rs);
  const annotations = (rs.metadata.annotations ??= {});
  const oldRevision = annotations[revisionAnnotation];
  const hadRevision = oldRevision !== undefined;
  let oldRevisionInt = 0;
  if (oldRevision !== undefined && oldRevision !== "") {
    if (!/^[+-]?\d+$/.test(oldRevision)) return false;
    oldRevisionInt = Number(oldRevision);
  }
  const newRevisionInt = Number(newRevision);
  if (oldRevisionInt < newRevisionInt) {
    annotations[revisionAnnotation] = newRevision;
    changed = true;
  }
  if (hadRevision && oldRevisionInt < newRevisionInt) {
    const history = annotations[revisionHistoryAnnotation] ?? "";
    const revisions = history.split(",");
    if (revisions[0].length === 0) {
      annotations[revisionHistoryAnnotation] = oldRevision;
    } else {
      let total = history.length + oldRevision.length + 1;
      let start = 0;
      while (total > maxRevisionHistoryChars && start < revisions.length) total -= revisions[start++].length + 1;
      if (total <= maxRevisionHistoryChars) annotations[revisionHistoryAnnotation] = [...revisions.slice(start), oldRevision].join(",");
    }
  }
  if (!exists && setReplicasAnnotations(rs, ...replicasAnnotationValues(d))) changed = true;
  return changed;
}
