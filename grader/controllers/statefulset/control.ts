// One pass of stateful_set_control.go updateStatefulSet (v1.34, with
// MaxUnavailableStatefulSet off as its alpha default): fill the ordinals
// start..start+replicas-1, recreate finished pods, remove the condemned
// (ordinals out of range) from the highest down, then roll pods that are not
// at the update revision from the highest ordinal down to the partition.
// OrderedReady ("monotonic") stops at the first pod that is not Running and
// Ready (and available); Parallel does not wait.
import type { Pod } from "../replicaset/types";
import {
  endOrdinal,
  identityMatches,
  inOrdinalRange,
  newStatefulSetPod,
  ordinalOf,
  startOrdinal,
  statefulSetRevisionLabel,
  storageMatches,
  withIdentity,
} from "./identity";
import type { StatefulPodControl } from "./pod-control";
import { isCreated, isFinished, isHealthy, isPending, isRunningAndAvailable, isRunningAndReady, isTerminating } from "./pod-state";
import { applyRevision } from "./revision";
import { countReplicas } from "./status";
import type { ControllerRevision, StatefulSet, StatefulSetStatus } from "./types";

export interface UpdateInput {
  set: StatefulSet;
  pods: Pod[];
  currentRevision: ControllerRevision;
  updateRevision: ControllerRevision;
  collisionCount: number;
  nowMs: number;
}

export interface UpdateResult {
  status: StatefulSetStatus;
  error?: Error;
}

type Step = { exit: boolean; error?: Error };

/** runForAll: in order, stopping at the first exit or error when monotonic; all of them (slow-start batches) otherwise. */
function runForAll(count: number, fn: (i: number) => Step, monotonic: boolean): Step {
  if (monotonic) {
    for (let i = 0; i < count; i++) {
      const r = fn(i);
      if (r.exit || r.error) return { exit: true, error: r.error };
    }
    return { exit: false };
  }
  let done = 0;
  for (let batch = Math.min(1, count); batch > 0; batch = Math.min(2 * batch, count - done)) {
    let error: Error | undefined;
    for (let i = done; i < done + batch; i++) error ??= fn(i).error;
    if (error) return { exit: true, error };
    done += batch;
  }
  return { exit: false };
}

/** newVersionedStatefulSetPod: ordinals below the partition get the current revision, the rest the update revision. */
function versionedPod(input: UpdateInput, currentSet: StatefulSet, updateSet: StatefulSet, ordinal: number): Pod {
  const strategy = currentSet.spec.updateStrategy;
  const useCurrent =
    (strategy?.type === "RollingUpdate" && !strategy.rollingUpdate && ordinal < (currentSet.status?.currentReplicas ?? 0)) ||
    (strategy?.rollingUpdate !== undefined && ordinal < (strategy.rollingUpdate.partition ?? 0));
  return useCurrent
    ? newStatefulSetPod(currentSet, ordinal, input.currentRevision.metadata.name ?? "")
    : newStatefulSetPod(updateSet, ordinal, input.updateRevision.metadata.name ?? "");
}

export function updateStatefulSet(control: StatefulPodControl, input: UpdateInput): UpdateResult {
  const { set, pods, nowMs } = input;
  const currentSet = applyRevision(set, input.currentRevision);
  const updateSet = applyRevision(set, input.updateRevision);
  const minReadySeconds = set.spec.minReadySeconds ?? 0;
  const base: StatefulSetStatus = {
    observedGeneration: set.metadata.generation,
    replicas: 0,
    currentRevision: input.currentRevision.metadata.name,
    updateRevision: input.updateRevision.metadata.name,
    collisionCount: input.collisionCount,
    availableReplicas: 0,
  };
  const start = startOrdinal(set);
  const replicas: Pod[] = new Array(Math.max(0, endOrdinal(set) - start + 1));
  const condemned: Pod[] = [];
  for (const pod of pods) {
    if (inOrdinalRange(set, pod)) replicas[ordinalOf(pod) - start] = pod;
    else if (ordinalOf(pod) >= 0) condemned.push(pod);
  }
  const status = (): StatefulSetStatus => countReplicas(base, [...replicas, ...condemned], minReadySeconds, nowMs);
  for (let i = 0; i < replicas.length; i++) replicas[i] ??= versionedPod(input, currentSet, updateSet, start + i);
  condemned.sort((a, b) => ordinalOf(b) - ordinalOf(a));

  let firstUnhealthy: Pod | undefined;
  for (const pod of replicas) if (!isHealthy(pod)) firstUnhealthy ??= pod;
  for (let i = condemned.length - 1; i >= 0; i--) if (!isHealthy(condemned[i])) firstUnhealthy ??= condemned[i];

  if (set.metadata.deletionTimestamp) return { status: status() };
  const monotonic = set.spec.podManagementPolicy !== "Parallel";

  const processReplica = (i: number): Step => {
    const pod = replicas[i];
    if (isFinished(pod)) {
      // Deleted now, made again at the next sync once it is gone.
      if (!pod.metadata.deletionTimestamp) {
        const error = control.deletePod(set, pod);
        if (error) return { exit: true, error };
      }
      return { exit: true };
    }
    if (!isCreated(pod)) {
      const error = control.createPod(set, pod);
      if (error) return { exit: true, error };
      return { exit: monotonic };
    }
    if (isPending(pod)) {
      const error = control.createMissingClaims(set, pod);
      if (error) return { exit: true, error };
    }
    if (isTerminating(pod) && monotonic) return { exit: true };
    if (!isRunningAndReady(pod) && monotonic) return { exit: true };
    if (!isRunningAndAvailable(pod, minReadySeconds, nowMs) && monotonic) return { exit: true };
    const storageOk = storageMatches(updateSet, pod);
    if (identityMatches(set, pod) && storageOk) return { exit: false };
    const error = control.updatePod(updateSet, withIdentity(updateSet, pod), !storageOk);
    return error ? { exit: true, error } : { exit: false };
  };
  const replicaPass = runForAll(replicas.length, processReplica, monotonic);
  if (replicaPass.exit || replicaPass.error) return { status: status(), error: replicaPass.error };

  const processCondemned = (i: number): Step => {
    const pod = condemned[i];
    if (isTerminating(pod)) return { exit: monotonic };
    if (monotonic && pod !== firstUnhealthy) {
      if (!isRunningAndReady(pod)) return { exit: true };
      if (!isRunningAndAvailable(pod, minReadySeconds, nowMs)) return { exit: true };
    }
    const error = control.deletePod(set, pod);
    return { exit: monotonic || !!error, error };
  };
  const condemnedPass = runForAll(condemned.length, processCondemned, monotonic);
  if (condemnedPass.exit || condemnedPass.error) return { status: status(), error: condemnedPass.error };

  const after = status();
  if (set.spec.updateStrategy?.type === "OnDelete") return { status: after };

  const updateMin = set.spec.updateStrategy?.rollingUpdate?.partition ?? 0;
  const updateName = input.updateRevision.metadata.name;
  for (let target = replicas.length - 1; target >= updateMin; target--) {
    const pod = replicas[target];
    if (pod.metadata.labels?.[statefulSetRevisionLabel] !== updateName && !isTerminating(pod)) {
      const error = control.deletePod(set, pod);
      const out = { ...after };
      const current = (after.currentReplicas ?? 0) - 1;
      delete out.currentReplicas;
      if (current) out.currentReplicas = current;
      return { status: out, error };
    }
    if (!isHealthy(pod)) return { status: after };
  }
  return { status: after };
}
