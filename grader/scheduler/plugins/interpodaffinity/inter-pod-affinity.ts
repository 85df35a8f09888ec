// InterPodAffinity: the filtering and the scoring halves as one plugin.
import type { FilterPlugin, FrameworkHandle, PreFilterPlugin, PreScorePlugin, ScorePlugin } from "../../framework/interface";
import { newInterPodAffinityFiltering } from "./filtering";
import { newInterPodAffinityScoring } from "./scoring";

export function newInterPodAffinity(handle: FrameworkHandle) {
  return { ...newInterPodAffinityFiltering(handle), ...newInterPodAffinityScoring(handle) } satisfies PreFilterPlugin &
    FilterPlugin &
    PreScorePlugin &
    ScorePlugin;
}
