// The StatefulSet controller (pkg/controller/statefulset/stateful_set.go):
// claims the pods named `<set>-<ordinal>` that match its selector, keeps the
// revision history, runs one pass of updateStatefulSet and writes the status.
import type { ClusterApi, WatchEvent } from "../../apiserver/api-interface";
import { isNotFound } from "../../apiserver/errors";
import { labelSelectorFromMeta, labelSelectorMatches, type LabelSelector } from "../../apiserver/selectors";
import type { ComponentContext } from "../framework/component";
import { EventRecorder } from "../framework/event-recorder";
import { objectKey, splitKey } from "../framework/key-queue";
import { QueuedController } from "../framework/queued-controller";
import { claimObjects } from "../replicaset/claim";
import { controllerOf } from "../replicaset/controller-ref";
import { PodCache } from "../replicaset/pod-cache";
import { availableAtMs } from "../replicaset/pod-readiness";
import { podsGVR, type Pod } from "../replicaset/types";
import { updateStatefulSet } from "./control";
import { NamespacesHolding } from "../endpoints/namespaces-holding";
import { isMemberOf } from "./identity";
import { StatefulPodControl } from "./pod-control";
import { statefulSetRevisions, truncateHistory } from "./revisions";
import { completeRollingUpdate, statusChanged } from "./status";
import { controllerRevisionsGVR, statefulSetsGVR, type ControllerRevision, type StatefulSet } from "./types";

// workqueue.DefaultControllerRateLimiter: 5ms doubling per failure, at most 1000s.
const baseBackoffMs = 5;
const maxBackoffMs = 1_000_000;

export class StatefulSetController extends QueuedController {
  readonly name = "statefulset-controller";
  private readonly pods = new PodCache();
  private podControl!: StatefulPodControl;
  private readonly failures = new Map<string, number>();
  /** Namespaces with a StatefulSet: only there can an orphan pod wake one. */
  private sets = new NamespacesHolding();

  protected watch(ctx: ComponentContext): () => void {
    this.podControl = new StatefulPodControl(ctx.api, new EventRecorder(ctx.api, ctx.clock, { component: this.name }));
    this.sets = new NamespacesHolding();
    const stopSets = ctx.api.watch(statefulSetsGVR, {}, (e) => {
      this.sets.apply(e);
      this.queue.add(keyOf(e.object));
    });
    const stopPods = ctx.api.watch(podsGVR, {}, (e) => this.onPod(e));
    const stopRevisions = ctx.api.watch(controllerRevisionsGVR, {}, (e) => this.onOwned(e.object as Pod));
    // Frozen, shared objects, as the watches deliver them: the caches only read them.
    for (const pod of ctx.api.list(podsGVR, { readOnly: true }).items) this.pods.apply({ type: "ADDED", object: pod });
    for (const set of ctx.api.list(statefulSetsGVR, { readOnly: true }).items) {
      this.sets.apply({ type: "ADDED", object: set });
      this.queue.add(keyOf(set));
    }
    return () => {
      stopSets();
      stopPods();
      stopRevisions();
    };
  }

  private get api(): ClusterApi {
    return this.ctx.api;
  }

  private onPod(e: WatchEvent): void {
    const pod = e.object as Pod;
    const before = this.pods.get(pod.metadata.namespace ?? "", pod.metadata.name ?? "");
    this.pods.apply(e);
    if (before) this.onOwned(before);
    if (this.onOwned(pod) || e.type === "DELETED" || !this.sets.has(pod.metadata.namespace)) return;
    // An orphan wakes every StatefulSet that would adopt it (getPodStatefulSets).
    for (const set of this.api.list(statefulSetsGVR, { namespace: pod.metadata.namespace ?? "", readOnly: true }).items) {
      const selector = selectorOf(set as StatefulSet);
      if (selector && isMemberOf(set as StatefulSet, pod) && labelSelectorMatches(selector, pod.metadata.labels)) this.queue.add(keyOf(set));
    }
  }

  /** Enqueues the StatefulSet controlling `obj`; whether it has one. */
  private onOwned(obj: Pod): boolean {
    const ref = controllerOf(obj);
    if (ref?.kind !== "StatefulSet") return false;
    this.queue.add(objectKey(obj.metadata.namespace, ref.name));
    return true;
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    let set: StatefulSet;
    try {
      set = this.api.get(statefulSetsGVR, namespace, name) as StatefulSet;
    } catch (e) {
      if (isNotFound(e)) {
        this.failures.delete(key);
        return;
      }
      throw e;
    }
    const selector = selectorOf(set);
    if (!selector || selector.requirements.length === 0) return; // validation keeps empty selectors out
    const candidates = this.pods.ownedOrOrphans(namespace, set.metadata.uid ?? "").filter((p) => isMemberOf(set, p));
    const pods = claimObjects({ api: this.api, owner: set, selector, gvr: podsGVR, canAdopt: () => this.canAdopt(set) }, candidates) as Pod[];
    const owned = this.api
      .list(controllerRevisionsGVR, { namespace })
      .items.filter((r) => controllerOf(r)?.uid === set.metadata.uid) as ControllerRevision[];

    let error: Error | undefined;
    try {
      const revisions = statefulSetRevisions(this.api, set, owned);
      const now = this.ctx.clock.now();
      const result = updateStatefulSet(this.podControl, {
        set,
        pods,
        currentRevision: revisions.current,
        updateRevision: revisions.update,
        collisionCount: revisions.collisionCount,
        nowMs: now,
      });
      error = result.error;
      const status = completeRollingUpdate(set, result.status);
      if (statusChanged(set, status)) this.api.update({ ...set, status }, { subresource: "status", readOnlyResult: true });
      truncateHistory(this.api, set, pods, owned, revisions);
      this.requeueForAvailability(key, set, pods, now);
    } catch (e) {
      if (isNotFound(e)) return;
      error = e instanceof Error ? e : new Error(String(e));
    }
    if (error) {
      const failures = this.failures.get(key) ?? 0;
      this.failures.set(key, failures + 1);
      this.queue.addAfter(key, Math.min(maxBackoffMs, baseBackoffMs * 2 ** failures));
      return;
    }
    this.failures.delete(key);
  }

  private canAdopt(set: StatefulSet): boolean {
    try {
      const fresh = this.api.get(statefulSetsGVR, set.metadata.namespace ?? "", set.metadata.name ?? "");
      return fresh.metadata.uid === set.metadata.uid && !fresh.metadata.deletionTimestamp;
    } catch {
      return false;
    }
  }

  // Upstream requeues after minReadySeconds; here exactly when the first ready pod turns available.
  private requeueForAvailability(key: string, set: StatefulSet, pods: Pod[], now: number): void {
    const minReadySeconds = set.spec.minReadySeconds ?? 0;
    if (minReadySeconds === 0) return;
    let next: number | undefined;
    for (const pod of pods) {
      const at = availableAtMs(pod, minReadySeconds);
      if (at !== undefined && at > now && (next === undefined || at < next)) next = at;
    }
    if (next !== undefined) this.queue.addAfter(key, next - now);
  }
}

function keyOf(obj: { metadata: { namespace?: string; name?: string } }): string {
  return objectKey(obj.metadata.namespace, obj.metadata.name);
}

function selectorOf(set: StatefulSet): LabelSelector | undefined {
  try {
    return labelSelectorFromMeta(set.spec?.selector);
  } catch {
    return undefined;
  }
}
