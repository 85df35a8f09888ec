// The Job a CronJob creates for one scheduled time (pkg/controller/cronjob/utils.go
// getJobFromTemplate2, getJobName).
import type { KubeObject } from "../../apiserver/types";
import { formatRFC3339 } from "../../clock/rfc3339";
import { controllerRefTo } from "../job/pods";

/** `batch.kubernetes.io/cronjob-scheduled-timestamp`: the scheduled time in the CronJob's zone, RFC 3339. */
export const cronJobScheduledTimestampAnnotation = "batch.kubernetes.io/cronjob-scheduled-timestamp";

/** getJobName: `<cronjob>-<scheduled time in minutes since the epoch>`, so one time never runs twice. */
export function cronJobJobName(cronJob: KubeObject, scheduledMs: number): string {
  return `${cronJob.metadata.name}-${Math.floor(scheduledMs / 60_000)}`;
}

/** RFC 3339 in an IANA zone (`2026-01-01T09:00:00+09:00`), as Go's time.In(loc).Format(time.RFC3339). */
function rfc3339InZone(ms: number, zone: string | undefined): string {
  if (!zone || zone === "UTC") return formatRFC3339(ms);
  const parts: Record<string, string> = {};
  const f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
  for (const p of f.formatToParts(ms)) parts[p.type] = p.value;
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offsetMin = Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
  const sign = offsetMin < 0 ? "-" : "+";
  const abs = Math.abs(offsetMin);
  const zoneText = offsetMin === 0 ? "Z" : `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return formatRFC3339(wall).replace("Z", zoneText);
}

export function jobFromCronJobTemplate(cronJob: KubeObject, scheduledMs: number): KubeObject {
  const spec = cronJob.spec as { timeZone?: string; jobTemplate?: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: unknown } };
  const template = spec.jobTemplate ?? {};
  const annotations = { ...(template.metadata?.annotations ?? {}) };
  annotations[cronJobScheduledTimestampAnnotation] = rfc3339InZone(scheduledMs, spec.timeZone);
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: {
      name: cronJobJobName(cronJob, scheduledMs),
      namespace: cronJob.metadata.namespace,
      labels: { ...(template.metadata?.labels ?? {}) },
      annotations,
      ownerReferences: [controllerRefTo(cronJob)],
    },
    spec: structuredClone(template.spec ?? {}),
  };
}
