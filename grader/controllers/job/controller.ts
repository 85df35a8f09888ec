// The Job controller (pkg/controller/job/job_controller.go, v1.34): creates a
// Job's pods, counts them as they finish through the tracking finalizer and
// status.uncountedTerminatedPods, and declares the Job finished — first the
// interim SuccessCriteriaMet / FailureTarget condition, then Complete / Failed
// once no pod is left terminating. Indexed completion mode: see indexed.ts.
import { isStatusError } from "../../apiserver/errors";
import { labelSelectorFromMeta, labelSelectorMatches } from "../../apiserver/selectors";
import type { GroupVersionResource, KubeObject } from "../../apiserver/types";
import { formatRFC3339, parseRFC3339 } from "../../clock/rfc3339";
import type { ComponentContext } from "../framework/component";
import { EventRecorder } from "../framework/event-recorder";
import { objectKey, splitKey } from "../framework/key-queue";
import { QueuedController } from "../framework/queued-controller";
import { nextBackoffRecord, remainingBackoffMs, type BackoffRecord } from "./backoff";
import { completionIndexOf, firstPendingIndexes, formatIntervals, isIndexedJob, parseIndexes, totalIndexes, withCompletionIndex, withIndexes, type Interval } from "./indexed";
import {
  jobControllerName,
  jobTrackingFinalizer,
  maxPodCreateDeletePerSync,
  messageBackoffLimitExceeded,
  messageCompletionsReached,
  messageDeadlineExceeded,
  reasonBackoffLimitExceeded,
  reasonCompletionsReached,
  reasonDeadlineExceeded,
  simulatedMaxActivePodsPerJob,
  syncJobBatchPeriodMs,
} from "./constants";
import {
  compareForDeletion,
  controllerOf,
  hasJobTrackingFinalizer,
  isPodActive,
  isPodReady,
  isPodTerminating,
  podFromJobTemplate,
  podPhase,
} from "./pods";
import {
  ensureJobCondition,
  findJobCondition,
  finishedConditionType,
  jobSpec,
  jobStatus,
  newJobCondition,
  serializedJobStatus,
  type JobCondition,
  type JobStatus,
} from "./status";

export const jobsGVR: GroupVersionResource = { group: "batch", version: "v1", resource: "jobs" };
const podsGVR: GroupVersionResource = { group: "", version: "v1", resource: "pods" };

/** MaxUncountedPods: how many finished pods one sync moves through uncountedTerminatedPods. */
const maxUncountedPods = 500;
/** The queue's rate limiter after a failed sync: 1 s doubling up to 1 minute (DefaultJobApiBackOff, MaxJobApiBackOff). */
const apiBackOffMs = (failures: number) => Math.min(1000 * 2 ** failures, 60_000);

const orphanPrefix = "orphan:";

/** What one sync knows (syncJobCtx). */
interface SyncContext {
  key: string;
  job: KubeObject;
  status: JobStatus;
  pods: KubeObject[];
  activePods: KubeObject[];
  uncountedSucceeded: Set<string>;
  uncountedFailed: Set<string>;
  succeeded: number;
  failed: number;
  ready: number;
  terminating: number;
  finished?: JobCondition;
  backoff: BackoffRecord;
  /** Indexed Jobs: the indexes succeeded so far, counted or not (calculateSucceededIndexes). */
  succeededIndexes?: Interval[];
}

const uidOf = (o: KubeObject) => o.metadata.uid ?? "";

function onlyReplaceFailedPods(job: KubeObject): boolean {
  const spec = jobSpec(job);
  return spec.podReplacementPolicy === "Failed" || spec.podFailurePolicy != null;
}

/** isPodFailed: Failed, or being deleted before it succeeded (unless only failed pods are replaced). */
function isPodFailed(pod: KubeObject, job: KubeObject): boolean {
  if (podPhase(pod) === "Failed") return true;
  if (onlyReplaceFailedPods(job)) return false;
  return !!pod.metadata.deletionTimestamp && podPhase(pod) !== "Succeeded";
}

/** pastBackoffLimitOnFailure: with restartPolicy OnFailure, container restarts of live pods count as failures. */
function pastBackoffLimitOnFailure(job: KubeObject, pods: KubeObject[]): boolean {
  const spec = jobSpec(job);
  if (spec.template?.spec?.restartPolicy !== "OnFailure") return false;
  let restarts = 0;
  for (const pod of pods) {
    const phase = podPhase(pod);
    if (phase !== "Running" && phase !== "Pending") continue;
    const status = (pod.status ?? {}) as { initContainerStatuses?: { restartCount?: number }[]; containerStatuses?: { restartCount?: number }[] };
    for (const s of [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])]) restarts += s.restartCount ?? 0;
  }
  const limit = spec.backoffLimit ?? 6;
  return limit === 0 ? restarts > 0 : restarts >= limit;
}

export class JobController extends QueuedController {
  readonly name = jobControllerName;
  private recorder!: EventRecorder;
  private readonly backoffs = new Map<string, BackoffRecord>();
  private readonly syncFailures = new Map<string, number>();
  private readonly batched = new Set<string>();

  protected watch(ctx: ComponentContext): () => void {
    this.recorder = new EventRecorder(ctx.api, ctx.clock, { component: jobControllerName });
    const stopJobs = ctx.api.watch(jobsGVR, {}, (e) => {
      const key = objectKey(e.object.metadata.namespace, e.object.metadata.name);
      if (e.type === "DELETED") this.cleanupPodFinalizers(e.object);
      this.queue.add(key);
    });
    const stopPods = ctx.api.watch(podsGVR, {}, (e) => this.onPodEvent(e.object));
    for (const job of ctx.api.list(jobsGVR, { readOnly: true }).items) this.queue.add(objectKey(job.metadata.namespace, job.metadata.name));
    for (const pod of ctx.api.list(podsGVR, { readOnly: true }).items) if (hasJobTrackingFinalizer(pod)) this.onPodEvent(pod);
    return () => {
      stopJobs();
      stopPods();
    };
  }

  /** The Job that controls `pod`, if it still exists with the same uid (resolveControllerRef). */
  private owningJob(pod: KubeObject): KubeObject | undefined {
    const ref = controllerOf(pod);
    if (!ref || ref.kind !== "Job") return undefined;
    try {
      const job = this.ctx.api.get(jobsGVR, pod.metadata.namespace ?? "", ref.name);
      return job.metadata.uid === ref.uid ? job : undefined;
    } catch {
      return undefined;
    }
  }

  private onPodEvent(pod: KubeObject): void {
    const job = this.owningJob(pod);
    if (job) {
      this.enqueueBatched(objectKey(job.metadata.namespace, job.metadata.name));
      return;
    }
    // Orphans (no controller, or a Job that is gone) lose the finalizer.
    if (hasJobTrackingFinalizer(pod)) this.queue.add(orphanPrefix + objectKey(pod.metadata.namespace, pod.metadata.name));
  }

  /** enqueueSyncJobBatched: pod events wake the Job once per batch period. */
  private enqueueBatched(key: string): void {
    if (this.batched.has(key)) return;
    this.batched.add(key);
    this.ctx.clock.after(
      syncJobBatchPeriodMs,
      () => {
        this.batched.delete(key);
        this.queue.add(key);
      },
      `job batch ${key}`,
    );
  }

  private cleanupPodFinalizers(job: KubeObject): void {
    for (const pod of this.ctx.api.list(podsGVR, { namespace: job.metadata.namespace, readOnly: true }).items) {
      if (controllerOf(pod)?.uid === job.metadata.uid && hasJobTrackingFinalizer(pod))
        this.queue.add(orphanPrefix + objectKey(pod.metadata.namespace, pod.metadata.name));
    }
  }

  protected sync(key: string): void {
    if (key.startsWith(orphanPrefix)) {
      this.syncOrphanPod(key.slice(orphanPrefix.length));
      return;
    }
    try {
      this.syncJob(key);
      this.syncFailures.delete(key);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      // A conflict or a refused write: retry later, as the rate-limited queue does.
      const n = this.syncFailures.get(key) ?? 0;
      this.syncFailures.set(key, n + 1);
      this.queue.addAfter(key, apiBackOffMs(n));
    }
  }

  private now(): string {
    return formatRFC3339(this.ctx.clock.now());
  }

  /** syncOrphanPod: removes the finalizer unless the pod's Job still exists and is unfinished. */
  private syncOrphanPod(podKey: string): void {
    const { namespace, name } = splitKey(podKey);
    let pod: KubeObject;
    try {
      pod = this.ctx.api.get(podsGVR, namespace, name);
    } catch {
      return;
    }
    const ref = controllerOf(pod);
    if (ref && ref.kind === "Job" && ref.apiVersion === "batch/v1") {
      const job = this.owningJob(pod);
      if (job && !finishedConditionType(job)) return;
    }
    this.removeTrackingFinalizer(pod);
  }

  private removeTrackingFinalizer(pod: KubeObject): boolean {
    if (!hasJobTrackingFinalizer(pod)) return true;
    try {
      const current = this.ctx.api.get(podsGVR, pod.metadata.namespace ?? "", pod.metadata.name ?? "");
      const finalizers = (current.metadata.finalizers ?? []).filter((f) => f !== jobTrackingFinalizer);
      const metadata: KubeObject["metadata"] = { ...current.metadata, finalizers };
      if (finalizers.length === 0) delete metadata.finalizers;
      this.ctx.api.update({ ...current, metadata }, { readOnlyResult: true });
      return true;
    } catch (e) {
      if (isStatusError(e) && e.reason === "NotFound") return true;
      throw e;
    }
  }

  /** The pods the Job controls: its selector's pods in its namespace whose controller is this Job. */
  private podsForJob(job: KubeObject): KubeObject[] {
    const selector = labelSelectorFromMeta(jobSpec(job).selector);
    return this.ctx.api
      .list(podsGVR, { namespace: job.metadata.namespace })
      .items.filter((p) => controllerOf(p)?.uid === job.metadata.uid && labelSelectorMatches(selector, p.metadata.labels));
  }

  private syncJob(key: string): void {
    const { namespace, name } = splitKey(key);
    let job: KubeObject;
    try {
      job = this.ctx.api.get(jobsGVR, namespace, name);
    } catch (e) {
      if (isStatusError(e) && e.reason === "NotFound") {
        this.backoffs.delete(key);
        return;
      }
      throw e;
    }
    if (finishedConditionType(job)) {
      this.backoffs.delete(key);
      return;
    }
    const spec = jobSpec(job);
    const status: JobStatus = structuredClone(jobStatus(job));
    status.uncountedTerminatedPods ??= {};
    const pods = this.podsForJob(job);
    const activePods = pods.filter(isPodActive);
    const uncountedSucceeded = new Set(status.uncountedTerminatedPods.succeeded ?? []);
    const uncountedFailed = new Set(status.uncountedTerminatedPods.failed ?? []);
    const fresh = (uncounted: Set<string>) => pods.filter((p) => hasJobTrackingFinalizer(p) && !uncounted.has(uidOf(p)));
    const newSucceeded = fresh(uncountedSucceeded).filter((p) => podPhase(p) === "Succeeded");
    const newFailed = fresh(uncountedFailed).filter((p) => isPodFailed(p, job));
    const nowMs = this.ctx.clock.now();
    const now = this.now();
    const suspended = spec.suspend === true;
    const jc: SyncContext = {
      key,
      job,
      status,
      pods,
      activePods,
      uncountedSucceeded,
      uncountedFailed,
      succeeded: (status.succeeded ?? 0) + newSucceeded.length + uncountedSucceeded.size,
      failed: (status.failed ?? 0) + newFailed.length + uncountedFailed.size,
      ready: activePods.filter(isPodReady).length,
      terminating: pods.filter(isPodTerminating).length,
      backoff: nextBackoffRecord(this.backoffs.get(key) ?? { failuresAfterLastSuccess: 0 }, newSucceeded, newFailed),
    };
    if (isIndexedJob(job)) {
      const completions = spec.completions ?? 0;
      const newIndexes = newSucceeded.map(completionIndexOf).filter((ix) => ix >= 0 && ix < completions);
      jc.succeededIndexes = withIndexes(parseIndexes(status.completedIndexes, completions), newIndexes);
      jc.succeeded = totalIndexes(jc.succeededIndexes);
    }
    let active = activePods.length;
    // The Job's first start (not while suspended).
    if (!status.startTime && !suspended) status.startTime = now;

    const successCriteriaMet = findJobCondition(status.conditions, "SuccessCriteriaMet");
    if (successCriteriaMet?.status === "True") jc.finished = successCriteriaMet;
    if (!jc.finished) {
      const target = findJobCondition(status.conditions, "FailureTarget");
      if (target?.status === "True") jc.finished = newJobCondition("Failed", "True", target.reason ?? "", target.message ?? "", now);
    }
    if (!jc.finished) {
      const backoffLimit = spec.backoffLimit ?? 6;
      if (jc.failed > backoffLimit || pastBackoffLimitOnFailure(job, pods)) {
        jc.finished = newJobCondition("FailureTarget", "True", reasonBackoffLimitExceeded, messageBackoffLimitExceeded, now);
      } else if (this.pastActiveDeadline(job, status, nowMs)) {
        jc.finished = newJobCondition("FailureTarget", "True", reasonDeadlineExceeded, messageDeadlineExceeded, now);
      } else if (spec.activeDeadlineSeconds !== undefined && !suspended && status.startTime) {
        this.queue.addAfter(key, spec.activeDeadlineSeconds * 1000 - (nowMs - parseRFC3339(status.startTime)));
      }
    }

    let suspendConditionChanged = false;
    if (jc.finished) {
      // A failing Job's live pods go (their finalizers stay until counted).
      const { deleted, deletedReady } = this.deletePods(job, jc.activePods, false);
      if (deleted !== active) jc.finished = undefined;
      active -= deleted;
      jc.terminating += deleted;
      jc.ready -= deletedReady;
    } else {
      let manageJobCalled = false;
      if (!job.metadata.deletionTimestamp) {
        active = this.manageJob(jc);
        manageJobCalled = true;
      }
      // Without completions, the first success completes the Job once nothing runs.
      const complete =
        spec.completions === undefined ? jc.succeeded > 0 && active === 0 : jc.succeeded >= spec.completions && active === 0;
      if (complete) {
        jc.finished = newJobCondition("SuccessCriteriaMet", "True", reasonCompletionsReached, messageCompletionsReached, now);
      } else if (manageJobCalled) {
        const [type, st, reason, message, eventReason] = suspended
          ? (["Suspended", "True", "JobSuspended", "Job suspended", "Suspended"] as const)
          : (["Suspended", "False", "JobResumed", "Job resumed", "Resumed"] as const);
        const r = ensureJobCondition(status.conditions ?? [], type, st, reason, message, now);
        if (r.changed) {
          status.conditions = r.conditions;
          suspendConditionChanged = true;
          this.recorder.record(job, "Normal", eventReason, message);
          // A resumed Job starts its activeDeadlineSeconds again.
          if (!suspended) status.startTime = now;
        }
      }
    }

    const old = jobStatus(job);
    const needsStatusUpdate =
      suspendConditionChanged || active !== (old.active ?? 0) || jc.ready !== old.ready || jc.terminating !== old.terminating;
    status.active = active;
    status.ready = jc.ready;
    status.terminating = jc.terminating;
    this.trackJobStatusAndRemoveFinalizers(jc, needsStatusUpdate);
  }

  private pastActiveDeadline(job: KubeObject, status: JobStatus, nowMs: number): boolean {
    const spec = jobSpec(job);
    if (spec.activeDeadlineSeconds === undefined || !status.startTime || spec.suspend === true) return false;
    return nowMs - parseRFC3339(status.startTime) >= spec.activeDeadlineSeconds * 1000;
  }

  /** manageJob: deletes surplus pods or creates missing ones (after the failure back-off); returns the active count. */
  private manageJob(jc: SyncContext): number {
    const { job } = jc;
    const spec = jobSpec(job);
    let active = jc.activePods.length;
    const parallelism = spec.parallelism ?? 1;

    if (spec.suspend === true) {
      const { deleted, deletedReady } = this.deletePods(job, [...jc.activePods].sort(compareForDeletion), true);
      jc.terminating += deleted;
      jc.ready -= deletedReady;
      return active - deleted;
    }

    let wantActive: number;
    if (spec.completions === undefined) wantActive = jc.succeeded > 0 ? active : parallelism;
    else wantActive = Math.max(0, Math.min(spec.completions - jc.succeeded, parallelism));
    wantActive = Math.min(wantActive, simulatedMaxActivePodsPerJob);

    const surplus = Math.max(0, active - wantActive);
    if (surplus > 0) {
      const victims = [...jc.activePods].sort(compareForDeletion).slice(0, Math.min(surplus, maxPodCreateDeletePerSync));
      const { deleted, deletedReady } = this.deletePods(job, victims, true);
      jc.terminating += deleted;
      jc.ready -= deletedReady;
      return active - deleted;
    }

    const terminating = onlyReplaceFailedPods(job) ? jc.terminating : 0;
    let diff = wantActive - terminating - active;
    if (diff <= 0) return active;
    const remaining = remainingBackoffMs(jc.backoff, this.ctx.clock.now());
    if (remaining > 0) {
      this.queue.addAfter(jc.key, remaining);
      return 0; // upstream reports no active pods while it waits out the back-off
    }
    diff = Math.min(diff, maxPodCreateDeletePerSync);
    const indexes = jc.succeededIndexes ? firstPendingIndexes(jc.succeededIndexes, jc.activePods, diff, spec.completions ?? 0) : undefined;
    if (indexes) diff = indexes.length;
    // Slow start: batches of 1, 2, 4, ...; the first refused create stops the rest.
    for (let batch = Math.min(diff, 1); diff > 0; batch = Math.min(2 * batch, diff)) {
      let failed = false;
      for (let i = 0; i < batch; i++) {
        if (this.createPod(job, indexes?.shift())) active++;
        else failed = true;
      }
      diff -= batch;
      if (failed) {
        if (diff > 0) this.queue.addAfter(jc.key, apiBackOffMs(this.syncFailures.get(jc.key) ?? 0));
        break;
      }
    }
    return active;
  }

  /** CreatePodsWithGenerateName, with its SuccessfulCreate / FailedCreate events on the Job. */
  private createPod(job: KubeObject, index?: number): boolean {
    const fromTemplate = podFromJobTemplate(job, jobSpec(job).template ?? {});
    const pod = index === undefined ? fromTemplate : withCompletionIndex(fromTemplate, job.metadata.name ?? "", index);
    try {
      const created = this.ctx.api.create(pod, { namespace: job.metadata.namespace, readOnlyResult: true });
      this.recorder.record(job, "Normal", "SuccessfulCreate", `Created pod: ${created.metadata.name}`);
      return true;
    } catch (e) {
      if (!isStatusError(e)) throw e;
      const causes = e.status.details?.causes ?? [];
      if (causes.some((c) => c.reason === "NamespaceTerminating")) return false;
      this.recorder.record(job, "Warning", "FailedCreate", `Error creating: ${e.message}`);
      return false;
    }
  }

  /**
   * Deletes pods (DeletePod, with SuccessfulDelete events). deleteJobPods
   * (`removeFinalizer`) first drops the tracking finalizer; deleteActivePods
   * keeps it so the pod is counted as failed.
   */
  private deletePods(job: KubeObject, pods: KubeObject[], removeFinalizer: boolean): { deleted: number; deletedReady: number } {
    let deleted = 0;
    let deletedReady = 0;
    for (const pod of pods) {
      const name = pod.metadata.name ?? "";
      try {
        if (removeFinalizer) this.removeTrackingFinalizer(pod);
        this.ctx.api.delete(podsGVR, pod.metadata.namespace ?? "", name);
        this.recorder.record(job, "Normal", "SuccessfulDelete", `Deleted pod: ${name}`);
        deleted++;
      } catch (e) {
        if (!isStatusError(e)) throw e;
        if (e.reason === "NotFound") deleted++;
        else this.recorder.record(job, "Warning", "FailedDelete", `Error deleting: ${e.message}`);
      }
      if (isPodReady(pod)) deletedReady++;
    }
    return { deleted, deletedReady };
  }

  private writeStatus(jc: SyncContext): void {
    const next = { ...jc.job, status: serializedJobStatus(jc.status) };
    jc.job = this.ctx.api.update(next, { subresource: "status", readOnlyResult: true });
  }

  /**
   * trackJobStatusAndRemoveFinalizers: finished pods go to
   * uncountedTerminatedPods, their finalizers are removed, then they move to
   * the succeeded/failed counters; the Job is marked finished when nothing is
   * left uncounted or terminating.
   */
  private trackJobStatusAndRemoveFinalizers(jc: SyncContext, needsStatusUpdate: boolean): void {
    const { status } = jc;
    const uncounted = status.uncountedTerminatedPods!;
    let needsFlush = needsStatusUpdate;
    const withFinalizer = new Set(jc.pods.filter(hasJobTrackingFinalizer).map(uidOf));
    if (this.countRemovedFinalizers(status, withFinalizer)) needsFlush = true;

    const toRemove: KubeObject[] = [];
    let reachedMaxUncounted = false;
    for (const pod of jc.pods) {
      if (!hasJobTrackingFinalizer(pod)) continue;
      const uid = uidOf(pod);
      const considerFailed = isPodFailed(pod, jc.job);
      const canRemove = !!jc.job.metadata.deletionTimestamp || !!jc.finished || podPhase(pod) === "Succeeded" || considerFailed;
      if (!canRemove) continue;
      toRemove.push(pod);
      if (podPhase(pod) === "Succeeded" && !jc.uncountedFailed.has(uid)) {
        // Indexed: the completion index keeps a success from being counted twice, no uid is tracked.
        if (jc.succeededIndexes) continue;
        if (!jc.uncountedSucceeded.has(uid)) {
          needsFlush = true;
          (uncounted.succeeded ??= []).push(uid);
        }
      } else if (considerFailed || (jc.finished && jc.finished.type !== "SuccessCriteriaMet")) {
        // Once the Job is finished, every pod not terminated counts as failed.
        if (!jc.uncountedFailed.has(uid)) {
          needsFlush = true;
          (uncounted.failed ??= []).push(uid);
        }
      }
      if ((uncounted.succeeded?.length ?? 0) + (uncounted.failed?.length ?? 0) >= maxUncountedPods) {
        reachedMaxUncounted = true;
        break;
      }
    }

    if (jc.succeededIndexes) {
      const completedIndexes = formatIntervals(jc.succeededIndexes);
      if (completedIndexes !== (status.completedIndexes ?? "")) needsFlush = true;
      status.succeeded = totalIndexes(jc.succeededIndexes);
      status.completedIndexes = completedIndexes;
    }

    const now = this.now();
    if (jc.finished?.type === "FailureTarget") {
      status.conditions = [...(status.conditions ?? []), jc.finished];
      needsFlush = true;
      jc.finished = newJobCondition("Failed", "True", jc.finished.reason ?? "", jc.finished.message ?? "", now);
    }
    if (jc.finished?.type === "SuccessCriteriaMet") {
      if (findJobCondition(status.conditions, "SuccessCriteriaMet")?.status !== "True") {
        status.conditions = [...(status.conditions ?? []), jc.finished];
        needsFlush = true;
      }
      jc.finished = newJobCondition("Complete", "True", jc.finished.reason ?? "", jc.finished.message ?? "", now);
    }

    // flushUncountedAndRemoveFinalizers
    if (needsFlush) {
      this.writeStatus(jc);
      this.backoffs.set(jc.key, jc.backoff);
      needsFlush = false;
    }
    for (const pod of toRemove) if (this.removeTrackingFinalizer(pod)) withFinalizer.delete(uidOf(pod));
    if (this.countRemovedFinalizers(status, withFinalizer)) needsFlush = true;

    const finished = !reachedMaxUncounted && this.enactJobFinished(jc);
    if (finished) needsFlush = true;
    if (needsFlush) {
      this.writeStatus(jc);
      if (finished) this.recordJobFinished(jc);
    }
  }

  /** cleanUncountedPodsWithoutFinalizers: uids whose finalizer is gone move into the counters. */
  private countRemovedFinalizers(status: JobStatus, withFinalizer: Set<string>): boolean {
    const uncounted = status.uncountedTerminatedPods!;
    let updated = false;
    const keepS = (uncounted.succeeded ?? []).filter((u) => withFinalizer.has(u));
    if (keepS.length !== (uncounted.succeeded?.length ?? 0)) {
      updated = true;
      status.succeeded = (status.succeeded ?? 0) + (uncounted.succeeded!.length - keepS.length);
      uncounted.succeeded = keepS;
    }
    const keepF = (uncounted.failed ?? []).filter((u) => withFinalizer.has(u));
    if (keepF.length !== (uncounted.failed?.length ?? 0)) {
      updated = true;
      status.failed = (status.failed ?? 0) + (uncounted.failed!.length - keepF.length);
      uncounted.failed = keepF;
    }
    return updated;
  }

  /** enactJobFinished: adds Complete (with completionTime) or Failed once nothing is uncounted or terminating. */
  private enactJobFinished(jc: SyncContext): boolean {
    const finished = jc.finished;
    if (!finished) return false;
    const uncounted = jc.status.uncountedTerminatedPods!;
    if ((uncounted.succeeded?.length ?? 0) + (uncounted.failed?.length ?? 0) > 0) return false;
    if (jc.terminating > 0) return false;
    const r = ensureJobCondition(jc.status.conditions ?? [], finished.type, finished.status, finished.reason ?? "", finished.message ?? "", this.now());
    jc.status.conditions = r.conditions;
    if (finished.type === "Complete") jc.status.completionTime = finished.lastTransitionTime;
    return true;
  }

  private recordJobFinished(jc: SyncContext): void {
    const finished = jc.finished!;
    if (finished.type === "Complete") {
      const completions = jobSpec(jc.job).completions;
      if (completions !== undefined && (jc.status.succeeded ?? 0) > completions)
        this.recorder.record(jc.job, "Warning", "TooManySucceededPods", "Too many succeeded pods running after completion count reached");
      this.recorder.record(jc.job, "Normal", "Completed", "Job completed");
    } else {
      this.recorder.record(jc.job, "Warning", finished.reason ?? "", finished.message ?? "");
    }
  }
}

export function newJobController(): JobController {
  return new JobController();
}
