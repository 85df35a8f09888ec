// The CronJob controller (pkg/controller/cronjob/cronjob_controllerv2.go and
// utils.go, v1.34): at each scheduled time it creates a Job named
// `<cronjob>-<scheduled time in minutes since the epoch>`, honours suspend,
// startingDeadlineSeconds and the concurrency policy, keeps status.active,
// lastScheduleTime and lastSuccessfulTime, and deletes finished Jobs beyond
// the history limits.
//
// Bound: each scheduled run costs about 22 settle steps once the Job
// controller and a kubelet run its pod (timers, syncs, status writes, history
// cleanup). A `* * * * *` CronJob over a year (525,600 runs) exceeds the
// default 200,000-step budget: settle() stops early with `truncated: true`
// after about 6 virtual days (about a minute of CPU).
import { isStatusError } from "../../apiserver/errors";
import type { GroupVersionResource, KubeObject } from "../../apiserver/types";
import { formatRFC3339, parseRFC3339 } from "../../clock/rfc3339";
import type { TimerId } from "../../clock/virtual-clock";
import type { ComponentContext } from "../framework/component";
import { EventRecorder } from "../framework/event-recorder";
import { objectKey, splitKey } from "../framework/key-queue";
import { QueuedController } from "../framework/queued-controller";
import { finishedConditionType } from "../job/status";
import { cronJobJobName, jobFromCronJobTemplate } from "./job-from-template";
import { mostRecentScheduleTime, nextScheduleDeltaMs } from "./missed-schedules";
import { CronParseError, parseCronSchedule, type CronSchedule } from "./schedule";

export const cronJobsGVR: GroupVersionResource = { group: "batch", version: "v1", resource: "cronjobs" };
const jobsGVR: GroupVersionResource = { group: "batch", version: "v1", resource: "jobs" };

export const cronJobControllerName = "cronjob-controller";

interface ObjectReference {
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  resourceVersion?: string;
  uid?: string;
}

interface CronJobSpec {
  schedule: string;
  timeZone?: string;
  startingDeadlineSeconds?: number;
  concurrencyPolicy?: string;
  suspend?: boolean;
  successfulJobsHistoryLimit?: number;
  failedJobsHistoryLimit?: number;
}

interface CronJobStatus {
  active?: ObjectReference[];
  lastScheduleTime?: string;
  lastSuccessfulTime?: string;
}

const specOf = (cj: KubeObject) => cj.spec as CronJobSpec;

/** ref.GetReference of a Job. */
function referenceTo(job: KubeObject): ObjectReference {
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    name: job.metadata.name,
    namespace: job.metadata.namespace,
    resourceVersion: job.metadata.resourceVersion,
    uid: job.metadata.uid,
  };
}

function serializedStatus(s: CronJobStatus): CronJobStatus {
  const out: CronJobStatus = {};
  if (s.active?.length) out.active = s.active;
  if (s.lastScheduleTime) out.lastScheduleTime = s.lastScheduleTime;
  if (s.lastSuccessfulTime) out.lastSuccessfulTime = s.lastSuccessfulTime;
  return out;
}

/** formatSchedule: the timeZone field becomes a CRON_TZ prefix. */
function scheduleText(spec: CronJobSpec): string {
  if (spec.schedule.includes("TZ")) return spec.schedule;
  return spec.timeZone ? `CRON_TZ=${spec.timeZone} ${spec.schedule}` : spec.schedule;
}

/** RFC 1123 with a numeric zone, as Go's time.RFC1123Z prints a UTC time: `Mon, 02 Jan 2006 15:04:05 +0000`. */
function rfc1123Z(ms: number): string {
  const days = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const iso = formatRFC3339(ms); // 2026-01-01T00:00:00Z
  const [y, mo, d] = iso.slice(0, 10).split("-");
  const weekday = days[((Math.floor(ms / 86_400_000) % 7) + 7) % 7];
  return `${weekday}, ${d} ${months[Number(mo) - 1]} ${y} ${iso.slice(11, 19)} +0000`;
}

export class CronJobController extends QueuedController {
  readonly name = cronJobControllerName;
  private recorder!: EventRecorder;
  /** One pending requeue per key, the earliest (the delaying queue keeps the soonest). */
  private readonly requeues = new Map<string, { at: number; id: TimerId }>();

  protected watch(ctx: ComponentContext): () => void {
    this.recorder = new EventRecorder(ctx.api, ctx.clock, { component: cronJobControllerName });
    const stopCronJobs = ctx.api.watch(cronJobsGVR, {}, (e) => {
      if (e.type !== "DELETED") this.queue.add(objectKey(e.object.metadata.namespace, e.object.metadata.name));
    });
    const stopJobs = ctx.api.watch(jobsGVR, {}, (e) => {
      const ref = (e.object.metadata.ownerReferences ?? []).find((r) => r.controller === true);
      if (ref?.kind === "CronJob") this.queue.add(objectKey(e.object.metadata.namespace, ref.name));
    });
    for (const cj of ctx.api.list(cronJobsGVR, { readOnly: true }).items) this.queue.add(objectKey(cj.metadata.namespace, cj.metadata.name));
    return () => {
      stopCronJobs();
      stopJobs();
    };
  }

  private requeueAfter(key: string, delayMs: number): void {
    const at = this.ctx.clock.now() + Math.max(0, delayMs);
    const pending = this.requeues.get(key);
    if (pending && pending.at <= at) return;
    if (pending) this.ctx.clock.cancel(pending.id);
    const id = this.ctx.clock.schedule(
      at,
      () => {
        this.requeues.delete(key);
        this.queue.add(key);
      },
      `cronjob ${key}`,
    );
    this.requeues.set(key, { at, id });
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    let cronJob: KubeObject;
    try {
      cronJob = this.ctx.api.get(cronJobsGVR, namespace, name);
    } catch (e) {
      if (isStatusError(e) && e.reason === "NotFound") return;
      throw e;
    }
    const jobs = this.ctx.api
      .list(jobsGVR, { namespace })
      .items.filter((j) => (j.metadata.ownerReferences ?? []).some((r) => r.controller === true && r.kind === "CronJob" && r.name === name));
    const status: CronJobStatus = structuredClone((cronJob.status ?? {}) as CronJobStatus);
    const before = JSON.stringify(serializedStatus(status));
    let requeue: number | undefined;
    try {
      requeue = this.syncCronJob(cronJob, status, jobs);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      this.requeueAfter(key, 1000);
    }
    this.cleanupFinishedJobs(cronJob, status, jobs);
    if (JSON.stringify(serializedStatus(status)) !== before) {
      try {
        this.ctx.api.update({ ...cronJob, status: serializedStatus(status) }, { subresource: "status", readOnlyResult: true });
      } catch (e) {
        if (!isStatusError(e)) throw e;
        this.requeueAfter(key, 1000);
      }
    }
    if (requeue !== undefined) this.requeueAfter(key, requeue);
  }

  /** syncCronJob: returns when to look again (ms), or undefined for "on the next change". */
  private syncCronJob(cronJob: KubeObject, status: CronJobStatus, jobs: KubeObject[]): number | undefined {
    const spec = specOf(cronJob);
    const nowMs = this.ctx.clock.now();
    const byUid = new Map(jobs.map((j) => [j.metadata.uid, j]));
    const active = (status.active ??= []);
    for (const job of jobs) {
      const inActive = active.some((r) => r.uid === job.metadata.uid);
      const finished = finishedConditionType(job);
      if (!inActive && !finished) {
        this.recorder.record(cronJob, "Warning", "UnexpectedJob", `Saw a job that the controller did not create or forgot: ${job.metadata.name}`);
        active.push(referenceTo(job));
      } else if (inActive && finished) {
        status.active = active.filter((r) => r.uid !== job.metadata.uid);
        active.splice(0, active.length, ...status.active);
        this.recorder.record(cronJob, "Normal", "SawCompletedJob", `Saw completed job: ${job.metadata.name}, condition: ${finished}`);
      }
      if (finished === "Complete") {
        const completion = (job.status as { completionTime?: string } | undefined)?.completionTime;
        if (completion && (!status.lastSuccessfulTime || parseRFC3339(completion) > parseRFC3339(status.lastSuccessfulTime)))
          status.lastSuccessfulTime = completion;
      }
    }
    // Active references whose Job is gone.
    for (const ref of [...active]) {
      if (byUid.has(ref.uid)) continue;
      this.recorder.record(cronJob, "Normal", "MissingJob", `Active job went missing: ${ref.name}`);
      active.splice(active.indexOf(ref), 1);
    }

    if (cronJob.metadata.deletionTimestamp || spec.suspend === true) return undefined;

    let schedule: CronSchedule;
    try {
      schedule = parseCronSchedule(scheduleText(spec));
    } catch (e) {
      if (!(e instanceof CronParseError)) throw e;
      this.recorder.record(cronJob, "Warning", "UnparseableSchedule", `unparseable schedule: ${JSON.stringify(spec.schedule)} : ${e.message}`);
      return undefined;
    }
    const created = parseRFC3339(cronJob.metadata.creationTimestamp ?? formatRFC3339(nowMs));
    const last = status.lastScheduleTime ? parseRFC3339(status.lastScheduleTime) : undefined;
    const recent = mostRecentScheduleTime(schedule, created, last, spec.startingDeadlineSeconds, nowMs);
    const untilNext = () =>
      nextScheduleDeltaMs(schedule, created, status.lastScheduleTime ? parseRFC3339(status.lastScheduleTime) : undefined, nowMs);
    if (recent.tooManyMissed)
      this.recorder.record(cronJob, "Warning", "TooManyMissedTimes", "too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew");
    const scheduled = recent.mostRecent;
    if (scheduled === undefined) return untilNext();

    if (spec.startingDeadlineSeconds !== undefined && scheduled + spec.startingDeadlineSeconds * 1000 < nowMs) {
      this.recorder.record(cronJob, "Warning", "MissSchedule", `Missed scheduled time to start a job: ${rfc1123Z(scheduled)}`);
      return untilNext();
    }
    const jobName = cronJobJobName(cronJob, scheduled);
    if (active.some((r) => r.name === jobName) || status.lastScheduleTime === formatRFC3339(scheduled)) return untilNext();
    if (spec.concurrencyPolicy === "Forbid" && active.length > 0) {
      this.recorder.record(cronJob, "Normal", "JobAlreadyActive", "Not starting job because prior execution is running and concurrency policy is Forbid");
      return untilNext();
    }
    if (spec.concurrencyPolicy === "Replace") {
      for (const ref of [...active]) {
        const job = byUid.get(ref.uid);
        if (job) this.deleteJob(cronJob, status, job);
      }
    }

    let createdJob: KubeObject;
    try {
      createdJob = this.ctx.api.create(jobFromCronJobTemplate(cronJob, scheduled), { namespace: cronJob.metadata.namespace, readOnlyResult: true });
      this.recorder.record(cronJob, "Normal", "SuccessfulCreate", `Created job ${createdJob.metadata.name}`);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      if (e.reason === "AlreadyExists") {
        const existing = this.ctx.api.get(jobsGVR, cronJob.metadata.namespace ?? "", jobName);
        const controlled = (existing.metadata.ownerReferences ?? []).some((r) => r.controller === true && r.uid === cronJob.metadata.uid);
        if (!controlled || active.some((r) => r.uid === existing.metadata.uid)) return undefined;
        createdJob = existing;
      } else {
        if ((e.status.details?.causes ?? []).some((c) => c.reason === "NamespaceTerminating")) return undefined;
        this.recorder.record(cronJob, "Warning", "FailedCreate", `Error creating job: ${e.message}`);
        throw e;
      }
    }
    (status.active ??= []).push(referenceTo(createdJob));
    status.lastScheduleTime = formatRFC3339(scheduled);
    return untilNext();
  }

  /** deleteJob: Background deletion, then out of the active list, with SuccessfulDelete. */
  private deleteJob(cronJob: KubeObject, status: CronJobStatus, job: KubeObject): boolean {
    try {
      this.ctx.api.delete(jobsGVR, job.metadata.namespace ?? "", job.metadata.name ?? "", { propagationPolicy: "Background" });
    } catch (e) {
      if (!isStatusError(e)) throw e;
      if (e.reason !== "NotFound") {
        this.recorder.record(cronJob, "Warning", "FailedDelete", `Deleted job: ${e.message}`);
        return false;
      }
    }
    status.active = (status.active ?? []).filter((r) => r.uid !== job.metadata.uid);
    this.recorder.record(cronJob, "Normal", "SuccessfulDelete", `Deleted job ${job.metadata.name}`);
    return true;
  }

  /** cleanupFinishedJobs: the oldest finished Jobs beyond successfulJobsHistoryLimit / failedJobsHistoryLimit go. */
  private cleanupFinishedJobs(cronJob: KubeObject, status: CronJobStatus, jobs: KubeObject[]): void {
    const spec = specOf(cronJob);
    if (spec.successfulJobsHistoryLimit === undefined && spec.failedJobsHistoryLimit === undefined) return;
    const current = jobs.filter((j) => {
      try {
        this.ctx.api.get(jobsGVR, j.metadata.namespace ?? "", j.metadata.name ?? "");
        return true;
      } catch {
        return false;
      }
    });
    const succeeded = current.filter((j) => finishedConditionType(j) === "Complete");
    const failed = current.filter((j) => finishedConditionType(j) === "Failed");
    if (spec.successfulJobsHistoryLimit !== undefined) this.removeOldestJobs(cronJob, status, succeeded, spec.successfulJobsHistoryLimit);
    if (spec.failedJobsHistoryLimit !== undefined) this.removeOldestJobs(cronJob, status, failed, spec.failedJobsHistoryLimit);
  }

  private removeOldestJobs(cronJob: KubeObject, status: CronJobStatus, jobs: KubeObject[], max: number): void {
    const surplus = jobs.length - max;
    if (surplus <= 0) return;
    // byJobStartTime: no startTime last, then by startTime, then by name.
    const start = (j: KubeObject) => (j.status as { startTime?: string } | undefined)?.startTime;
    const sorted = [...jobs].sort((a, b) => {
      const sa = start(a);
      const sb = start(b);
      if (sa === undefined && sb !== undefined) return 1;
      if (sb === undefined && sa !== undefined) return -1;
      if (sa !== sb) return parseRFC3339(sa!) - parseRFC3339(sb!);
      return (a.metadata.name ?? "").localeCompare(b.metadata.name ?? "");
    });
    for (const job of sorted.slice(0, surplus)) this.deleteJob(cronJob, status, job);
  }
}
