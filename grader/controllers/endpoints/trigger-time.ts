// TriggerTimeTracker (pkg/controller/util/endpoint/trigger_time_tracker.go):
// the `endpoints.kubernetes.io/last-change-trigger-time` annotation — a new
// Service's creation time, then the earliest pod or Service change since the
// previous sync.
import type { KubeObject } from "../../apiserver/types";
import { parseRFC3339 } from "../../clock/rfc3339";

interface ServiceState {
  service: number;
  pods: Map<string, number>;
}

function podTriggerTime(pod: KubeObject): number | undefined {
  const conditions = ((pod.status as { conditions?: { type: string; lastTransitionTime?: string }[] } | undefined)?.conditions ?? []);
  const ready = conditions.find((c) => c.type === "Ready");
  return ready?.lastTransitionTime ? parseRFC3339(ready.lastTransitionTime) : undefined;
}

export class TriggerTimeTracker {
  private readonly states = new Map<string, ServiceState>();

  /** The trigger time in ms, or undefined when nothing changed. */
  compute(key: string, service: KubeObject, pods: KubeObject[]): number | undefined {
    const state = this.states.get(key);
    let min: number | undefined;
    const podTimes = new Map<string, number>();
    for (const pod of pods) {
      const t = podTriggerTime(pod);
      if (t === undefined) continue;
      podTimes.set(pod.metadata.name ?? "", t);
      if (t > (state?.pods.get(pod.metadata.name ?? "") ?? -Infinity)) min = min === undefined ? t : Math.min(min, t);
    }
    const serviceTime = parseRFC3339(service.metadata.creationTimestamp ?? "1970-01-01T00:00:00Z");
    if (serviceTime > (state?.service ?? -Infinity)) min = min === undefined ? serviceTime : Math.min(min, serviceTime);
    this.states.set(key, { service: serviceTime, pods: podTimes });
    return state ? min : serviceTime;
  }

  forget(key: string): void {
    this.states.delete(key);
  }
}
