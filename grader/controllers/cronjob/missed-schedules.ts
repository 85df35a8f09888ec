// Which scheduled time a CronJob is due for, and when to look again
// (pkg/controller/cronjob/utils.go mostRecentScheduleTime,
// nextScheduleTimeDuration). Times in ms since the epoch.
import type { CronSchedule } from "./schedule";

/** Requeues land this long after the scheduled time (nextScheduleDelta). */
export const scheduleDeltaMs = 100;

export interface RecentSchedule {
  /** Where the search started: lastScheduleTime, else creation (moved up to now − startingDeadlineSeconds). */
  earliest: number;
  /** The latest scheduled time ≤ now not yet run, if any. */
  mostRecent?: number;
  /** More than 100 start times were missed (the TooManyMissedTimes event). */
  tooManyMissed: boolean;
}

export function mostRecentScheduleTime(
  schedule: CronSchedule,
  createdMs: number,
  lastScheduleMs: number | undefined,
  startingDeadlineSeconds: number | undefined,
  nowMs: number,
): RecentSchedule {
  let earliest = lastScheduleMs ?? createdMs;
  if (startingDeadlineSeconds !== undefined) earliest = Math.max(earliest, nowMs - startingDeadlineSeconds * 1000);
  const t1 = schedule.next(earliest);
  if (t1 === undefined || nowMs < t1) return { earliest, tooManyMissed: false };
  const t2 = schedule.next(t1);
  if (t2 === undefined || nowMs < t2) return { earliest, mostRecent: t1, tooManyMissed: false };
  // A rough count of the missed times: how many intervals t1→t2 fit until now.
  const between = Math.round((t2 - t1) / 1000);
  if (between < 1) return { earliest, tooManyMissed: false };
  const missed = Math.floor(Math.floor((nowMs - t1) / 1000) / between) + 1;
  let mostRecent: number | undefined;
  const from = t1 + (missed - 2) * between * 1000;
  for (let t = schedule.next(from); t !== undefined && t <= nowMs; t = schedule.next(t)) mostRecent = t;
  return { earliest, mostRecent, tooManyMissed: missed > 100 };
}

/** nextScheduleTimeDuration: until the schedule after the most recent one (or after `earliest`), plus 100 ms. */
export function nextScheduleDeltaMs(schedule: CronSchedule, createdMs: number, lastScheduleMs: number | undefined, nowMs: number): number {
  const r = mostRecentScheduleTime(schedule, createdMs, lastScheduleMs, undefined, nowMs);
  const next = schedule.next(r.mostRecent ?? r.earliest);
  return next === undefined ? Number.MAX_SAFE_INTEGER : next + scheduleDeltaMs - nowMs;
}
