// The ReplicaSet controller (pkg/controller/replicaset/replica_set.go): keeps
// as many active pods as spec.replicas, adopting matching orphans and
// releasing pods that stopped matching, creating in slow-start batches and
// deleting in upstream's order of preference, and writes the status.
//
// Bounded work: pod creates and deletes go through the controller manager's
// client rate limit (20 per second, bursts of 30) on the virtual clock, and at
// most burstReplicas (500) per sync. A ReplicaSet of 100,000 replicas
// therefore gains about 6,000 pods per 5 virtual minutes, as on a real cluster.
import type { ClusterApi, WatchEvent } from "../../apiserver/api-interface";
import { isNotFound, isStatusError } from "../../apiserver/errors";
import { labelSelectorMatches, type LabelSelector } from "../../apiserver/selectors";
import { parsedLabelSelector } from "../framework/parsed-label-selector";
import { EventRecorder } from "../framework/event-recorder";
import { objectKey, splitKey } from "../framework/key-queue";
import { QueuedController } from "../framework/queued-controller";
import type { ComponentContext } from "../framework/component";
import { claimObjects } from "./claim";
import { ClientRateLimiter } from "./client-rate-limit";
import { controllerOf } from "./controller-ref";
import { PodCache } from "./pod-cache";
import { PodVerdicts } from "./pod-verdicts";
import { RunningCounts, type ClaimedCounts } from "./running-counts";
import { availableAtMs, isPodActive, isPodAvailable } from "./pod-readiness";
import { podFromTemplate } from "./pod-template";
import { podsToDelete } from "./pods-to-delete";
import { slowStartBatch, slowStartInitialBatchSize } from "./slow-start";
import { calculateReplicaSetStatus, replicaSetStatusFromCounts, replicaSetStatusUpToDate } from "./status";
import { podsGVR, replicaSetsGVR, replicasOf, type Pod, type ReplicaSet } from "./types";

/** Most pods created or deleted in one sync (replica_set.go BurstReplicas). */
export const burstReplicas = 500;

/** Event reasons and the texts of pkg/controller/controller_utils.go. */
export const successfulCreateReason = "SuccessfulCreate";
export const failedCreateEventReason = "FailedCreate";
export const successfulDeleteReason = "SuccessfulDelete";
export const failedDeleteEventReason = "FailedDelete";

// workqueue.DefaultControllerRateLimiter: 5ms doubling per failure, at most 1000s.
const baseBackoffMs = 5;
const maxBackoffMs = 1_000_000;

export class ReplicaSetController extends QueuedController {
  readonly name = "replicaset-controller";
  private readonly pods = new PodCache();
  private events!: EventRecorder;
  private limiter!: ClientRateLimiter;
  private readonly failures = new Map<string, number>();
  /** Per ReplicaSet uid: what its syncs learnt of each pod object. */
  private readonly verdicts = new Map<string, PodVerdicts>();
  /** Per ReplicaSet uid: its claimed pods counted from pod events. */
  private readonly running = new Map<string, RunningCounts>();

  protected watch(ctx: ComponentContext): () => void {
    this.events = new EventRecorder(ctx.api, ctx.clock, { component: this.name });
    this.limiter = new ClientRateLimiter(ctx.clock);
    const stopReplicaSets = ctx.api.watch(replicaSetsGVR, {}, (e) => this.queue.add(keyOf(e.object)));
    const stopPods = ctx.api.watch(podsGVR, {}, (e) => this.onPod(e));
    for (const pod of ctx.api.list(podsGVR, { readOnly: true }).items) this.pods.apply({ type: "ADDED", object: pod });
    for (const rs of ctx.api.list(replicaSetsGVR, { readOnly: true }).items) this.queue.add(keyOf(rs));
    return () => {
      stopReplicaSets();
      stopPods();
    };
  }

  private get api(): ClusterApi {
    return this.ctx.api;
  }

  // addPod/updatePod/deletePod: wake the controlling ReplicaSet (old and new), or every matching one for an orphan.
  private onPod(e: WatchEvent): void {
    const pod = e.object as Pod;
    const ns = pod.metadata.namespace ?? "";
    const before = this.pods.get(ns, pod.metadata.name ?? "");
    this.pods.apply(e);
    const owners = new Set<string>();
    for (const p of before ? [before, pod] : [pod]) {
      const ref = controllerOf(p);
      if (ref?.uid) this.running.get(ref.uid)?.touch(pod.metadata.name ?? "");
      if (ref?.kind === "ReplicaSet") owners.add(objectKey(ns, ref.name));
    }
    if (owners.size === 0 && e.type !== "DELETED") {
      for (const rs of this.api.list(replicaSetsGVR, { namespace: ns, readOnly: true }).items) {
        if (matches(rs as ReplicaSet, pod)) owners.add(keyOf(rs));
      }
    }
    for (const key of owners) this.queue.add(key);
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    let rs: ReplicaSet;
    try {
      rs = this.api.get(replicaSetsGVR, namespace, name, { readOnly: true }) as ReplicaSet; // only read: its status is written as a new object
    } catch (e) {
      if (isNotFound(e)) {
        this.failures.delete(key);
        this.forgetDeletedVerdicts();
        return;
      }
      throw e;
    }
    const selector = selectorOf(rs);
    if (!selector) return; // an invalid selector cannot be processed (validation keeps them out)
    const verdicts = this.verdictsFor(rs, selector);

    const fast = this.claimedCounts(rs, namespace, verdicts);
    const pods = fast ? [] : this.claim(rs, selector, verdicts);
    const replicas = fast ? fast.replicas : pods.length;

    const manageError = rs.metadata.deletionTimestamp ? undefined : this.manageReplicas(key, rs, replicas, pods);
    const now = this.ctx.clock.now();
    const status = fast
      ? replicaSetStatusFromCounts(rs, { ...fast, available: fast.ready }, manageError, now)
      : calculateReplicaSetStatus(rs, pods, manageError, now, (pod) => verdicts.of(pod));
    if (!replicaSetStatusUpToDate(rs, status)) {
      if (rs.metadata.generation) status.observedGeneration = rs.metadata.generation;
      try {
        this.api.update({ ...rs, status }, { subresource: "status", readOnlyResult: true });
      } catch (e) {
        if (!isNotFound(e)) this.requeueWithBackoff(key);
        return;
      }
    }
    if (manageError) {
      this.requeueWithBackoff(key);
      return;
    }
    this.failures.delete(key);
    this.requeueWhenPodsBecomeAvailable(key, rs, pods, now);
  }

  /**
   * The counts of the claimed pods without a claim pass, when one would change
   * nothing (no release, no adoption), no pod is to be deleted and
   * minReadySeconds is 0 (available means ready): what most syncs of a
   * growing or steady ReplicaSet are.
   */
  private claimedCounts(rs: ReplicaSet, namespace: string, verdicts: PodVerdicts): ClaimedCounts | undefined {
    const uid = rs.metadata.uid ?? "";
    if (!uid || rs.metadata.deletionTimestamp || (rs.spec.minReadySeconds ?? 0) !== 0) return undefined;
    for (const pod of this.pods.orphansIn(namespace)) if (isPodActive(pod) && verdicts.of(pod).matchesSelector) return undefined;
    let running = this.running.get(uid);
    if (!running) this.running.set(uid, (running = new RunningCounts()));
    const counts = running.counts({ ownerUid: uid, owned: this.pods.controlledBy(namespace, uid), pod: this.podLookup(namespace), verdicts });
    return counts && counts.replicas <= replicasOf(rs) ? counts : undefined;
  }

  // From a method: an unnamed arrow costs no defineProperty per sync under tsx's keepNames.
  private podLookup(namespace: string): (name: string) => Pod | undefined {
    return (name) => this.pods.get(namespace, name);
  }

  /** ClaimObject over the owned and orphan active pods: the claimed ones, in name order. */
  private claim(rs: ReplicaSet, selector: LabelSelector, verdicts: PodVerdicts): Pod[] {
    const namespace = rs.metadata.namespace ?? "";
    const name = rs.metadata.name ?? "";
    const candidates = this.pods.ownedOrOrphans(namespace, rs.metadata.uid ?? "").filter(isPodActive);
    return claimObjects(
      {
        api: this.api,
        owner: rs,
        selector,
        gvr: podsGVR,
        canAdopt: () => {
          try {
            const fresh = this.api.get(replicaSetsGVR, namespace, name);
            return fresh.metadata.uid === rs.metadata.uid && !fresh.metadata.deletionTimestamp;
          } catch {
            return false;
          }
        },
        matches: (pod) => verdicts.of(pod as Pod).matchesSelector,
      },
      candidates,
    ) as Pod[];
  }

  private verdictsFor(rs: ReplicaSet, selector: LabelSelector): PodVerdicts {
    const uid = rs.metadata.uid ?? "";
    let v = this.verdicts.get(uid);
    if (v) v.use(rs, selector);
    else this.verdicts.set(uid, (v = new PodVerdicts(rs, selector)));
    return v;
  }

  // A deleted ReplicaSet's verdicts go with it.
  private forgetDeletedVerdicts(): void {
    if (this.verdicts.size === 0 && this.running.size === 0) return;
    const live = new Set(this.api.list(replicaSetsGVR, { readOnly: true }).items.map((o) => o.metadata.uid ?? ""));
    for (const uid of this.verdicts.keys()) if (!live.has(uid)) this.verdicts.delete(uid);
    for (const uid of this.running.keys()) if (!live.has(uid)) this.running.delete(uid);
  }

  /** Creates or deletes pods toward spec.replicas from `claimed` pods (`pods`, needed to delete); the error of the first failed request, if any. */
  private manageReplicas(key: string, rs: ReplicaSet, claimed: number, pods: Pod[]): Error | undefined {
    const diff = claimed - replicasOf(rs);
    if (diff === 0) return undefined;
    const wanted = Math.min(Math.abs(diff), burstReplicas);
    const count = Math.min(wanted, this.limiter.available());
    // What the rate limit holds back is done when the tokens are back (upstream's requests would wait for them).
    if (count < wanted) this.queue.addAfter(key, Math.max(1, this.limiter.msUntil(wanted - count)));
    if (count === 0) return undefined;
    if (diff < 0) {
      return slowStartBatch(count, slowStartInitialBatchSize, () => this.createPod(rs)).error;
    }
    const victims = podsToDelete(pods, this.relatedPods(rs), count, this.ctx.clock.now());
    let firstError: Error | undefined;
    for (const pod of victims) firstError ??= this.deletePod(rs, pod);
    return firstError;
  }

  private createPod(rs: ReplicaSet): Error | undefined {
    this.limiter.take();
    try {
      const pod = this.api.create(podFromTemplate(rs), { readOnlyResult: true });
      this.events.record(rs, "Normal", successfulCreateReason, `Created pod: ${pod.metadata.name}`);
      return undefined;
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      // A terminating namespace refuses every create: no event, and nothing to retry (createPods).
      if (isNamespaceTerminating(e)) return undefined;
      this.events.record(rs, "Warning", failedCreateEventReason, `Error creating: ${err.message}`);
      return err;
    }
  }

  private deletePod(rs: ReplicaSet, pod: Pod): Error | undefined {
    this.limiter.take();
    const name = pod.metadata.name ?? "";
    try {
      this.api.delete(podsGVR, pod.metadata.namespace ?? "", name);
      this.events.record(rs, "Normal", successfulDeleteReason, `Deleted pod: ${name}`);
      return undefined;
    } catch (e) {
      if (isNotFound(e)) return undefined;
      const message = e instanceof Error ? e.message : String(e);
      this.events.record(rs, "Warning", failedDeleteEventReason, `Error deleting: ${message}`);
      return new Error(`unable to delete pods: ${message}`);
    }
  }

  /** Pods of every ReplicaSet with the same controller as `rs` (getIndirectlyRelatedPods). */
  private relatedPods(rs: ReplicaSet): Pod[] {
    const owner = controllerOf(rs);
    if (!owner) return [];
    const namespace = rs.metadata.namespace ?? "";
    const siblings = new Set(
      this.api
        .list(replicaSetsGVR, { namespace, readOnly: true })
        .items.filter((o) => controllerOf(o)?.uid === owner.uid)
        .map((o) => o.metadata.uid),
    );
    return this.pods.inNamespace(namespace).filter((p) => siblings.has(controllerOf(p)?.uid));
  }

  // Upstream requeues after minReadySeconds; here exactly when the first ready pod turns available.
  private requeueWhenPodsBecomeAvailable(key: string, rs: ReplicaSet, pods: Pod[], now: number): void {
    const minReadySeconds = rs.spec.minReadySeconds ?? 0;
    if (minReadySeconds === 0) return;
    let next: number | undefined;
    for (const pod of pods) {
      if (isPodAvailable(pod, minReadySeconds, now)) continue;
      const at = availableAtMs(pod, minReadySeconds);
      if (at !== undefined && (next === undefined || at < next)) next = at;
    }
    if (next !== undefined) this.queue.addAfter(key, Math.max(1, next - now));
  }

  private requeueWithBackoff(key: string): void {
    const failures = this.failures.get(key) ?? 0;
    this.failures.set(key, failures + 1);
    this.queue.addAfter(key, Math.min(maxBackoffMs, baseBackoffMs * 2 ** failures));
  }
}

function keyOf(obj: { metadata: { namespace?: string; name?: string } }): string {
  return objectKey(obj.metadata.namespace, obj.metadata.name);
}

function selectorOf(rs: ReplicaSet): LabelSelector | undefined {
  try {
    return parsedLabelSelector(rs.spec?.selector);
  } catch {
    return undefined;
  }
}

// A ReplicaSet with an empty selector matches nothing, not everything (GetPodReplicaSets).
function matches(rs: ReplicaSet, pod: Pod): boolean {
  const selector = selectorOf(rs);
  return !!selector && !selector.matchesNothing && selector.requirements.length > 0 && labelSelectorMatches(selector, pod.metadata.labels);
}

function isNamespaceTerminating(e: unknown): boolean {
  return isStatusError(e) && (e.status.details?.causes ?? []).some((c) => c.reason === "NamespaceTerminating");
}
