// Indexed completion mode (pkg/controller/job/indexed_job_utils.go, v1.34 with
// PodIndexLabel on): each pod carries its completion index as the annotation
// and label batch.kubernetes.io/job-completion-index, the hostname
// `<job>-<index>`, the generateName `<job>-<index>-` and the env var
// JOB_COMPLETION_INDEX read from the label; the Job counts succeeded indexes,
// not pods, and writes them to status.completedIndexes as intervals (`0-2,4`).
import type { KubeObject } from "../../apiserver/types";
import { jobSpec } from "./status";

export const completionIndexAnnotation = "batch.kubernetes.io/job-completion-index";
export const completionIndexEnvName = "JOB_COMPLETION_INDEX";
/** names.MaxGeneratedNameLength: 63 minus the 5-character random suffix. */
const maxGeneratedNameLength = 58;

export interface Interval {
  first: number;
  last: number;
}

export function isIndexedJob(job: KubeObject): boolean {
  return (jobSpec(job) as { completionMode?: string }).completionMode === "Indexed";
}

/** getCompletionIndex: the annotation as a non-negative integer, or -1. */
export function completionIndexOf(pod: KubeObject): number {
  const v = pod.metadata.annotations?.[completionIndexAnnotation];
  if (v === undefined || !/^[+-]?\d+$/.test(v)) return -1;
  const i = Number(v);
  return i < 0 ? -1 : i;
}

/** parseIndexesFromString: corrupt intervals are skipped; indexes at or past `completions` are dropped. */
export function parseIndexes(s: string | undefined, completions: number): Interval[] {
  if (!s) return [];
  const out: Interval[] = [];
  for (const part of s.split(",")) {
    const limits = part.split("-");
    if (!/^[+-]?\d+$/.test(limits[0])) continue;
    const first = Number(limits[0]);
    if (first >= completions) break;
    let last = first;
    if (limits.length > 1) {
      if (!/^[+-]?\d+$/.test(limits[1])) continue;
      last = Math.min(Number(limits[1]), completions - 1);
    }
    const prev = out[out.length - 1];
    if (prev && prev.last === first - 1) prev.last = last;
    else out.push({ first, last });
  }
  return out;
}

/** orderedIntervals.merge: both sorted; touching or overlapping intervals join. */
export function mergeIntervals(a: Interval[], b: Interval[]): Interval[] {
  const all = [...a, ...b].sort((x, y) => x.first - y.first);
  const out: Interval[] = [];
  for (const iv of all) {
    const prev = out[out.length - 1];
    if (!prev || iv.first > prev.last + 1) out.push({ ...iv });
    else if (prev.last < iv.last) prev.last = iv.last;
  }
  return out;
}

export function withIndexes(intervals: Interval[], indexes: Iterable<number>): Interval[] {
  return mergeIntervals(
    intervals,
    [...new Set(indexes)].sort((x, y) => x - y).map((i) => ({ first: i, last: i })),
  );
}

export function totalIndexes(intervals: Interval[]): number {
  return intervals.reduce((n, iv) => n + iv.last - iv.first + 1, 0);
}

export function hasIndex(intervals: Interval[], ix: number): boolean {
  return intervals.some((iv) => iv.first <= ix && ix <= iv.last);
}

/** orderedIntervals.String: `a-b` for three or more, `a,b` for two. */
export function formatIntervals(intervals: Interval[]): string {
  return intervals.map((iv) => (iv.last === iv.first ? `${iv.first}` : `${iv.first}${iv.last === iv.first + 1 ? "," : "-"}${iv.last}`)).join(",");
}

/** firstPendingIndexes: the lowest `count` indexes below `completions` neither succeeded nor held by an active pod. */
export function firstPendingIndexes(succeeded: Interval[], activePods: KubeObject[], count: number, completions: number): number[] {
  const taken = withIndexes(
    succeeded,
    activePods.map(completionIndexOf).filter((i) => i >= 0),
  );
  const out: number[] = [];
  for (let candidate = 0; candidate < completions && out.length < count; candidate++) if (!hasIndex(taken, candidate)) out.push(candidate);
  return out;
}

/** podGenerateNameWithIndex. */
export function generateNameWithIndex(jobName: string, index: number): string {
  const suffix = `-${index}-`;
  const prefix = jobName + suffix;
  return prefix.length > maxGeneratedNameLength ? prefix.slice(0, maxGeneratedNameLength - suffix.length) + suffix : prefix;
}

type Container = { env?: { name: string }[]; [k: string]: unknown };

/** addCompletionIndexEnvVariables: JOB_COMPLETION_INDEX from the label, appended to every (init) container that lacks it. */
export function addCompletionIndexEnv(spec: Record<string, unknown>): void {
  for (const list of ["initContainers", "containers"]) {
    for (const c of (spec[list] as Container[] | undefined) ?? []) {
      if (c.env?.some((e) => e.name === completionIndexEnvName)) continue;
      c.env = [...(c.env ?? []), { name: completionIndexEnvName, valueFrom: { fieldRef: { fieldPath: `metadata.labels['${completionIndexAnnotation}']` } } } as { name: string }];
    }
  }
}

/** The pod for one index: annotation, label, hostname and generateName (manageJob). */
export function withCompletionIndex(pod: KubeObject, jobName: string, index: number): KubeObject {
  const spec = (pod.spec ?? {}) as Record<string, unknown>;
  addCompletionIndexEnv(spec);
  spec.hostname = `${jobName}-${index}`;
  return {
    ...pod,
    metadata: {
      ...pod.metadata,
      generateName: generateNameWithIndex(jobName, index),
      annotations: { ...(pod.metadata.annotations ?? {}), [completionIndexAnnotation]: String(index) },
      labels: { ...(pod.metadata.labels ?? {}), [completionIndexAnnotation]: String(index) },
    },
    spec,
  };
}
