// The patch a `kubectl set` command sends for an edited pod spec: a merge patch
// carrying the edited pod-spec fields whole (the strategic patch upstream sends
// merges containers by name to the same result).
import type { KubeObject } from "../../../apiserver/types";
import type { PodSpecLike } from "./pod-template";

/** A merge patch setting `fields` of `podSpec` at the place `obj`'s kind keeps its pod spec. */
export function podSpecPatch(obj: KubeObject, podSpec: PodSpecLike, fields: string[]): Record<string, unknown> {
  const part: Record<string, unknown> = {};
  for (const f of fields) if (podSpec[f] !== undefined) part[f] = podSpec[f];
  if (obj.kind === "Pod") return { spec: part };
  if (obj.kind === "CronJob") return { spec: { jobTemplate: { spec: { template: { spec: part } } } } };
  return { spec: { template: { spec: part } } };
}
