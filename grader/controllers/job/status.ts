// The Job status as the controller writes it (batch/v1 JobStatus) and its
// condition helpers (newCondition, ensureJobConditionStatus, IsJobFinished).
import type { KubeObject } from "../../apiserver/types";

export interface JobCondition {
  type: string;
  status: "True" | "False";
  lastProbeTime: string;
  lastTransitionTime: string;
  reason?: string;
  message?: string;
}

export interface UncountedTerminatedPods {
  succeeded?: string[];
  failed?: string[];
}

export interface JobStatus {
  conditions?: JobCondition[];
  startTime?: string;
  completionTime?: string;
  active?: number;
  succeeded?: number;
  failed?: number;
  terminating?: number;
  completedIndexes?: string;
  failedIndexes?: string;
  uncountedTerminatedPods?: UncountedTerminatedPods;
  ready?: number;
}

export interface JobSpec {
  parallelism?: number;
  completions?: number;
  activeDeadlineSeconds?: number;
  backoffLimit?: number;
  ttlSecondsAfterFinished?: number;
  suspend?: boolean;
  podReplacementPolicy?: string;
  podFailurePolicy?: unknown;
  selector?: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] };
  template?: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string>; finalizers?: string[] }; spec?: Record<string, unknown> };
}

export function jobSpec(job: KubeObject): JobSpec {
  return (job.spec ?? {}) as JobSpec;
}

export function jobStatus(job: KubeObject): JobStatus {
  return (job.status ?? {}) as JobStatus;
}

/** newCondition: both times are now. */
export function newJobCondition(type: string, status: "True" | "False", reason: string, message: string, now: string): JobCondition {
  const c: JobCondition = { type, status, lastProbeTime: now, lastTransitionTime: now };
  if (reason) c.reason = reason;
  if (message) c.message = message;
  return c;
}

export function findJobCondition(conditions: JobCondition[] | undefined, type: string): JobCondition | undefined {
  return (conditions ?? []).find((c) => c.type === type);
}

/** ensureJobConditionStatus: replaces a differing condition of the type, appends a new True one, never appends a False one. */
export function ensureJobCondition(
  conditions: JobCondition[],
  type: string,
  status: "True" | "False",
  reason: string,
  message: string,
  now: string,
): { conditions: JobCondition[]; changed: boolean } {
  const i = conditions.findIndex((c) => c.type === type);
  if (i >= 0) {
    const c = conditions[i];
    if (c.status !== status || (c.reason ?? "") !== reason || (c.message ?? "") !== message) {
      const next = [...conditions];
      next[i] = newJobCondition(type, status, reason, message, now);
      return { conditions: next, changed: true };
    }
    return { conditions, changed: false };
  }
  if (status !== "False") return { conditions: [...conditions, newJobCondition(type, status, reason, message, now)], changed: true };
  return { conditions, changed: false };
}

/** IsJobFinished: a Complete or Failed condition that is True; returns its type. */
export function finishedConditionType(job: KubeObject): "Complete" | "Failed" | undefined {
  for (const c of jobStatus(job).conditions ?? []) {
    if ((c.type === "Complete" || c.type === "Failed") && c.status === "True") return c.type;
  }
  return undefined;
}

/** When the Job finished: the lastTransitionTime of its Complete or Failed condition. */
export function jobFinishTime(job: KubeObject): string | undefined {
  for (const c of jobStatus(job).conditions ?? []) {
    if ((c.type === "Complete" || c.type === "Failed") && c.status === "True") return c.lastTransitionTime;
  }
  return undefined;
}

/**
 * The status as the API serialises it: Go struct order, zero counters
 * (`omitempty` int32) dropped, pointers (`terminating`, `ready`,
 * `uncountedTerminatedPods`) kept, empty uid lists dropped.
 */
export function serializedJobStatus(s: JobStatus): JobStatus {
  const out: JobStatus = {};
  if (s.conditions?.length) out.conditions = s.conditions;
  if (s.startTime) out.startTime = s.startTime;
  if (s.completionTime) out.completionTime = s.completionTime;
  if (s.active) out.active = s.active;
  if (s.succeeded) out.succeeded = s.succeeded;
  if (s.failed) out.failed = s.failed;
  if (s.terminating !== undefined) out.terminating = s.terminating;
  if (s.completedIndexes) out.completedIndexes = s.completedIndexes;
  if (s.failedIndexes !== undefined) out.failedIndexes = s.failedIndexes;
  if (s.uncountedTerminatedPods) {
    const u: UncountedTerminatedPods = {};
    if (s.uncountedTerminatedPods.succeeded?.length) u.succeeded = s.uncountedTerminatedPods.succeeded;
    if (s.uncountedTerminatedPods.failed?.length) u.failed = s.uncountedTerminatedPods.failed;
    out.uncountedTerminatedPods = u;
  }
  if (s.ready !== undefined) out.ready = s.ready;
  return out;
}
