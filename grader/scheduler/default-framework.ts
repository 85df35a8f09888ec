// A framework with the default profile, and one-call scheduling over plain
// objects: the pure core the ClusterApi adapter (scheduler.ts) wraps.
import type { KubeObject } from "../apiserver/types";
import type { Pod } from "./framework/api-types";
import { Framework } from "./framework/framework";
import { schedulePod, type ScheduleOptions, type ScheduleResult, type SchedulerProgress } from "./framework/schedule-one";
import { ClusterSnapshot, type ClusterSnapshotInput } from "./framework/snapshot";
import { buildProfile, defaultProfile, type PluginArgs, type ProfilePlugin } from "./registry";

export function newDefaultFramework(args: PluginArgs = {}, profile: ProfilePlugin[] = defaultProfile): Framework {
  return new Framework((handle) => buildProfile(handle, profile, args));
}

/** Schedules one pod against a snapshot of the cluster; nothing is written anywhere. */
export function schedulePodOnCluster(
  pod: KubeObject,
  cluster: ClusterSnapshotInput | ClusterSnapshot,
  options: ScheduleOptions & { pluginArgs?: PluginArgs; progress?: SchedulerProgress } = {},
): ScheduleResult {
  const snapshot = cluster instanceof ClusterSnapshot ? cluster : new ClusterSnapshot(cluster);
  return schedulePod(newDefaultFramework(options.pluginArgs), snapshot, pod as Pod, options.progress, options);
}
