// Replica arithmetic of a rolling update (deployment_util.go and
// apimachinery intstr.GetScaledValueFromIntOrPercent): maxSurge rounds a
// percentage up, maxUnavailable rounds it down, and when both come to zero
// maxUnavailable becomes 1 so the rollout can move.
import { desiredReplicas, isRollingUpdate, recreateStrategy, type Deployment, type IntOrPercent, type ReplicaSet } from "./types";
import { replicasOf } from "../replicaset/types";
import { desiredReplicasAnnotation, intAnnotation, maxReplicasAnnotation } from "./annotation-keys";

/** An int, or `N%` of `total` rounded up or down. */
export function scaledValue(value: IntOrPercent | undefined, total: number, roundUp: boolean): number {
  if (value === undefined) return 0;
  if (typeof value === "number") return value;
  const m = /^(-?\d+)%$/.exec(value);
  if (!m) throw new Error(`invalid value for IntOrString: invalid type: string is not a percentage`);
  const scaled = Number(m[1]) * total;
  return roundUp ? Math.ceil(scaled / 100) : Math.floor(scaled / 100);
}

/** ResolveFenceposts: [maxSurge, maxUnavailable] for `desired` replicas. */
export function resolveFenceposts(d: Deployment, desired: number): [surge: number, unavailable: number] {
  const ru = d.spec.strategy?.rollingUpdate;
  const surge = scaledValue(ru?.maxSurge ?? 0, desired, true);
  let unavailable = scaledValue(ru?.maxUnavailable ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return [surge, unavailable];
}

export function maxSurge(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  return resolveFenceposts(d, desiredReplicas(d))[0];
}

export function maxUnavailable(d: Deployment): number {
  const desired = desiredReplicas(d);
  if (!isRollingUpdate(d) || desired === 0) return 0;
  return Math.min(resolveFenceposts(d, desired)[1], desired);
}

export function sumSpecReplicas(replicaSets: (ReplicaSet | undefined)[]): number {
  return replicaSets.reduce((n, rs) => n + (rs ? replicasOf(rs) : 0), 0);
}

/** NewRSNewReplicas: how far the new ReplicaSet may grow now. */
export function newReplicaSetReplicas(d: Deployment, allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet): number {
  const desired = desiredReplicas(d);
  if (d.spec.strategy?.type === recreateStrategy) return desired;
  const maxTotal = desired + scaledValue(d.spec.strategy?.rollingUpdate?.maxSurge ?? 0, desired, true);
  const current = sumSpecReplicas(allRSs);
  if (current >= maxTotal) return replicasOf(newRS);
  const scaleUp = Math.min(maxTotal - current, desired - replicasOf(newRS));
  return replicasOf(newRS) + scaleUp;
}

/** IsSaturated: the new ReplicaSet owns and has available every desired replica. */
export function isSaturated(d: Deployment, rs: ReplicaSet | undefined): boolean {
  if (!rs) return false;
  const desired = intAnnotation(rs.metadata.annotations, desiredReplicasAnnotation);
  return replicasOf(rs) === desiredReplicas(d) && desired === desiredReplicas(d) && (rs.status?.availableReplicas ?? 0) === desiredReplicas(d);
}

// Go's math.Round (half away from zero), as integer.RoundToInt32.
function roundHalfAwayFromZero(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** getReplicaSetFraction: this ReplicaSet's share of a new Deployment size, as a change. */
function replicaSetFraction(rs: ReplicaSet, d: Deployment): number {
  if (desiredReplicas(d) === 0) return -replicasOf(rs);
  const deploymentReplicas = desiredReplicas(d) + maxSurge(d);
  // Without the annotation, the Deployment's current size stands in (an estimate, kept in bounds by proportion()).
  const base = intAnnotation(rs.metadata.annotations, maxReplicasAnnotation) ?? d.status?.replicas ?? 0;
  return roundHalfAwayFromZero((replicasOf(rs) * deploymentReplicas) / base) - replicasOf(rs);
}

/** GetProportion: how many replicas this ReplicaSet gains (or loses) in a proportional scaling. */
export function proportion(rs: ReplicaSet | undefined, d: Deployment, toAdd: number, added: number): number {
  if (!rs || replicasOf(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = replicaSetFraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}
