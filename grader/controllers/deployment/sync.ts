// The shared steps of every Deployment sync (pkg/controller/deployment/sync.go):
// find or create the new ReplicaSet and keep revisions in step, scale
// proportionally on a scaling event or while paused, delete ReplicaSets beyond
// revisionHistoryLimit, and compute the status.
import { goQuote, isAlreadyExists, isStatusError } from "../../apiserver/errors";
import { deepCopyJson } from "../../apiserver/storage/deep-copy";
import { newControllerRef, isControlledBy } from "../replicaset/controller-ref";
import { replicaSetsGVR, replicasOf } from "../replicaset/types";
import { computePodTemplateHash } from "./pod-template-hash";
import { canonicalEqual } from "../framework/canonical-equal";
import { maxRevision, replicasAnnotationValues, replicasAnnotationsNeedUpdate, setDeploymentRevision, setNewReplicaSetAnnotations, setReplicasAnnotations } from "./annotations";
import { desiredReplicasAnnotation, deprecatedRollbackToAnnotation, intAnnotation } from "./annotation-keys";
import {
  availableCondition,
  failedRSCreateReason,
  foundNewRSReason,
  getDeploymentCondition,
  minimumReplicasAvailable,
  minimumReplicasUnavailable,
  newDeploymentCondition,
  newReplicaSetReason,
  pausedDeployReason,
  progressingCondition,
  resumedDeployReason,
  setDeploymentCondition,
  timedOutReason,
} from "./conditions";
import type { DeploymentSyncContext } from "./context";
import { maxSurge, maxUnavailable, newReplicaSetReplicas, proportion, isSaturated, sumSpecReplicas } from "./replicas";
import { byRevision, bySizeNewer, bySizeOlder, filterActive, findActiveOrLatest, findNewReplicaSet, findOldReplicaSets } from "./replica-sets";
import { deploymentsGVR, desiredReplicas, isRollingUpdate, podTemplateHashLabel, type Deployment, type DeploymentStatus, type ReplicaSet } from "./types";

/** Event reasons of the deployment controller. */
export const scalingReplicaSetReason = "ScalingReplicaSet";

const maxInt32 = 2147483647;

/** HasProgressDeadline: progressDeadlineSeconds set and not MaxInt32. */
export function hasProgressDeadline(d: Deployment): boolean {
  return d.spec.progressDeadlineSeconds !== undefined && d.spec.progressDeadlineSeconds !== maxInt32;
}

function hasRevisionHistoryLimit(d: Deployment): boolean {
  return d.spec.revisionHistoryLimit !== undefined && d.spec.revisionHistoryLimit !== maxInt32;
}

/** UpdateStatus of the Deployment as it stands in `d` (status and annotations; the API keeps spec and labels). */
export function updateDeploymentStatus(ctx: DeploymentSyncContext, d: Deployment): void {
  const metadata = { ...d.metadata };
  delete metadata.resourceVersion;
  ctx.api.update({ ...d, metadata }, { subresource: "status", readOnlyResult: true });
}

/** The deprecated rollback annotation as a revision (getRollbackTo); only detected here, see the report. */
export function rollbackTo(d: Deployment): number | undefined {
  return intAnnotation(d.metadata.annotations, deprecatedRollbackToAnnotation);
}

export interface ReplicaSetsOfDeployment {
  newRS: ReplicaSet | undefined;
  oldRSs: ReplicaSet[];
}

/** getAllReplicaSetsAndSyncRevision: the new ReplicaSet (created if asked) with its revision, and the old ones. */
export function getAllReplicaSetsAndSyncRevision(ctx: DeploymentSyncContext, d: Deployment, rsList: ReplicaSet[], create: boolean): ReplicaSetsOfDeployment {
  // Found once: comparing the templates is the costly part of both lookups.
  const existing = findNewReplicaSet(d, rsList);
  const oldRSs = findOldReplicaSets(d, rsList, existing);
  return { newRS: getNewReplicaSet(ctx, d, existing, oldRSs, create), oldRSs };
}

function getNewReplicaSet(ctx: DeploymentSyncContext, d: Deployment, existing: ReplicaSet | undefined, oldRSs: ReplicaSet[], create: boolean): ReplicaSet | undefined {
  const newRevision = String(maxRevision(oldRSs) + 1);
  const now = ctx.clock.now();

  if (existing) {
    // The annotations are set on a copy of what they change; the whole ReplicaSet is copied only to be written.
    const rsCopy = withOwnAnnotations(existing);
    const annotationsUpdated = setNewReplicaSetAnnotations(d, rsCopy, newRevision, true);
    const minReadySecondsNeedsUpdate = (rsCopy.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0);
    if (annotationsUpdated || minReadySecondsNeedsUpdate) {
      const rsUpdate = deepCopyJson(rsCopy);
      if (d.spec.minReadySeconds) rsUpdate.spec.minReadySeconds = d.spec.minReadySeconds;
      else delete rsUpdate.spec.minReadySeconds;
      // The Deployment's own revision follows on the next sync, which this update triggers.
      return ctx.api.update(rsUpdate, { readOnlyResult: true }) as ReplicaSet;
    }
    let needsUpdate = setDeploymentRevision(d, rsCopy.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? "");
    if (hasProgressDeadline(d) && !getDeploymentCondition(d.status, progressingCondition)) {
      const msg = `Found new replica set ${goQuote(rsCopy.metadata.name ?? "")}`;
      setDeploymentCondition((d.status ??= {}), newDeploymentCondition(progressingCondition, "True", foundNewRSReason, msg, now));
      needsUpdate = true;
    }
    if (needsUpdate) updateDeploymentStatus(ctx, d);
    return rsCopy;
  }
  if (!create) return undefined;

  const template = deepCopyJson(d.spec.template ?? {});
  const hash = computePodTemplateHash(d.spec.template, d.status?.collisionCount);
  template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [podTemplateHashLabel]: hash } };
  const selector = deepCopyJson(d.spec.selector ?? {});
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [podTemplateHashLabel]: hash };
  const name = `${d.metadata.name}-${hash}`;
  const newRS: ReplicaSet = {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: { name, namespace: d.metadata.namespace, labels: { ...template.metadata.labels }, ownerReferences: [newControllerRef(d)] },
    spec: { replicas: 0, selector, template },
  };
  if (d.spec.minReadySeconds) newRS.spec.minReadySeconds = d.spec.minReadySeconds;
  const newReplicas = newReplicaSetReplicas(d, [...oldRSs, newRS], newRS);
  newRS.spec.replicas = newReplicas;
  setNewReplicaSetAnnotations(d, newRS, newRevision, false);

  let created: ReplicaSet;
  let alreadyExists = false;
  try {
    created = ctx.api.create(newRS, { readOnlyResult: true }) as ReplicaSet;
  } catch (e) {
    if (isAlreadyExists(e)) {
      const rs = ctx.api.get(replicaSetsGVR, d.metadata.namespace ?? "", name) as ReplicaSet;
      if (isControlledBy(rs, d) && findNewReplicaSet(d, [rs])) {
        created = rs;
        alreadyExists = true;
      } else {
        // A hash collision: a different template already has this name. Bump collisionCount and try again.
        (d.status ??= {}).collisionCount = (d.status.collisionCount ?? 0) + 1;
        updateDeploymentStatus(ctx, d);
        throw e;
      }
    } else if (isStatusError(e) && (e.status.details?.causes ?? []).some((c) => c.reason === "NamespaceTerminating")) {
      throw e;
    } else {
      const msg = `Failed to create new replica set ${goQuote(name)}: ${e instanceof Error ? e.message : String(e)}`;
      if (hasProgressDeadline(d)) {
        setDeploymentCondition((d.status ??= {}), newDeploymentCondition(progressingCondition, "False", failedRSCreateReason, msg, now));
        try {
          updateDeploymentStatus(ctx, d);
        } catch {
          // the failure to report is the bigger issue
        }
      }
      ctx.events.record(d, "Warning", failedRSCreateReason, msg);
      throw e;
    }
  }
  if (!alreadyExists && newReplicas > 0) {
    ctx.events.record(d, "Normal", scalingReplicaSetReason, `Scaled up replica set ${created.metadata.name} from 0 to ${newReplicas}`);
  }
  let needsUpdate = setDeploymentRevision(d, newRevision);
  if (!alreadyExists && hasProgressDeadline(d)) {
    const msg = `Created new replica set ${goQuote(created.metadata.name ?? "")}`;
    setDeploymentCondition((d.status ??= {}), newDeploymentCondition(progressingCondition, "True", newReplicaSetReason, msg, now));
    needsUpdate = true;
  }
  if (needsUpdate) updateDeploymentStatus(ctx, d);
  return created;
}

/** A copy of `rs` sharing everything but its metadata and annotations (the only parts setNewReplicaSetAnnotations changes). */
function withOwnAnnotations(rs: ReplicaSet): ReplicaSet {
  return { ...rs, metadata: { ...rs.metadata, annotations: { ...rs.metadata.annotations } } };
}

/** scaleReplicaSet: sets replicas and the replica annotations; records ScalingReplicaSet when the size changed. */
export function scaleReplicaSet(ctx: DeploymentSyncContext, rs: ReplicaSet, newScale: number, d: Deployment, operation: string): { scaled: boolean; rs: ReplicaSet } {
  const sizeNeedsUpdate = replicasOf(rs) !== newScale;
  const [desired, max] = replicasAnnotationValues(d);
  if (!sizeNeedsUpdate && !replicasAnnotationsNeedUpdate(rs, desired, max)) return { scaled: false, rs };
  const oldScale = replicasOf(rs);
  const rsCopy = deepCopyJson(rs);
  rsCopy.spec.replicas = newScale;
  setReplicasAnnotations(rsCopy, desired, max);
  const updated = ctx.api.update(rsCopy, { readOnlyResult: true }) as ReplicaSet;
  if (sizeNeedsUpdate) {
    ctx.events.record(d, "Normal", scalingReplicaSetReason, `Scaled ${operation} replica set ${updated.metadata.name} from ${oldScale} to ${newScale}`);
  }
  return { scaled: sizeNeedsUpdate, rs: updated };
}

export function scaleReplicaSetAndRecordEvent(ctx: DeploymentSyncContext, rs: ReplicaSet, newScale: number, d: Deployment): { scaled: boolean; rs: ReplicaSet } {
  if (replicasOf(rs) === newScale) return { scaled: false, rs };
  return scaleReplicaSet(ctx, rs, newScale, d, replicasOf(rs) < newScale ? "up" : "down");
}

/**
 * scale: on a scaling event (or while paused) the one active ReplicaSet takes
 * the new size; with several, a saturated new one takes all, otherwise a
 * rolling Deployment spreads the change proportionally, larger ReplicaSets
 * first (newer first when growing, older first when shrinking).
 */
export function scale(ctx: DeploymentSyncContext, d: Deployment, newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[]): void {
  const desired = desiredReplicas(d);
  const activeOrLatest = findActiveOrLatest(newRS, oldRSs);
  if (activeOrLatest) {
    if (replicasOf(activeOrLatest) !== desired) scaleReplicaSetAndRecordEvent(ctx, activeOrLatest, desired, d);
    return;
  }
  if (isSaturated(d, newRS)) {
    for (const old of filterActive(oldRSs)) scaleReplicaSetAndRecordEvent(ctx, old, 0, d);
    return;
  }
  if (!isRollingUpdate(d)) return;
  const all = filterActive([...oldRSs, newRS]);
  const allowedSize = desired > 0 ? desired + maxSurge(d) : 0;
  const toAdd = allowedSize - sumSpecReplicas(all);
  let operation = "";
  if (toAdd > 0) {
    all.sort(bySizeNewer);
    operation = "up";
  } else if (toAdd < 0) {
    all.sort(bySizeOlder);
    operation = "down";
  }
  const sizes = new Map<string, number>();
  let added = 0;
  for (const rs of all) {
    if (toAdd !== 0) {
      const p = proportion(rs, d, toAdd, added);
      sizes.set(rs.metadata.name ?? "", replicasOf(rs) + p);
      added += p;
    } else {
      sizes.set(rs.metadata.name ?? "", replicasOf(rs));
    }
  }
  all.forEach((rs, i) => {
    const name = rs.metadata.name ?? "";
    // Leftovers go to the largest ReplicaSet.
    if (i === 0 && toAdd !== 0) sizes.set(name, Math.max(0, (sizes.get(name) ?? 0) + toAdd - added));
    scaleReplicaSet(ctx, rs, sizes.get(name) ?? 0, d, operation);
  });
}

/** cleanupDeployment: deletes the oldest fully scaled-down old ReplicaSets beyond revisionHistoryLimit. */
export function cleanupDeployment(ctx: DeploymentSyncContext, oldRSs: ReplicaSet[], d: Deployment): void {
  if (!hasRevisionHistoryLimit(d)) return;
  const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = cleanable.length - (d.spec.revisionHistoryLimit ?? 0);
  if (diff <= 0) return;
  cleanable.sort(byRevision);
  for (const rs of cleanable.slice(0, diff)) {
    const observed = rs.status?.observedGeneration ?? 0;
    if ((rs.status?.replicas ?? 0) !== 0 || replicasOf(rs) !== 0 || (rs.metadata.generation ?? 0) > observed) continue;
    try {
      ctx.api.delete(replicaSetsGVR, rs.metadata.namespace ?? "", rs.metadata.name ?? "");
    } catch (e) {
      if (!(isStatusError(e) && e.reason === "NotFound")) throw e;
    }
  }
}

/** calculateStatus: counts summed over the ReplicaSets, and the Available condition. Zero counts are left out (omitempty). */
export function calculateStatus(allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined, d: Deployment, nowMs: number): DeploymentStatus {
  const sets = allRSs.filter((rs): rs is ReplicaSet => !!rs);
  // Plain loops and a module-level setter: no closures made per sync (tsx's keepNames names each one).
  let available = 0;
  let replicas = 0;
  let ready = 0;
  for (const rs of sets) {
    available += rs.status?.availableReplicas ?? 0;
    replicas += rs.status?.replicas ?? 0;
    ready += rs.status?.readyReplicas ?? 0;
  }
  const unavailable = Math.max(0, sumSpecReplicas(sets) - available);
  const status: DeploymentStatus = {};
  setNonZero(status, "observedGeneration", d.metadata.generation ?? 0);
  setNonZero(status, "replicas", replicas);
  setNonZero(status, "updatedReplicas", newRS?.status?.replicas ?? 0);
  setNonZero(status, "readyReplicas", ready);
  setNonZero(status, "availableReplicas", available);
  setNonZero(status, "unavailableReplicas", unavailable);
  if (d.status?.conditions?.length) status.conditions = d.status.conditions.map((c) => ({ ...c }));
  if (available >= desiredReplicas(d) - maxUnavailable(d)) {
    setDeploymentCondition(status, newDeploymentCondition(availableCondition, "True", minimumReplicasAvailable, "Deployment has minimum availability.", nowMs));
  } else {
    setDeploymentCondition(status, newDeploymentCondition(availableCondition, "False", minimumReplicasUnavailable, "Deployment does not have minimum availability.", nowMs));
  }
  if (d.status?.collisionCount !== undefined) status.collisionCount = d.status.collisionCount;
  return orderedStatus(status);
}

function setNonZero(status: DeploymentStatus, key: keyof DeploymentStatus, value: number): void {
  if (value) (status as Record<string, unknown>)[key] = value;
}

// The field order of apps/v1 DeploymentStatus, so stored statuses compare and print alike.
function orderedStatus(s: DeploymentStatus): DeploymentStatus {
  const out: DeploymentStatus = {};
  for (const key of ["observedGeneration", "replicas", "updatedReplicas", "readyReplicas", "availableReplicas", "unavailableReplicas", "conditions", "collisionCount"] as const) {
    if (s[key] !== undefined) (out as Record<string, unknown>)[key] = s[key];
  }
  return out;
}

export function sameStatus(a: DeploymentStatus | undefined, b: DeploymentStatus): boolean {
  return canonicalEqual(a ?? {}, b);
}

/** syncDeploymentStatus: writes the calculated status when it differs. */
export function syncDeploymentStatus(ctx: DeploymentSyncContext, allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined, d: Deployment): void {
  const status = calculateStatus(allRSs, newRS, d, ctx.clock.now());
  if (sameStatus(d.status, status)) return;
  d.status = status;
  updateDeploymentStatus(ctx, d);
}

/** isScalingEvent: an active ReplicaSet was sized for another replica count than the Deployment's. */
export function isScalingEvent(ctx: DeploymentSyncContext, d: Deployment, rsList: ReplicaSet[]): boolean {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d, rsList, false);
  for (const rs of filterActive([...oldRSs, newRS])) {
    const desired = intAnnotation(rs.metadata.annotations, desiredReplicasAnnotation);
    if (desired !== undefined && desired !== desiredReplicas(d)) return true;
  }
  return false;
}

/** checkPausedConditions: Progressing Unknown while paused, and again on resume, so a pause never counts as lack of progress. */
export function checkPausedConditions(ctx: DeploymentSyncContext, d: Deployment): void {
  if (!hasProgressDeadline(d)) return;
  const cond = getDeploymentCondition(d.status, progressingCondition);
  if (cond?.reason === timedOutReason) return;
  const pausedConditionExists = cond?.reason === pausedDeployReason;
  const now = ctx.clock.now();
  if (d.spec.paused && !pausedConditionExists) {
    setDeploymentCondition((d.status ??= {}), newDeploymentCondition(progressingCondition, "Unknown", pausedDeployReason, "Deployment is paused", now));
  } else if (!d.spec.paused && pausedConditionExists) {
    setDeploymentCondition((d.status ??= {}), newDeploymentCondition(progressingCondition, "Unknown", resumedDeployReason, "Deployment is resumed", now));
  } else {
    return;
  }
  updateDeploymentStatus(ctx, d);
}

/** sync: scaling while paused or on a scaling event, no rollout. */
export function syncScaling(ctx: DeploymentSyncContext, d: Deployment, rsList: ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d, rsList, false);
  scale(ctx, d, newRS, oldRSs);
  // As upstream, the status is computed from the ReplicaSets as read; the updates just written trigger the next sync.
  if (d.spec.paused && rollbackTo(d) === undefined) cleanupDeployment(ctx, oldRSs, d);
  syncDeploymentStatus(ctx, [...oldRSs, newRS], newRS, d);
}

/** syncStatusOnly: a Deployment being deleted only has its status kept current. */
export function syncStatusOnly(ctx: DeploymentSyncContext, d: Deployment, rsList: ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d, rsList, false);
  syncDeploymentStatus(ctx, [...oldRSs, newRS], newRS, d);
}

export { deploymentsGVR };
